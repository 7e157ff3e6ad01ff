/**
 * Paragraphs arrive with markdown left in: `**bold**`, `<sup>1</sup>` footnote calls, links,
 * hard-wrapped lines. Recognisers work on plain text and need to know which spans were bold
 * (a letter bolds the names of the persons it is about at their first mention).
 */
import { squash } from '../../domain/text.js';

export interface PlainText {
  text: string;
  /** Bold spans in `text`, as [start, end). */
  bold: Array<[number, number]>;
}

const SUP = /<sup>[^<]{0,20}<\/sup>/gi;
const TAG = /<\/?[a-z][^>]{0,40}>/gi;
const LINK = /\[([^\]]{0,200})\]\([^)\s]{0,500}\)/g;
const UNDERSCORE_BOLD = /__/g;

/** Plain text of one paragraph with the bold spans it had. */
export function toPlain(paragraph: string): PlainText {
  let cleaned = paragraph;
  if (cleaned.includes('<')) cleaned = cleaned.replace(SUP, '').replace(TAG, '');
  if (cleaned.includes('](')) cleaned = cleaned.replace(LINK, '$1');
  if (cleaned.includes('__')) cleaned = cleaned.replace(UNDERSCORE_BOLD, '**');
  cleaned = squash(cleaned);
  // Squashed and without bold markers: nothing more to do.
  if (!cleaned.includes('**')) return { text: cleaned, bold: [] };
  const bold: Array<[number, number]> = [];
  let text = '';
  let open = -1;
  let i = 0;
  while (i < cleaned.length) {
    const next = cleaned.indexOf('**', i);
    if (next < 0) {
      text += cleaned.slice(i);
      break;
    }
    text += cleaned.slice(i, next);
    if (open < 0) open = text.length;
    else {
      if (text.length > open) bold.push([open, text.length]);
      open = -1;
    }
    i = next + 2;
  }
  if (open >= 0 && text.length > open) bold.push([open, text.length]);
  if (!/^\s|\s\s|\s$/.test(text)) return { text, bold };
  return { text: squash(text), bold: boldAfterSquash(text, bold) };
}

// Removing markers can leave double spaces; recompute spans against the squashed text.
function boldAfterSquash(raw: string, bold: Array<[number, number]>): Array<[number, number]> {
  const map: number[] = [];
  let out = 0;
  let prevSpace = true;
  for (let i = 0; i < raw.length; i++) {
    const space = /\s/.test(raw[i]!);
    map.push(out);
    if (!(space && prevSpace)) out++;
    prevSpace = space;
  }
  map.push(out);
  return bold.map(([s, e]) => [map[s]!, map[e]!] as [number, number]);
}

/** Text without markdown markers: for event texts and titles. */
export function plainText(paragraph: string): string {
  return toPlain(paragraph).text;
}

export function isBold(plain: PlainText, start: number, end: number): boolean {
  return plain.bold.some(([s, e]) => start >= s - 1 && end <= e + 1);
}
