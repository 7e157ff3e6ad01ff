import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { createResponseCache } from './response-cache.js';

async function appWithCounter() {
  let clock = 0;
  let renders = 0;
  const app = Fastify();
  const cache = createResponseCache({ publicUrl: /^\/letters\//, ttlMs: 1000, maxEntries: 2, now: () => clock });
  cache.install(app);
  app.get('/letters/:id', async (req, reply) => {
    renders++;
    const { id } = req.params as { id: string };
    if (id === 'missing') return reply.code(404).send('not found');
    return reply.header('etag', `"v${renders}"`).type('text/html').send(`page ${id} render ${renders}`);
  });
  app.get('/staff/:id', async () => `staff render ${++renders}`);
  await app.ready();
  return { app, cache, renders: () => renders, tick: (ms: number) => (clock += ms) };
}

describe('the public response cache', () => {
  it('serves a page again without rendering it, with its headers, until cleared', async () => {
    const { app, cache, renders } = await appWithCounter();
    const first = await app.inject('/letters/a');
    const second = await app.inject('/letters/a');
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    expect(renders()).toBe(1);
    cache.clear();
    expect((await app.inject('/letters/a')).body).toBe('page a render 2');
  });

  it('answers 304 from the cache when the browser has the same version', async () => {
    const { app } = await appWithCounter();
    const first = await app.inject('/letters/b');
    const again = await app.inject({ url: '/letters/b', headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('keeps neither failures nor answers outside its prefixes', async () => {
    const { app, renders } = await appWithCounter();
    await app.inject('/letters/missing');
    await app.inject('/letters/missing');
    await app.inject('/staff/x');
    await app.inject('/staff/x');
    expect(renders()).toBe(4);
  });

  it('forgets an entry after its time and the least recently used beyond its size', async () => {
    const { app, renders, tick } = await appWithCounter();
    await app.inject('/letters/a');
    tick(1001);
    await app.inject('/letters/a');
    expect(renders()).toBe(2);
    await app.inject('/letters/b');
    await app.inject('/letters/a'); // a is now the most recent
    await app.inject('/letters/c'); // b goes
    const before = renders();
    await app.inject('/letters/a');
    await app.inject('/letters/b');
    expect(renders()).toBe(before + 1);
  });
});
