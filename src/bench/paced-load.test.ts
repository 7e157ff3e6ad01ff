import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPaced } from './paced-load.js';

/** A server that answers each request after DELAY_MS, and counts them. */
let server: Server;
let base: string;
let asked = 0;
const DELAY_MS = 40;

beforeAll(async () => {
  server = createServer((req, res) => {
    asked++;
    if (req.url === '/missing') res.statusCode = 404;
    setTimeout(() => res.end(req.url === '/missing' ? '' : 'x'.repeat(100)), DELAY_MS);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('a paced (open-loop) load', () => {
  it('sends rate × duration requests whatever the answers take, each counted from when it was due', async () => {
    asked = 0;
    const r = await runPaced({ base, paths: ['/a', '/b'], perSecond: 100, durationMs: 300 });
    expect(r.requests).toBe(30);
    expect(asked).toBe(30);
    expect(r.errors).toBe(0);
    expect(r.p50Ms).toBeGreaterThanOrEqual(DELAY_MS - 1);
    expect(r.maxBytes).toBe(100);
  });

  it('counts an answer other than 200 as an error', async () => {
    const r = await runPaced({ base, paths: ['/a', '/missing'], perSecond: 50, durationMs: 100 });
    expect(r.requests).toBe(5);
    expect(r.errors).toBe(2);
  });

  it('refuses a target off the loopback and a rate of nothing', async () => {
    await expect(runPaced({ base: 'http://192.0.2.1:80', paths: ['/'], perSecond: 10, durationMs: 100 })).rejects.toThrow(/loopback/);
    await expect(runPaced({ base, paths: ['/'], perSecond: 0, durationMs: 100 })).rejects.toThrow(/rate/);
  });
});
