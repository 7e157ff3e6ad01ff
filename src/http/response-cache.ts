/**
 * A cache of whole public responses, by URL. The public record changes only when the publication
 * step runs, so a page or an API answer can be served again as it was rendered until then: the
 * server clears the cache after each publication it makes, and within a second of one made by
 * another process (it watches the public record's generation, migration 0022); entries also
 * expire after a minute whatever happens. Only GET answers with status 200 and a body in
 * memory (not a stream, not an export, not over a megabyte) are kept, and only for the URLs it
 * is told are public: staff pages are never cached.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { etagMatches, weakEtag } from './etag.js';

export interface ResponseCacheOptions {
  /** The URLs whose answers may be kept: the public pages and API. */
  publicUrl: RegExp;
  maxEntries?: number;
  ttlMs?: number;
  now?: () => number;
}

interface Entry {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
  expires: number;
}

export interface ResponseCache {
  /** Serves and keeps answers of this app from now on. */
  install(app: FastifyInstance): void;
  clear(): void;
  readonly size: number;
}

/** Headers worth replaying; the security headers are added again on every answer. */
const KEPT_HEADERS = ['content-type', 'cache-control', 'etag', 'content-disposition', 'access-control-allow-origin', 'vary', 'link'];

const CACHED = Symbol('served from the response cache');

const MAX_BODY_BYTES = 1024 * 1024;

export function createResponseCache({ publicUrl, maxEntries = 2_000, ttlMs = 60_000, now = Date.now }: ResponseCacheOptions): ResponseCache {
  // A Map keeps insertion order: re-inserting on a hit makes it a least-recently-used list.
  const entries = new Map<string, Entry>();
  const cacheable = (req: FastifyRequest) => req.method === 'GET' && publicUrl.test(req.url);

  const install = (app: FastifyInstance) => {
    app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
      if (!cacheable(req)) return;
      const hit = entries.get(req.url);
      if (!hit) return;
      entries.delete(req.url);
      if (hit.expires <= now()) return;
      entries.set(req.url, hit);
      (reply as unknown as Record<symbol, boolean>)[CACHED] = true;
      if (etagMatches(req.headers['if-none-match'], hit.headers.etag!)) return reply.code(304).headers(hit.headers).send();
      return reply.code(hit.status).headers(hit.headers).send(hit.body);
    });

    app.addHook('onSend', async (req, reply, payload) => {
      if (!cacheable(req) || reply.statusCode !== 200 || (reply as unknown as Record<symbol, boolean>)[CACHED]) return payload;
      if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
      if (payload.length > MAX_BODY_BYTES) return payload;
      // Every kept answer has a tag, so that a browser holding it gets a 304 from the cache.
      if (!reply.hasHeader('etag')) reply.header('etag', weakEtag(payload));
      const headers: Record<string, string> = {};
      for (const name of KEPT_HEADERS) {
        const v = reply.getHeader(name);
        if (v !== undefined) headers[name] = String(v);
      }
      entries.set(req.url, { status: 200, headers, body: payload, expires: now() + ttlMs });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return payload;
    });
  };

  return {
    install,
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}
