/** What every benchmark returns: one row of the table and of bench-results/latest.json. */
export interface BenchResult {
  name: string;
  /** `ok`, `skipped` (with the reason in `note`) or `failed`. */
  status: 'ok' | 'skipped' | 'failed';
  note?: string;
  /** Items processed (letters, files). */
  count?: number;
  unit?: string;
  /** Items per second over the timed part. */
  rate?: number;
  /** The target rate from the issue, and whether it was met. */
  target?: number;
  met?: boolean;
  p50Ms?: number;
  p95Ms?: number;
  totalMs?: number;
  /** The share of processor time the hypervisor gave to other machines while it ran, in percent (bench/machine.ts). */
  stealPercent?: number;
  /**
   * The reference workload's time just after it ran (bench/machine.ts), to read the rate with:
   * on a shared host a machine's speed changes within minutes (90 ms, then 123 ms half an hour later).
   */
  referenceAfterMs?: number;
  /** Anything else worth keeping (words per letter, failures, ...). */
  details?: Record<string, unknown>;
}

export interface BenchOptions {
  /** Scale the default sizes down (e.g. 0.1 for a quick run). */
  scale: number;
  log: (line: string) => void;
}

export interface Benchmark {
  name: string;
  description: string;
  /** One result, or one per engine or variant measured. */
  run(options: BenchOptions): Promise<BenchResult | BenchResult[]>;
}
