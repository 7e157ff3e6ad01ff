/**
 * Conditional requests for the open API: a weak ETag from a hash of the body of every 200 answer
 * with a body in memory, and 304 when the client already holds it. Streams (exports) get none:
 * their body is not known before it is sent.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { etagMatches, weakEtag } from '../etag.js';

/** How long shared caches and browsers may keep an answer (seconds). */
export const CACHE_CONTROL = {
  records: 'public, max-age=300',
  views: 'public, max-age=300',
  exports: 'public, max-age=300',
  document: 'public, max-age=3600',
} as const;

export async function conditionalGet(req: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  if (reply.statusCode !== 200 || (req.method !== 'GET' && req.method !== 'HEAD')) return payload;
  if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
  // An answer replayed from the response cache comes with its tag: the body is not hashed again.
  const known = reply.getHeader('etag');
  const etag = typeof known === 'string' ? known : weakEtag(payload);
  if (known === undefined) reply.header('etag', etag);
  if (!etagMatches(req.headers['if-none-match'], etag)) return payload;
  reply.code(304).removeHeader('content-type');
  return '';
}
