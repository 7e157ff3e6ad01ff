/**
 * Lines to paragraphs. A PDF has no paragraphs, only lines placed on a page; the layout tells
 * where a paragraph starts: a vertical gap larger than the line spacing, an indented first line,
 * a change of size or weight, a list marker. Lines wrapped by the layout (the next word would not
 * have fitted) are joined with a space; a line that ends short on purpose (an address, a
 * signature) keeps its line break inside the paragraph.
 */
import { pushSegment, type Segment } from '../marked-text.js';
import type { Line } from './lines.js';

export interface Layout {
  /** Size of the main text, in points. */
  bodySize: number;
  /** Usual distance between the baselines of two lines of one paragraph. */
  lineSpacing: number;
  /** Left and right ends of the text area. */
  left: number;
  right: number;
  /** Words of the whole document, lower case, to decide line-end hyphens. */
  words: Set<string>;
}

const LIST_MARKER = /^\s*(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)]|[•▪◦·●■\-–])\s/;

export function measureLayout(lines: readonly Line[], pageLines: readonly (readonly Line[])[]): Layout {
  const bodySize = mode(lines.flatMap((l) => Array<number>(Math.max(1, Math.round(l.text.length / 10))).fill(round(l.size, 0.5)))) ?? 11;
  const body = lines.filter((l) => Math.abs(l.size - bodySize) < 0.6);
  const right = rightEdge(body.length ? body : lines);
  // Gaps between lines of body text; and those after a line that runs to the right edge, which
  // a paragraph wrapped: a letter of short paragraphs has more gaps between paragraphs than within.
  const gaps: number[] = [];
  const wrappedGaps: number[] = [];
  for (const page of pageLines) {
    for (let i = 1; i < page.length; i++) {
      const [a, b] = [page[i - 1]!, page[i]!];
      const gap = a.y - b.y;
      if (Math.abs(a.size - bodySize) < 0.6 && Math.abs(b.size - bodySize) < 0.6 && gap > 0.8 * bodySize && gap < 2.5 * bodySize) {
        gaps.push(round(gap, 0.5));
        if (a.right > right - bodySize && Math.abs(a.x - b.x) < 0.8 * bodySize) wrappedGaps.push(round(gap, 0.5));
      }
    }
  }
  const words = new Set<string>();
  for (const l of lines) for (const w of l.text.toLowerCase().match(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu) ?? []) words.add(w);
  return {
    bodySize,
    lineSpacing: (wrappedGaps.length >= MIN_WRAPPED_GAPS ? mode(wrappedGaps) : mode(gaps)) ?? 1.2 * bodySize,
    left: mode(body.map((l) => round(l.x, 1))) ?? Math.min(...lines.map((l) => l.x)),
    right,
    words,
  };
}

/** Wrapped lines needed to measure the line spacing by them alone. */
const MIN_WRAPPED_GAPS = 3;

export function buildParagraphs(lines: readonly Line[], layout: Layout): Segment[][] {
  const paragraphs: Segment[][] = [];
  let current: Segment[] | null = null;
  let prev: Line | null = null;
  for (const line of lines) {
    if (!current || !prev || startsParagraph(prev, line, layout)) {
      current = [];
      paragraphs.push(current);
    } else {
      joinLine(current, prev, line, layout);
    }
    for (const seg of line.segments) pushSegment(current, seg.text, seg.bold);
    prev = line;
  }
  return paragraphs;
}

export function startsParagraph(prev: Line, line: Line, layout: Layout): boolean {
  const { bodySize, lineSpacing } = layout;
  const expected = lineSpacing * (Math.max(prev.size, line.size) / bodySize);
  if (prev.y - line.y > expected * 1.3) return true;
  // The first line of a column's block, back at its top.
  if (line.y > prev.y) return true;
  if (Math.abs(prev.size - line.size) > 1) return true;
  if (sameColumnCentre(prev, line)) return prev.bold !== line.bold;
  if (LIST_MARKER.test(line.text)) return true;
  if (isWrapped(prev, line, layout)) return false;
  const shift = line.x - prev.x;
  if (Math.abs(shift) > 0.8 * bodySize) return true;
  return prev.bold !== line.bold;
}

/** The next line's first word would not have fitted at the end of this one: the layout wrapped it. */
export function isWrapped(prev: Line, next: Line, layout: Layout): boolean {
  if (/[-\u00ad]$/.test(prev.text) && /^\p{L}/u.test(next.text)) return true;
  const space = 0.25 * prev.size;
  const width = layout.right - layout.left;
  const leftMargin = prev.x - layout.left;
  const rightMargin = layout.right - prev.right;
  const centred = leftMargin > 2 * prev.size && Math.abs(leftMargin - rightMargin) < 2 * prev.size;
  // Layout engines measure a word with its trailing space and our word widths are estimates:
  // half the font size of slack on the safe side (joining) of the decision.
  const slack = 0.5 * prev.size;
  if (centred) return prev.right - prev.x + space + next.firstWordWidth > width - slack;
  return prev.right + space + next.firstWordWidth > layout.right - slack;
}

/** Two lines of one column of a block of centred columns, centred on the same point: wrapped within their cell. */
function sameColumnCentre(prev: Line, line: Line): boolean {
  return !!prev.column && prev.column === line.column && Math.abs((prev.x + prev.right) / 2 - (line.x + line.right) / 2) < 0.75 * prev.size;
}

/** What goes between a line and the next one of the same paragraph. */
function joinLine(paragraph: Segment[], prev: Line, line: Line, layout: Layout): void {
  if (!isWrapped(prev, line, layout) && !sameColumnCentre(prev, line)) {
    pushSegment(paragraph, '\n', false);
    return;
  }
  const last = paragraph[paragraph.length - 1];
  if (!last) return;
  if (last.text.endsWith('\u00ad')) {
    last.text = last.text.slice(0, -1);
    return;
  }
  const hyphenated = /([\p{L}\p{M}]+)-$/u.exec(last.text);
  const nextWord = /^[\p{L}\p{M}]+/u.exec(line.text)?.[0];
  // A layout may break after a slash ("A/" + "HRC/47/38"): no space was there.
  if (last.text.endsWith('/')) return;
  if (hyphenated && nextWord) {
    // "criminal-" + "ise": drop the hyphen only when the document writes the word whole elsewhere
    // and never with the hyphen; "gender-" + "based" keeps it.
    const whole = (hyphenated[1] + nextWord).toLowerCase();
    const compound = `${hyphenated[1]}-${nextWord}`.toLowerCase();
    if (/^\p{Ll}/u.test(nextWord) && layout.words.has(whole) && !layout.words.has(compound)) last.text = last.text.slice(0, -1);
    return;
  }
  pushSegment(paragraph, ' ', prev.bold && line.bold);
}

/**
 * Where lines end when the layout wraps them. A high percentile rather than the maximum: one long
 * URL running into the margin must not make every other line look short.
 */
function rightEdge(lines: readonly Line[]): number {
  const ends = lines.map((l) => l.right).sort((a, b) => a - b);
  if (ends.length < 10) return ends[ends.length - 1] ?? 0;
  return ends[Math.floor(ends.length * 0.95)] ?? 0;
}

function round(n: number, step: number): number {
  return Math.round(n / step) * step;
}

function mode(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  let best: number | undefined;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount || (c === bestCount && best !== undefined && v < best)) [best, bestCount] = [v, c];
  }
  return best;
}
