/**
 * The server under load on 127.0.0.1: `rapporteur serve` in a process of its own on the search
 * benchmark's archive (PGlite), and this process sending requests over keep-alive connections
 * for a fixed time: letter pages cycling through 2,000 references, and searches cycling through
 * the search benchmark's 200 queries. Each is measured twice: with the response cache off
 * (every request rendered from the database) and on (as served). Targets (issue #3): a letter
 * page ≥ 1,000 requests/s, search ≥ 200 requests/s, p99 under 100 ms, pages under 100 KB.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Benchmark, BenchResult } from './benchmark.js';
import { runLoad, type LoadResult } from './load.js';
import { openPgliteArchive } from './search-archive.js';
import { benchQueries } from './search-queries.js';
import { round } from './stats.js';

const BIN = fileURLToPath(new URL('../../bin/rapporteur.js', import.meta.url));
const SEED = 11;
const WORDS = 3000;
const CONNECTIONS = 16;
const DURATION_MS = 10_000;

interface Server {
  base: string;
  child: ChildProcess;
}

/** Starts `serve` on a free port and answers its address once it listens. */
function startServer(dataDir: string, cache: boolean): Promise<Server> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--host', '127.0.0.1'], {
    env: { ...process.env, RAPPORTEUR_DATA: dataDir, DATABASE_URL: '', RAPPORTEUR_CACHE: cache ? 'on' : 'off' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start in 120 s: ${err}`)), 120_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = /serving on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ base: m[1]!, child });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server stopped (exit ${code}): ${err.slice(-500)}`));
    });
  });
}

function stopServer(s: Server): Promise<void> {
  return new Promise((resolve) => {
    s.child.removeAllListeners('exit');
    s.child.once('exit', () => resolve());
    s.child.kill('SIGTERM');
  });
}

const brief = (r: LoadResult) => ({
  perSecond: round(r.perSecond, 0), p50Ms: round(r.p50Ms, 1), p99Ms: round(r.p99Ms, 1), maxMs: round(r.maxMs, 1),
  errors: r.errors, requests: r.requests, meanKB: round(r.meanBytes / 1024, 1), maxKB: round(r.maxBytes / 1024, 1),
});

export const httpBench: Benchmark = {
  name: 'http',
  description: 'requests per second on 127.0.0.1: letter pages and searches, response cache off and on (PGlite)',
  async run({ scale, log }): Promise<BenchResult> {
    const letters = Math.max(200, Math.round(50_000 * scale));
    const archive = await openPgliteArchive({ letters, seed: SEED, words: WORDS }, join('bench-results', 'search-archive'), log);
    const { rows } = await archive.db.query<{ r: string }>(
      'select reference_text as r from public_letters order by communication_id desc limit 2000',
    );
    const letterPaths = rows.map((x) => `/letters/${encodeURIComponent(x.r)}`);
    const searchPaths = (await benchQueries(archive.db, SEED)).map((q) => `/search?${new URLSearchParams({ q: q.text })}`);
    await archive.db.close();

    const results: Record<string, ReturnType<typeof brief>> = {};
    for (const cache of [false, true]) {
      log(`http: starting the server (cache ${cache ? 'on' : 'off'})`);
      const server = await startServer(archive.where, cache);
      try {
        for (const [name, paths] of [['letter', letterPaths], ['search', searchPaths]] as const) {
          await runLoad({ base: server.base, paths: paths.slice(0, 50), connections: 4, durationMs: 1_000 }); // warm up
          log(`http: ${name} pages, ${CONNECTIONS} connections, ${DURATION_MS / 1000} s (cache ${cache ? 'on' : 'off'})`);
          results[`${name}, cache ${cache ? 'on' : 'off'}`] = brief(await runLoad({ base: server.base, paths, connections: CONNECTIONS, durationMs: DURATION_MS }));
        }
      } finally {
        await stopServer(server);
      }
    }
    const letter = results['letter, cache on']!;
    const search = results['search, cache on']!;
    const met = letter.perSecond >= 1000 && search.perSecond >= 200 && letter.p99Ms < 100 && search.p99Ms < 100 && letter.maxKB < 100 && search.maxKB < 100;
    return {
      name: 'http', status: letter.errors + search.errors > 0 ? 'failed' : 'ok', count: letter.requests + search.requests, unit: 'requests',
      rate: letter.perSecond, target: 1000, met,
      p50Ms: letter.p50Ms, totalMs: DURATION_MS * 4,
      note: `letter ${letter.perSecond}/s p99 ${letter.p99Ms} ms; search ${search.perSecond}/s p99 ${search.p99Ms} ms (cache on); ` +
        `cache off: letter ${results['letter, cache off']!.perSecond}/s, search ${results['search, cache off']!.perSecond}/s`,
      details: { letters, archive: archive.where, connections: CONNECTIONS, seconds: DURATION_MS / 1000, ...results },
    };
  },
};
