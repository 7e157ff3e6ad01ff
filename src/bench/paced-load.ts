/**
 * An open-loop load: request i goes out at i / `perSecond` seconds whatever became of the ones
 * before it, and its latency counts from then. A closed loop (wrk, load.ts) sends the next
 * request only when an answer comes, so its percentiles measure the queue of a server kept
 * saturated (with 16 connections, latency is 16 / throughput); this one measures what readers
 * see while the server serves a given rate, queueing included, as a target such as "200 searches
 * a second, p99 under 100 ms" reads. Loopback only; through the benchmarks' own client (raw-http.ts),
 * as load.ts.
 */
import { checkLoadTarget, summarizeLoad, type LoadResult } from './load.js';
import { RawHttpClient } from './raw-http.js';

export interface PacedOptions {
  /** `http://127.0.0.1:PORT` */
  base: string;
  /** Paths requested in turn. */
  paths: string[];
  perSecond: number;
  durationMs: number;
  /** Connections kept at most; a request finding them all busy waits for one, and that wait counts. */
  connections?: number;
}

export async function runPaced({ base, paths, perSecond, durationMs, connections = 64 }: PacedOptions): Promise<LoadResult> {
  checkLoadTarget(base, paths);
  if (!(perSecond > 0)) throw new Error(`a paced load needs a rate above 0, not ${perSecond}`);
  const client = new RawHttpClient(base, connections);
  const total = Math.max(1, Math.round((perSecond * durationMs) / 1000));
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let maxBytes = 0;
  const pending: Array<Promise<void>> = [];
  const started = performance.now();
  const send = (i: number, due: number) => {
    pending.push(
      client.get(paths[i % paths.length]!).then(
        (r) => {
          if (r.status !== 200) errors++;
          bytes += r.bytes;
          maxBytes = Math.max(maxBytes, r.bytes);
        },
        () => {
          errors++;
        },
      ).then(() => {
        latencies.push(performance.now() - due);
      }),
    );
  };
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    // Timers are late by a millisecond or more: every request already due goes out at once.
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    send(i, due);
  }
  await Promise.all(pending);
  const elapsed = performance.now() - started;
  client.close();
  return summarizeLoad(latencies, elapsed, { errors, bytes, maxBytes });
}
