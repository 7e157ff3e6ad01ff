/**
 * What the machine itself gave the benchmarks. On virtual machines the same code measures very
 * differently from one day to the next (it extracted 396 letters a second on one machine and 205
 * on another; 335 and 503 on two machines of about the same reference work), so each run records
 * what to read its own figures with:
 * - the processor, by name and by family and model number (a virtual machine's name is often
 *   only the maker's line, "AMD EPYC", whatever its generation);
 * - a reference workload's time, code that is not Rapporteur's and does not change with it: lower
 *   is a faster machine;
 * - the share of processor time the hypervisor gave to other machines while each benchmark ran
 *   ("steal" in Linux's /proc/stat).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** The processors' time counters summed over all of them, in clock ticks. */
export interface CpuTimes {
  steal: number;
  total: number;
}

/**
 * The summed `cpu` line of /proc/stat: user nice system idle iowait irq softirq steal (guest time,
 * after those, is counted in user time already). Null when the text holds no such line.
 */
export function parseCpuTimes(procStat: string): CpuTimes | null {
  const line = procStat.split('\n').find((l) => /^cpu\s/.test(l));
  if (!line) return null;
  const fields = line.trim().split(/\s+/).slice(1, 9).map(Number);
  if (fields.length < 4 || fields.some((n) => !Number.isInteger(n) || n < 0)) return null;
  return { steal: fields[7] ?? 0, total: fields.reduce((a, b) => a + b, 0) };
}

/**
 * The first processor of /proc/cpuinfo: its name, with vendor, family and model numbers when the
 * text gives them ("AMD EPYC (AuthenticAMD family 26 model 2)"). Null when it names none.
 */
export function parseProcessor(cpuinfo: string): string | null {
  const first = cpuinfo.split(/\n\s*\n/)[0] ?? '';
  const field = (name: string) => first.match(new RegExp(`^${name}\\s*:\\s*(.+?)\\s*$`, 'm'))?.[1];
  const name = field('model name');
  if (!name) return null;
  const [vendor, family, model] = [field('vendor_id'), field('cpu family'), field('model')];
  const detail = [vendor, family && `family ${family}`, model && `model ${model}`].filter(Boolean).join(' ');
  return detail ? `${name} (${detail})` : name;
}

/** The machine's processor, as `parseProcessor` reads it, else as Node names it; null when unknown. */
export function readProcessor(): string | null {
  try {
    const named = parseProcessor(readFileSync('/proc/cpuinfo', 'utf8'));
    if (named) return named;
  } catch {
    /* not Linux: Node's name below */
  }
  return cpus()[0]?.model ?? null;
}

/** The machine's counters now; null where there is no /proc/stat. */
export function readCpuTimes(): CpuTimes | null {
  try {
    return parseCpuTimes(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return null;
  }
}

/** The share of the time between two readings that was stolen, in percent with one decimal; null when unknown. */
export function stolenPercent(before: CpuTimes | null, after: CpuTimes | null): number | null {
  if (!before || !after) return null;
  const total = after.total - before.total;
  if (total <= 0) return null;
  return Math.round((Math.max(0, after.steal - before.steal) / total) * 1000) / 10;
}

/**
 * The reference workload: sorting a million numbers from a fixed sequence and hashing 16 MB, on
 * one core. The best of three runs, in milliseconds.
 */
export function referenceWorkMs(): number {
  const numbers = new Float64Array(1_000_000);
  const block = Buffer.alloc(1 << 20, 7);
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    let x = 12345;
    for (let i = 0; i < numbers.length; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      numbers[i] = x;
    }
    const t0 = performance.now();
    numbers.sort();
    const hash = createHash('sha256');
    for (let i = 0; i < 16; i++) hash.update(block);
    hash.digest();
    best = Math.min(best, performance.now() - t0);
  }
  return Math.round(best);
}
