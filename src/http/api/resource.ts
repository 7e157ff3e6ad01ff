/**
 * One resource of the open API: its GET (HEAD comes with it), the CORS preflight, and 405 for the
 * methods a read-only API does not serve. `produces` is what the route answers, for `Accept`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { QueryParams } from '../../domain/search-query.js';
import { ALLOWED_METHODS, preflight } from './cors.js';
import type { ApiErrorBody } from './errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The media type a route of the open API answers with. */
    produces?: string;
  }
}

export const JSON_MEDIA_TYPE = 'application/json; charset=utf-8';

export interface ApiRequest {
  query: QueryParams;
  params: Record<string, string>;
  /** `https://host` as the client reached us, for absolute links in exports. */
  origin: string;
}

export type ApiHandler = (req: ApiRequest, reply: FastifyReply) => Promise<FastifyReply>;

const methodNotAllowed: ApiErrorBody = {
  error: 'method_not_allowed',
  message: `The open API is read-only: it answers ${ALLOWED_METHODS}.`,
};

// The Host header is the client's to write: only a plain host name (and port) goes into a link.
const PLAIN_HOST = /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$/;
const originOf = (req: FastifyRequest) => (PLAIN_HOST.test(req.host) ? `${req.protocol}://${req.host}` : '');

export function resource(api: FastifyInstance, path: string, produces: string, handler: ApiHandler): void {
  api.get(path, { config: { produces } }, (req: FastifyRequest, reply) =>
    handler({ query: req.query as QueryParams, params: req.params as Record<string, string>, origin: originOf(req) }, reply),
  );
  api.options(path, preflight);
  api.route({
    method: ['POST', 'PUT', 'PATCH', 'DELETE'],
    url: path,
    handler: async (_req, reply) => reply.code(405).header('allow', ALLOWED_METHODS).header('cache-control', 'no-store').send(methodNotAllowed),
  });
}

export function sendJson(reply: FastifyReply, body: unknown, cacheControl: string): FastifyReply {
  return reply.type(JSON_MEDIA_TYPE).header('cache-control', cacheControl).send(body);
}
