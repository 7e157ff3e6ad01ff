/**
 * Footnotes at the foot of a PDF page: the lines below the text, in a smaller font, the first of
 * them starting with its number. They are kept, each as `<sup>n</sup> text`, after a `---` line at
 * the end of the page, so that the letter's paragraphs do not swallow them.
 */
import { pushSegment, type Segment } from '../marked-text.js';
import type { Line } from './lines.js';
import { isWrapped, type Layout } from './paragraphs.js';

const NOTE_START = /^\s*(?:<sup>([\d*†‡]{1,3})<\/sup>|(\d{1,3})(?=\s|[A-Za-z]))\s*/;

export interface SplitPage {
  body: Line[];
  notes: Segment[][];
}

export function splitFootnotes(lines: readonly Line[], layout: Layout): SplitPage {
  let start = lines.length;
  while (start > 0 && lines[start - 1]!.size < 0.9 * layout.bodySize) start--;
  // The block begins at its first numbered line; small lines above that belong to the text.
  while (start < lines.length && !NOTE_START.test(lines[start]!.text)) start++;
  if (start >= lines.length || start === 0) return { body: [...lines], notes: [] };
  const notes: Segment[][] = [];
  let prev: Line | null = null;
  for (const line of lines.slice(start)) {
    const marker = NOTE_START.exec(line.text);
    const current = notes[notes.length - 1];
    if (marker || !current || !prev) {
      const note: Segment[] = [{ text: `<sup>${marker?.[1] ?? marker?.[2] ?? '*'}</sup> `, bold: false }];
      for (const seg of withoutMarker(line.segments, marker?.[0] ?? '')) pushSegment(note, seg.text, seg.bold);
      notes.push(note);
    } else {
      pushSegment(current, isWrapped(prev, line, layout) ? ' ' : '\n', false);
      for (const seg of line.segments) pushSegment(current, seg.text, seg.bold);
    }
    prev = line;
  }
  return { body: lines.slice(0, start), notes };
}

function withoutMarker(segments: readonly Segment[], marker: string): Segment[] {
  let rest = marker.length;
  const out: Segment[] = [];
  for (const seg of segments) {
    if (rest >= seg.text.length) {
      rest -= seg.text.length;
      continue;
    }
    out.push({ text: seg.text.slice(rest), bold: seg.bold });
    rest = 0;
  }
  return out;
}

/** The numbers of a page's notes, as their markers read (`1`, `2`, `*`). */
export function noteNumbers(notes: readonly Segment[][]): string[] {
  return notes.map((n) => /^<sup>([^<]+)<\/sup>/.exec(n[0]?.text ?? '')?.[1]).filter((n): n is string => !!n);
}

/**
 * pdf.js merges a raised marker set in the same font into the text before it ("members.1"), so
 * the layout cannot see it. The page's notes say which numbers to look for: the first such
 * number glued to the end of a word or of punctuation becomes `<sup>n</sup>`.
 */
export function markGluedMarkers(paragraphs: Segment[][], numbers: readonly string[]): void {
  for (const n of numbers) {
    if (!/^\d+$/.test(n)) continue;
    if (paragraphs.some((p) => p.some((s) => s.text.includes(`<sup>${n}</sup>`)))) continue;
    const glued = new RegExp(`(?<=[^\\s\\d/<>.-]|[^\\s\\d]\\.)${n}(?=[\\s,;:)]|$)`);
    const seg = paragraphs.flat().find((s) => glued.test(s.text));
    if (seg) seg.text = seg.text.replace(glued, `<sup>${n}</sup>`);
  }
}
