/** The public HTML pages. */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { PublicArchive } from '../../services/public-archive.js';
import { LetterPage } from '../pages/letter-page.js';
import { LettersPage } from '../pages/letters-page.js';
import { NotFoundPage } from '../pages/not-found-page.js';
import { renderPage } from '../render.js';

const PAGE_SIZE = 50;

export function pageRoutes(app: FastifyInstance, archive: PublicArchive): void {
  app.get('/', async (_req, reply) => reply.redirect('/letters'));

  app.get<{ Querystring: { page?: string; q?: string } }>('/letters', async (req, reply) => {
    const page = Math.max(1, Math.min(10_000, Number.parseInt(req.query.page ?? '1', 10) || 1));
    const query = (req.query.q ?? '').slice(0, 200).trim() || undefined;
    const { items, total } = await archive.listLetters({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, query });
    return reply.type('text/html; charset=utf-8').send(renderPage(h(LettersPage, { letters: items, total, page, pageSize: PAGE_SIZE, query })));
  });

  app.get<{ Params: { reference: string } }>('/letters/:reference', async (req, reply) => {
    const view = await archive.getLetter(req.params.reference);
    if (!view) return reply.code(404).type('text/html; charset=utf-8').send(renderPage(h(NotFoundPage, {})));
    return reply.type('text/html; charset=utf-8').send(renderPage(h(LetterPage, view)));
  });
}
