/**
 * Two columns of centred text side by side, as signatures in a two-column table: a PDF places
 * their lines one baseline at a time, so that read as lines the left and the right cells run
 * together (`Mary Lawlor Irene Khan`, then both titles mixed). Such a block is read column by
 * column instead. Only where both columns are centred: the rows of a table of data, aligned
 * left, stay rows.
 */
import type { TextRun } from './text-runs.js';

/** A line's runs, and which column of a block it was cut from. */
export interface RunLine {
  runs: TextRun[];
  column?: 'left' | 'right';
}

/** The least gap between the columns, in ems: wider than any space between words. */
const GUTTER_EMS = 1;
/** The most space between two lines of one block, in ems (a blank line between signatures fits). */
const BLOCK_LINE_GAP_EMS = 3;
/** How far the centres of a column's lines may stray from their median, in ems. */
const CENTRE_SLACK_EMS = 0.75;
/** Lines holding text in both columns, at the least, for a block. */
const MIN_SHARED_LINES = 2;

export function splitCentredColumns(lines: TextRun[][], sizeOf: (runs: readonly TextRun[]) => number): RunLine[] {
  const out: RunLine[] = [];
  for (let i = 0; i < lines.length; ) {
    const block = columnBlock(lines, i, sizeOf);
    if (!block) {
      out.push({ runs: lines[i]! });
      i++;
      continue;
    }
    out.push(...block.left.map((runs) => ({ runs, column: 'left' as const })), ...block.right.map((runs) => ({ runs, column: 'right' as const })));
    i = block.end;
  }
  return out;
}

interface Gutter {
  from: number;
  to: number;
}

const rightOf = (r: TextRun) => r.x + r.width;

/** The gaps between a line's runs, left to right. */
function gapsOf(runs: readonly TextRun[]): Gutter[] {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const gaps: Gutter[] = [];
  let end = -Infinity;
  for (const r of sorted) {
    if (r.x > end && end > -Infinity) gaps.push({ from: end, to: r.x });
    end = Math.max(end, rightOf(r));
  }
  return gaps;
}

/** The part of the gutter that this line leaves free, or null when its text runs across it. */
function narrowed(gutter: Gutter, runs: readonly TextRun[], minWidth: number): Gutter | null {
  const crossing = runs.some((r) => r.x < gutter.to && rightOf(r) > gutter.from);
  if (!crossing) return gutter;
  for (const gap of gapsOf(runs)) {
    const from = Math.max(gap.from, gutter.from);
    const to = Math.min(gap.to, gutter.to);
    if (to - from >= minWidth && !runs.some((r) => r.x < to && rightOf(r) > from)) return { from, to };
  }
  return null;
}

function columnBlock(lines: readonly TextRun[][], start: number, sizeOf: (runs: readonly TextRun[]) => number) {
  const first = lines[start]!;
  const size = sizeOf(first);
  const minWidth = GUTTER_EMS * size;
  const widest = gapsOf(first).reduce<Gutter | null>((best, g) => (g.to - g.from >= minWidth && (!best || g.to - g.from > best.to - best.from) ? g : best), null);
  if (!widest) return null;
  let gutter: Gutter = widest;
  let end = start + 1;
  for (; end < lines.length; end++) {
    const line = lines[end]!;
    if (lines[end - 1]![0]!.y - line[0]!.y > BLOCK_LINE_GAP_EMS * size) break;
    const next = narrowed(gutter, line, minWidth);
    if (!next) break;
    gutter = next;
  }
  const block = lines.slice(start, end);
  const left = block.map((l) => l.filter((r) => rightOf(r) <= gutter.from)).filter((l) => l.length > 0);
  const right = block.map((l) => l.filter((r) => r.x >= gutter.to)).filter((l) => l.length > 0);
  const shared = block.filter((l) => l.some((r) => rightOf(r) <= gutter.from) && l.some((r) => r.x >= gutter.to)).length;
  if (shared < MIN_SHARED_LINES || !centred(left, size) || !centred(right, size)) return null;
  return { left, right, end };
}

function centred(lines: readonly TextRun[][], size: number): boolean {
  if (lines.length < 2) return false;
  const centres = lines.map((l) => (Math.min(...l.map((r) => r.x)) + Math.max(...l.map(rightOf))) / 2).sort((a, b) => a - b);
  const median = centres[Math.floor(centres.length / 2)]!;
  return centres.every((c) => Math.abs(c - median) <= CENTRE_SLACK_EMS * size);
}
