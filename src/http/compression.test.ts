import Fastify, { type FastifyInstance } from 'fastify';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, installCompression } from './compression.js';

const page = `<!doctype html><p>${'The quarry workers of Veltrana were detained &amp; questioned. '.repeat(60)}</p>`;

describe('chooseEncoding', () => {
  it('prefers brotli, then gzip, and honours q=0 and the wildcard', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('gzip;q=0, br;q=0')).toBeNull();
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });
});

describe('compressed answers', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = Fastify();
    installCompression(app, (url) => !url.startsWith('/staff'));
    app.get('/letter', async (_req, reply) => reply.type('text/html; charset=utf-8').header('etag', 'W/"letter"').send(page));
    app.get('/api', async (_req, reply) => reply.send({ items: Array.from({ length: 80 }, (_, i) => ({ reference: `AL XAA ${i}/2024` })) }));
    app.get('/short', async (_req, reply) => reply.type('text/html; charset=utf-8').send('<p>short</p>'));
    app.get('/staff/page', async (_req, reply) => reply.type('text/html; charset=utf-8').send(page));
    app.get('/file', async (_req, reply) => reply.type('application/pdf').send(Buffer.from(page)));
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
  });
  const get = (url: string, acceptEncoding?: string) =>
    app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

  it('sends a public page in brotli or gzip to a client that accepts it, the same page once decompressed', async () => {
    const br = await get('/letter', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.rawPayload.length).toBeLessThan(page.length / 4);
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(page);
    const gzip = await get('/letter', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString('utf8')).toBe(page);
    // Kept by its entity tag: the same bytes the second time.
    expect((await get('/letter', 'gzip')).rawPayload.equals(gzip.rawPayload)).toBe(true);
    const json = await get('/api', 'gzip');
    expect(json.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(json.rawPayload).toString('utf8')).items).toHaveLength(80);
  });

  it('sends it as it is to a client that accepts neither, saying that the answer depends on it', async () => {
    const plain = await get('/letter');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.body).toBe(page);
  });

  it('leaves short answers, files that are compressed already, and workspace pages uncompressed', async () => {
    for (const url of ['/short', '/file', '/staff/page']) {
      const r = await get(url, 'gzip, br');
      expect(r.headers['content-encoding'], url).toBeUndefined();
    }
    expect((await get('/staff/page', 'gzip, br')).body).toBe(page);
  });
});
