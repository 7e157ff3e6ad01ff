import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawHttpClient } from './raw-http.js';

let server: Server;
let base: string;
let sockets = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/big') return res.end('y'.repeat(300_000));
    if (req.url === '/streamed') {
      res.write('part one, ');
      return setTimeout(() => res.end('part two'), 5);
    }
    if (req.url === '/missing') {
      res.statusCode = 404;
      return res.end('no such page');
    }
    res.end(`you asked for ${req.url}`);
  });
  server.on('connection', () => sockets++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the benchmarks\' raw HTTP client', () => {
  it('reads each answer\'s status and length, a large body arriving in many pieces included, over the connections it keeps', async () => {
    sockets = 0;
    const client = new RawHttpClient(base, 2);
    try {
      const answers = await Promise.all(['/a', '/big', '/missing', '/abc', '/big', '/a'].map((p) => client.get(p)));
      expect(answers).toEqual([
        { status: 200, bytes: 16 }, { status: 200, bytes: 300_000 }, { status: 404, bytes: 12 },
        { status: 200, bytes: 18 }, { status: 200, bytes: 300_000 }, { status: 200, bytes: 16 },
      ]);
      // Six requests, two at a time at most, kept alive.
      expect(sockets).toBe(2);
    } finally {
      client.close();
    }
  });

  it('refuses an answer it cannot frame with a clear reason, and goes on with a new connection', async () => {
    const client = new RawHttpClient(base, 1);
    try {
      await expect(client.get('/streamed')).rejects.toThrow(/without Content-Length/);
      expect(await client.get('/a')).toEqual({ status: 200, bytes: 16 });
    } finally {
      client.close();
    }
  });

  it('reads an answer whose head and body come cut anywhere', async () => {
    // Every answer in five pieces, the head cut in the middle of a line.
    const tcp = createTcpServer((socket) => {
      socket.on('data', () => {
        const answer = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n\r\nhello world';
        [0, 9, 30, 62, 70, answer.length].reduce((from, to, i) => {
          if (i > 0) setTimeout(() => socket.write(answer.slice(from, to)), i * 3);
          return to;
        });
      });
    });
    await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
    const client = new RawHttpClient(`http://127.0.0.1:${(tcp.address() as AddressInfo).port}`, 1);
    try {
      expect(await client.get('/1')).toEqual({ status: 200, bytes: 11 });
      expect(await client.get('/2')).toEqual({ status: 200, bytes: 11 });
    } finally {
      client.close();
      await new Promise<void>((resolve) => tcp.close(() => resolve()));
    }
  });
});
