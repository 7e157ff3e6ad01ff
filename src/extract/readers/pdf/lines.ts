/**
 * Text runs to lines: runs on one baseline, left to right, with the spaces the PDF leaves out
 * put back from the gaps between runs. A small run raised above a line (a footnote marker) joins
 * that line as `<sup>n</sup>`.
 */
import { pushSegment, type Segment } from '../marked-text.js';
import { widthOfPart } from './glyph-widths.js';
import { splitCentredColumns } from './columns.js';
import type { TextRun } from './text-runs.js';

export interface Line {
  /** Baseline of the line's main text, left and right ends, in points. */
  y: number;
  x: number;
  right: number;
  /** Font size of the line's main text. */
  size: number;
  segments: Segment[];
  /** The plain text, for tests of shape (page numbers, list markers). */
  text: string;
  /** Width of the first word, to tell whether it would have fitted on the line above. */
  firstWordWidth: number;
  /** Every letter of the line is bold. */
  bold: boolean;
  /** The column of a block of two centred columns the line was cut from (columns.ts). */
  column?: 'left' | 'right';
}

/** Footnote markers are digits (or the odd asterisk or dagger); other raised text stays inline. */
const MARKER = /^[\d*†‡]{1,3}$/;
const SYMBOL_FONT_BULLET = /^[\uf020-\uf0ff](?=\s)/;

export function buildLines(runs: readonly TextRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const group = groups[groups.length - 1];
    const base = group && mainRun(group);
    if (base && Math.abs(run.y - base.y) <= 0.3 * Math.max(run.size, base.size)) group.push(run);
    else groups.push([run]);
  }
  // A raised marker set a little higher forms a group of its own just above its line.
  for (let i = groups.length - 2; i >= 0; i--) {
    const above = groups[i]!;
    const below = groups[i + 1]!;
    if (isRaisedOver(above, below)) {
      below.push(...above);
      groups.splice(i, 1);
    }
  }
  return splitCentredColumns(groups, (g) => mainRun(g).size).map((l) => toLine(l.runs, l.column));
}

function mainRun(group: readonly TextRun[]): TextRun {
  return group.reduce((best, r) => (r.size > best.size + 0.1 || (Math.abs(r.size - best.size) <= 0.1 && r.text.length > best.text.length) ? r : best));
}

function isRaisedOver(above: readonly TextRun[], below: readonly TextRun[]): boolean {
  const base = mainRun(below);
  const left = Math.min(...below.map((r) => r.x)) - base.size;
  const right = Math.max(...below.map((r) => r.x + r.width)) + base.size;
  return above.every(
    (r) =>
      r.size <= 0.85 * base.size &&
      r.y > base.y &&
      r.y - base.y <= 0.7 * base.size &&
      r.x >= left &&
      r.x + r.width <= right &&
      MARKER.test(r.text.trim()),
  );
}

function toLine(group: TextRun[], column?: Line['column']): Line {
  const base = mainRun(group);
  const runs = [...group].sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  let text = '';
  let prev: TextRun | null = null;
  for (const run of runs) {
    const raised = run.size <= 0.85 * base.size && run.y - base.y > 0.15 * base.size;
    const content = raised && MARKER.test(run.text.trim()) ? `<sup>${run.text.trim()}</sup>` : run.text;
    if (prev && !raised && needsSpace(prev, run, base.size, text)) {
      pushSegment(segments, ' ', prev.bold && run.bold);
      text += ' ';
    }
    pushSegment(segments, content, raised ? false : run.bold);
    text += content;
    prev = run;
  }
  // A bullet from a symbol font (Symbol, Wingdings) comes out as a private-use character.
  if (SYMBOL_FONT_BULLET.test(text) && segments[0]) {
    segments[0].text = `•${segments[0].text.slice(1)}`;
    text = text.replace(SYMBOL_FONT_BULLET, '•');
  }
  const first = runs[0]!;
  const firstWord = /^\S+/.exec(first.text.trimStart())?.[0] ?? '';
  const textRuns = runs.filter((r) => r.text.trim());
  return {
    y: base.y,
    x: first.x,
    right: Math.max(...runs.map((r) => r.x + r.width)),
    size: base.size,
    segments,
    text,
    firstWordWidth: widthOfPart(firstWord, first.text, first.width),
    bold: textRuns.length > 0 && textRuns.every((r) => r.bold),
    ...(column ? { column } : {}),
  };
}

/** A gap wider than a sixth of the font size is a word space the PDF does not write out. */
function needsSpace(prev: TextRun, run: TextRun, size: number, sofar: string): boolean {
  if (/\s$/.test(sofar) || /^\s/.test(run.text)) return false;
  return run.x - (prev.x + prev.width) > size / 6;
}
