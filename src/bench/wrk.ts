/**
 * wrk, a load tool written in C, when the machine has it on its PATH: the benchmarks' own load
 * generator (load.ts) spends about 0.4 ms of processor time a request, which on two cores is time
 * taken from the server measured; wrk spends about 0.13 ms (both on PostgreSQL's letter pages).
 * Loopback only, one thread, the paths requested in turn by a script of its own.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLoadTarget, type LoadOptions, type LoadResult } from './load.js';

/** Whether `wrk` can be run here. */
export function hasWrk(): boolean {
  const r = spawnSync('wrk', ['-v'], { stdio: 'ignore' });
  return r.error === undefined;
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };
const UNIT_BYTES: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

function duration(text: string | undefined, what: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text ?? '');
  if (!m) throw new Error(`wrk's report has no ${what} this reader knows (${JSON.stringify(text)})`);
  return Number(m[1]) * UNIT_MS[m[2]!]!;
}

/**
 * wrk's report (with `--latency`) as a load result. `meanBytes` is what was transferred per
 * request, headers included; wrk does not tell the largest answer (maxBytes 0).
 */
export function parseWrkReport(report: string): LoadResult {
  const total = /(\d+) requests in ([\d.]+)(us|ms|s|m), ([\d.]+)(B|KB|MB|GB) read/.exec(report);
  const rate = /Requests\/sec:\s+([\d.]+)/.exec(report);
  if (!total || !rate) throw new Error(`not a wrk report: ${report.trim().split('\n')[0] ?? '(empty)'}`);
  const requests = Number(total[1]);
  const latency = /Latency\s+\S+\s+\S+\s+(\S+)/.exec(report);
  const percentile = (p: number) => duration(new RegExp(`^\\s*${p}%\\s+(\\S+)`, 'm').exec(report)?.[1], `${p}th percentile`);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(report);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(report)?.[1] ?? 0);
  return {
    requests,
    perSecond: Number(rate[1]),
    p50Ms: percentile(50),
    p99Ms: percentile(99),
    maxMs: duration(latency?.[1], 'largest latency'),
    errors: non2xx + (socketErrors ? socketErrors.slice(1).reduce((n, v) => n + Number(v), 0) : 0),
    meanBytes: requests > 0 ? (Number(total[4]) * UNIT_BYTES[total[5]!]!) / requests : 0,
    maxBytes: 0,
  };
}

/** The paths as a wrk script: each request takes the next. Paths are URL-encoded, so they hold no quote or backslash. */
export function wrkScript(paths: string[]): string {
  for (const p of paths) if (!/^\/[A-Za-z0-9%/?=&+\-_.~]*$/.test(p)) throw new Error(`not a URL-encoded path: ${JSON.stringify(p)}`);
  return [
    `local paths = {${paths.map((p) => `"${p}"`).join(',')}}`,
    'local i = 0',
    'request = function()',
    '  i = i % #paths + 1',
    '  return wrk.format("GET", paths[i])',
    'end',
    '',
  ].join('\n');
}

/** A timed run with wrk: `connections` kept alive for `durationMs`, the paths in turn. */
export async function runWrk({ base, paths, connections, durationMs }: LoadOptions): Promise<LoadResult> {
  checkLoadTarget(base, paths);
  const dir = mkdtempSync(join(tmpdir(), 'rapporteur-wrk-'));
  try {
    const script = join(dir, 'paths.lua');
    writeFileSync(script, wrkScript(paths));
    const args = ['-t1', `-c${connections}`, `-d${Math.max(1, Math.round(durationMs / 1000))}s`, '--latency', '-s', script, base];
    const report = await new Promise<string>((resolve, reject) => {
      const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (err += c.toString()));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`wrk stopped (exit ${code}): ${err.trim() || out.trim()}`))));
    });
    return parseWrkReport(report);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
