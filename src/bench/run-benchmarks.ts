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
import { readCpuTimes, readProcessor, referenceWorkMs, stolenPercent } from './machine.js';

export const BENCHMARKS: Benchmark[] = [extractionBench, importBench, searchBench, httpBench];

export interface RunOptions {
  only?: string;
  scale?: number;
  outDir?: string;
  log?: (line: string) => void;
}

export function formatTable(results: BenchResult[]): string {
  const rows = [['benchmark', 'status', 'count', 'rate/s', 'target', 'p50 ms', 'p95 ms', 'total ms', 'steal %', 'ref. after', 'note']];
  for (const r of results) {
    rows.push([
      r.name, r.status, r.count !== undefined ? `${r.count} ${r.unit ?? ''}`.trim() : '', r.rate?.toString() ?? '',
      r.target !== undefined ? `${r.target} ${r.met ? 'met' : 'NOT met'}` : '', r.p50Ms?.toString() ?? '', r.p95Ms?.toString() ?? '',
      r.totalMs?.toString() ?? '', r.stealPercent?.toString() ?? '', r.referenceAfterMs !== undefined ? `${r.referenceAfterMs} ms` : '', r.note ?? '',
    ]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd()).join('\n');
}

/** What the machine gave the run (bench/machine.ts): read the figures with it. */
export interface MachineReport {
  /** The processor by name, vendor, family and model (bench/machine.ts); null when unknown. */
  processor: string | null;
  /** The reference workload's time in milliseconds: lower is a faster machine. */
  referenceMs: number;
  /** The share of processor time stolen over the whole run, in percent; null where unknown. */
  stealPercent: number | null;
}

export async function runBenchmarks(options: RunOptions = {}): Promise<{ results: BenchResult[]; machine: MachineReport }> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const chosen = options.only ? BENCHMARKS.filter((b) => b.name === options.only) : BENCHMARKS;
  if (chosen.length === 0) throw new Error(`no benchmark named "${options.only}" (there are: ${BENCHMARKS.map((b) => b.name).join(', ')})`);
  const referenceMs = referenceWorkMs();
  const processor = readProcessor();
  log(`machine: ${processor ?? 'processor unknown'}, reference work ${referenceMs} ms (lower is faster)`);
  const start = readCpuTimes();
  const results: BenchResult[] = [];
  for (const b of chosen) {
    const before = readCpuTimes();
    let out: BenchResult[];
    try {
      out = [await b.run({ scale: options.scale ?? 1, log })].flat();
    } catch (e) {
      out = [{ name: b.name, status: 'failed', note: describeError(e) }];
    }
    const stolen = stolenPercent(before, readCpuTimes());
    const referenceAfterMs = referenceWorkMs();
    results.push(...out.map((r) => ({ ...r, ...(stolen === null ? {} : { stealPercent: stolen }), referenceAfterMs })));
  }
  const machine: MachineReport = { processor, referenceMs, stealPercent: stolenPercent(start, readCpuTimes()) };
  const outDir = options.outDir ?? 'bench-results';
  await mkdir(outDir, { recursive: true });
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    scale: options.scale ?? 1,
    machine,
    results,
  };
  await writeFile(join(outDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  return { results, machine };
}
