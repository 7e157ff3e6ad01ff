/** The open API under /api/v1: the public record in the interchange format. */
import type { FastifyInstance } from 'fastify';
import type { PublicArchive } from '../../services/public-archive.js';

export function apiRoutes(app: FastifyInstance, archive: PublicArchive): void {
  app.get<{ Querystring: { limit?: string; offset?: string; q?: string } }>('/api/v1/communications', async (req, reply) => {
    const limit = Math.max(1, Math.min(200, Number.parseInt(req.query.limit ?? '50', 10) || 50));
    const offset = Math.max(0, Number.parseInt(req.query.offset ?? '0', 10) || 0);
    const query = (req.query.q ?? '').slice(0, 200).trim() || undefined;
    const { items, total } = await archive.listRecords({ limit, offset, query });
    return reply.header('cache-control', 'public, max-age=60').send({ total, items });
  });

  app.get<{ Params: { reference: string } }>('/api/v1/communications/:reference', async (req, reply) => {
    const view = await archive.getLetter(req.params.reference);
    if (!view) return reply.code(404).send({ error: 'not_found', message: 'There is no published communication with this reference.' });
    return reply.header('cache-control', 'public, max-age=300').send(view.letter);
  });
}
