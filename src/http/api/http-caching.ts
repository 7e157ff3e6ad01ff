/**
 * Conditional requests for the open API: a weak ETag from a hash of the body of every 200 answer
 * with a body in memory, and 304 when the client already holds it. Streams (exports) get none:
 * their body is not known before it is sent.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** How long shared caches and browsers may keep an answer (seconds). */
export const CACHE_CONTROL = {
  records: 'public, max-age=300',
  views: 'public, max-age=300',
  exports: 'public, max-age=300',
  document: 'public, max-age=3600',
} as const;

export function weakEtag(body: string | Buffer): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** `If-None-Match` compares weakly: `W/"x"` matches `"x"`, and `*` matches anything. */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || opaque(t) === opaque(etag));
}

export async function conditionalGet(req: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  if (reply.statusCode !== 200 || (req.method !== 'GET' && req.method !== 'HEAD')) return payload;
  if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
  const etag = weakEtag(payload);
  reply.header('etag', etag);
  if (!etagMatches(req.headers['if-none-match'], etag)) return payload;
  reply.code(304).removeHeader('content-type');
  return '';
}
