/**
 * Whether two spellings name the same person: `Sekerbayeva`/`Sekerbaeva`, `Clément`/`Clement`,
 * `Serzhan`/`Serzzhan`, and a surname alone against the full name.
 */
import { fold } from '../../domain/text.js';

// Names are compared again and again while persons are merged: their tokens are kept (read-only).
const tokensOf = new Map<string, readonly string[]>();

export function nameTokens(name: string): readonly string[] {
  let tokens = tokensOf.get(name);
  if (!tokens) {
    tokens = fold(name).split(' ').filter((t) => t.length > 0);
    if (tokensOf.size >= 20_000) tokensOf.clear();
    tokensOf.set(name, tokens);
  }
  return tokens;
}

// Two rows reused by every call: names are compared by the thousand, the rows were most of the garbage.
let prevRow = new Int32Array(64);
let curRow = new Int32Array(64);

/** Edit distance, stopped early past `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (prevRow.length <= b.length) {
    prevRow = new Int32Array(b.length + 1);
    curRow = new Int32Array(b.length + 1);
  }
  let prev = prevRow;
  let cur = curRow;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    const done = prev;
    prev = cur;
    cur = done;
  }
  return prev[b.length]!;
}

/** Two folded tokens are spellings of one word: equal, or close enough for their length. */
export function similarToken(a: string, b: string): boolean {
  if (a === b) return true;
  const len = Math.min(a.length, b.length);
  if (len < 5) return false;
  // Slavic feminine/masculine surnames differ by a final `a` only: they are two people.
  if (a + 'a' === b || b + 'a' === a) return false;
  return distance(a, b, len >= 9 ? 2 : 1) <= (len >= 9 ? 2 : 1);
}

/** Every token of the shorter name has a spelling in the longer one. */
export function sameName(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (!ta.length || !tb.length) return false;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  return short.every((t) => long.some((u) => similarToken(t, u)));
}


/** Strip a possessive (`Smailova’s`, `Smailova'`) from the end of a name. */
export function stripPossessive(name: string): string {
  return name.replace(/['’]s?$/u, '');
}
