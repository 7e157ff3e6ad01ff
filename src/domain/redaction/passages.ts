/**
 * Confidential passages, matched as written, ignoring case, runs of white space and line breaks, bold marks
 * and the kind of quote or dash. In the record's short fields (an event, a question) a passage also
 * hides the field it contains, and the part of a field it overlaps by 12 characters or more.
 */

/** Fewest characters by which a passage overlapping a record field hides that part of it. */
const MIN_OVERLAP = 12;

const SPACES = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
const isSpace = (code: number) => SPACES.has(code) || (code >= 0x2000 && code <= 0x200b);
const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u02bc': "'", '`': "'", '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-',
};

/** A text with every character's place in the original: white space squashed, case, quotes and dashes folded, bold marks dropped. */
export function normalize(text: string): { text: string; at: number[] } {
  const out: string[] = [];
  const at: number[] = [];
  let lastSpace = true;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const here = i;
    i += code > 0xffff ? 2 : 1;
    if (code === 0x2a) continue; // `*`
    if (isSpace(code)) {
      if (!lastSpace) {
        out.push(' ');
        at.push(here);
        lastSpace = true;
      }
      continue;
    }
    lastSpace = false;
    const ch = text.slice(here, i);
    const c = code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : code < 0x80 && code !== 0x60 ? ch : (QUOTES[ch] ?? ch.toLowerCase());
    for (let k = 0; k < c.length; k++) {
      out.push(c[k]!);
      at.push(here);
    }
  }
  return { text: out.join(''), at };
}

export type Span = [number, number];

/** The spans of `text` where a passage stands; in a record field, also a field inside a passage or overlapping one. */
export function passageSpans(text: string, passages: string[], inField: boolean): Span[] {
  if (passages.length === 0) return [];
  const n = normalize(text);
  const end = (k: number) => n.at[k]! + (text.codePointAt(n.at[k]!)! > 0xffff ? 2 : 1);
  const span = (from: number, to: number): Span => [n.at[from]!, end(to - 1)];
  const spans: Span[] = [];
  const field = n.text.trimEnd();
  for (const p of passages) {
    for (let k = field.indexOf(p); k !== -1; k = field.indexOf(p, k + 1)) spans.push(span(k, k + p.length));
    if (!inField || field.length === 0) continue;
    if (p.includes(field)) spans.push(span(0, field.length));
    for (let len = Math.min(field.length, p.length) - 1; len >= MIN_OVERLAP; len--) {
      if (field.endsWith(p.slice(0, len))) {
        spans.push(span(field.length - len, field.length));
        break;
      }
    }
    for (let len = Math.min(field.length, p.length) - 1; len >= MIN_OVERLAP; len--) {
      if (field.startsWith(p.slice(p.length - len))) {
        spans.push(span(0, len));
        break;
      }
    }
  }
  return spans;
}
