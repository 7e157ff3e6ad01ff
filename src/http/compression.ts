/**
 * Public answers compressed for the clients that accept it: brotli, else gzip. A letter page of
 * 40 KB travels as about 10 KB, which on a slow connection is most of the wait. Only the public
 * pages, the open API and the style sheet: a workspace page or a form holds a CSRF token beside
 * text a visitor can choose, and compressing the two together lets an eavesdropper guess the
 * token from the sizes (BREACH). A body with an entity tag is compressed once and kept, so a page
 * served again from the response cache is not compressed again.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';

export type Encoding = 'br' | 'gzip';

/** Smaller bodies gain less than the header costs. */
const MIN_BYTES = 1024;
const COMPRESSIBLE_TYPE = /^(?:text\/|application\/(?:[\w.+-]*json|xml)\b)/;
/** Compressed bodies kept, by address, entity tag and encoding. */
const MAX_KEPT = 2_000;

/** The encoding to answer in, from an Accept-Encoding header: brotli first, then gzip; none when neither is accepted. */
export function chooseEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: Encoding) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : null;
}

function compress(body: string | Buffer, encoding: Encoding): Buffer {
  // Brotli at quality 5: nearly its best size on pages, at a tenth of the time of its default (11).
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipSync(body);
}

export function installCompression(app: FastifyInstance, isPublic: (url: string) => boolean): void {
  const kept = new Map<string, Buffer>();
  app.addHook('onSend', async (req, reply, payload) => {
    if (reply.statusCode !== 200 || !isPublic(req.url)) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload; // a stream (exports): sent as it is
    if (payload.length < MIN_BYTES || reply.hasHeader('content-encoding')) return payload;
    if (!COMPRESSIBLE_TYPE.test(String(reply.getHeader('content-type') ?? ''))) return payload;
    const vary = reply.getHeader('vary');
    reply.header('vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding');
    const encoding = chooseEncoding(req.headers['accept-encoding']);
    if (!encoding) return payload;
    const etag = reply.getHeader('etag');
    const key = etag === undefined ? null : `${req.url} ${String(etag)} ${encoding}`;
    let body = key === null ? undefined : kept.get(key);
    if (!body) {
      body = compress(payload, encoding);
      if (key !== null) {
        kept.set(key, body);
        if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
      }
    }
    reply.header('content-encoding', encoding);
    reply.removeHeader('content-length');
    return body;
  });
}
