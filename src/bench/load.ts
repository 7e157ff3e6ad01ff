/**
 * A small HTTP load generator for the benchmarks: a fixed number of connections kept alive, each
 * sending its next request as soon as the previous answer is read, cycling through the URLs
 * given, for a fixed time, through the benchmarks' own client (raw-http.ts). Loopback only: it
 * refuses any other host.
 */
import { RawHttpClient } from './raw-http.js';
import { percentile } from './stats.js';

export interface LoadOptions {
  /** `http://127.0.0.1:PORT` */
  base: string;
  /** Paths requested in turn. */
  paths: string[];
  connections: number;
  durationMs: number;
  /** Stop after this many requests (each path once: `paths.length`), or at `durationMs`, whichever comes first. */
  requests?: number;
}

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Answers other than 200 and requests that failed. */
  errors: number;
  /** Mean bytes of an answer's body. */
  meanBytes: number;
  maxBytes: number;
}

/** Refuses a load aimed anywhere but the loopback, or at no path: every load tool checks this first. */
export function checkLoadTarget(base: string, paths: string[]): void {
  const host = new URL(base).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') throw new Error(`load tests target the loopback only, not ${host}`);
  if (paths.length === 0) throw new Error('no paths to request');
}

export async function runLoad({ base, paths, connections, durationMs, requests = Infinity }: LoadOptions): Promise<LoadResult> {
  checkLoadTarget(base, paths);
  const client = new RawHttpClient(base, connections);
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let maxBytes = 0;
  let next = 0;
  const started = performance.now();
  const end = started + durationMs;
  const connection = async () => {
    while (performance.now() < end && next < requests) {
      const path = paths[next++ % paths.length]!;
      const t0 = performance.now();
      try {
        const r = await client.get(path);
        if (r.status !== 200) errors++;
        bytes += r.bytes;
        maxBytes = Math.max(maxBytes, r.bytes);
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: connections }, connection));
  const elapsed = performance.now() - started;
  client.close();
  return summarizeLoad(latencies, elapsed, { errors, bytes, maxBytes });
}

/** A run's result from its latencies (ms, in any order; sorted here), its length and what it counted. */
export function summarizeLoad(latencies: number[], elapsedMs: number, counted: { errors: number; bytes: number; maxBytes: number }): LoadResult {
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSecond: (latencies.length / elapsedMs) * 1000,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    maxMs: latencies[latencies.length - 1] ?? 0,
    errors: counted.errors,
    meanBytes: latencies.length ? counted.bytes / latencies.length : 0,
    maxBytes: counted.maxBytes,
  };
}
