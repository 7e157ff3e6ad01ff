/**
 * The API is public, read-only and uses no cookies, so any web page may read it: every answer says
 * `access-control-allow-origin: *`, and a preflight is answered for the methods it serves.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

export function corsHeaders(reply: FastifyReply): void {
  reply.header('access-control-allow-origin', '*');
  reply.header('access-control-expose-headers', 'etag, link, content-disposition');
}

export async function preflight(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const asked = req.headers['access-control-request-headers'];
  return reply
    .code(204)
    .header('allow', ALLOWED_METHODS)
    .header('access-control-allow-methods', ALLOWED_METHODS)
    .header('access-control-allow-headers', typeof asked === 'string' && asked ? asked.slice(0, 500) : 'accept, if-none-match')
    .header('access-control-max-age', '86400')
    .send();
}
