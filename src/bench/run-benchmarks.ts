/**
 * Runs the benchmarks one after another, prints a table and writes bench-results/latest.json.
 * Benchmarks are not tests: they measure, print and stop; the targets are shown, not asserted.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { describeError } from '../domain/errors.js';
import type { Benchmark, BenchResult } from './benchmark.js';
import { extractionBench } from './extraction-bench.js';
import { importBench } from './import-bench.js';
import { httpBench } from './http-bench.js';
import { searchBench } from './search-bench.js';

export const BENCHMARKS: Benchmark[] = [extractionBench, importBench, searchBench, httpBench];

export interface RunOptions {
  only?: string;
  scale?: number;
  outDir?: string;
  log?: (line: string) => void;
}

export function formatTable(results: BenchResult[]): string {
  const rows = [['benchmark', 'status', 'count', 'rate/s', 'target', 'p50 ms', 'p95 ms', 'total ms', 'note']];
  for (const r of results) {
    rows.push([
      r.name, r.status, r.count !== undefined ? `${r.count} ${r.unit ?? ''}`.trim() : '', r.rate?.toString() ?? '',
      r.target !== undefined ? `${r.target} ${r.met ? 'met' : 'NOT met'}` : '', r.p50Ms?.toString() ?? '', r.p95Ms?.toString() ?? '',
      r.totalMs?.toString() ?? '', r.note ?? '',
    ]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd()).join('\n');
}

export async function runBenchmarks(options: RunOptions = {}): Promise<BenchResult[]> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const chosen = options.only ? BENCHMARKS.filter((b) => b.name === options.only) : BENCHMARKS;
  if (chosen.length === 0) throw new Error(`no benchmark named "${options.only}" (there are: ${BENCHMARKS.map((b) => b.name).join(', ')})`);
  const results: BenchResult[] = [];
  for (const b of chosen) {
    try {
      results.push(...[await b.run({ scale: options.scale ?? 1, log })].flat());
    } catch (e) {
      results.push({ name: b.name, status: 'failed', note: describeError(e) });
    }
  }
  const outDir = options.outDir ?? 'bench-results';
  await mkdir(outDir, { recursive: true });
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? null,
    scale: options.scale ?? 1,
    results,
  };
  await writeFile(join(outDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  return results;
}
