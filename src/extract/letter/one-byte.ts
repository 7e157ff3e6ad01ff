/**
 * V8 keeps a string one byte a character when every character fits (Latin-1), two bytes otherwise,
 * and a slice of a two-byte string stays two-byte. One curly quote makes a whole letter two-byte,
 * and every paragraph cut from it too: the Unicode-aware patterns of the recognisers scan such
 * strings up to twice slower. `oneByteLines` gives the Latin-1 lines of a text as one-byte strings.
 */
import { Buffer } from 'node:buffer';

/** Any character beyond Latin-1. */
export const WIDE_CHAR = /[^\x00-\xff]/;

const WIDE_CHARS = /[^\x00-\xff]/g;

/** The position of the first character beyond Latin-1 in `text` from `from`, or the text's length. */
function nextWide(text: string, from: number): number {
  WIDE_CHARS.lastIndex = from;
  const m = WIDE_CHARS.exec(text);
  return m ? m.index : text.length;
}

/**
 * The lines of `text` (`text.split('\n')`), at the cost of one copy of the whole text: those with
 * only Latin-1 characters (C1 controls included) as slices of a one-byte copy, the others as they
 * are. Copying line by line cost a loop over every character and a decoder call per line.
 */
export function oneByteLines(text: string, lines: string[]): string[] {
  // Each character to its low byte and back: the Latin-1 ones unchanged, the wider ones garbled
  // (never read: their lines are kept as they are).
  const narrow = Buffer.from(text, 'latin1').toString('latin1');
  const out: string[] = [];
  let wide = nextWide(text, 0);
  let at = 0;
  for (const line of lines) {
    const end = at + line.length;
    if (wide < end) {
      out.push(line);
      wide = nextWide(text, end);
    } else out.push(narrow.slice(at, end));
    at = end + 1;
  }
  return out;
}
