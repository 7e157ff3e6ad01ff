/**
 * Every match of a global regex in a text, like `text.matchAll(re)` but on the regex itself.
 * `matchAll` clones the regex at each call; V8 keeps compiled regex code in a cache that its
 * garbage collector empties, so the clones of large patterns were compiled again and again and
 * ran in the slow regex interpreter meanwhile. Reusing the module's own regex object avoids it.
 * The matches are collected before returning, so a caller may run the same regex again inside
 * its loop.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`allMatches needs a global regex: ${re.source.slice(0, 40)}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return out;
}

/** The index after `i`, a whole surrogate pair in unicode mode (as `matchAll` does on empty matches). */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/**
 * Every match of the alternation `a|b` (two global regexes with the same flags), as `allMatches` finds
 * them. V8 skips ahead quickly only in a pattern that few characters can start: a rare word in small
 * letters among capitalised ones made it try every position of the text, and is better scanned apart.
 */
export function allMatchesOfEither(a: RegExp, b: RegExp, text: string): RegExpExecArray[] {
  if (!a.global || !b.global) throw new Error('allMatchesOfEither needs global regexes');
  const out: RegExpExecArray[] = [];
  let nextA = execFrom(a, text, 0);
  let nextB = execFrom(b, text, 0);
  while (nextA || nextB) {
    // The leftmost match; at the same place, `a`'s, as the alternation tries `a` first.
    const m = !nextB || (nextA && nextA.index <= nextB.index) ? nextA! : nextB;
    out.push(m);
    // As in one scan, the next match starts after this one: a match of the other regex inside it is none.
    const end = m[0] === '' ? advance(text, m.index, a.unicode) : m.index + m[0].length;
    if (nextA && nextA.index < end) nextA = execFrom(a, text, end);
    if (nextB && nextB.index < end) nextB = execFrom(b, text, end);
  }
  a.lastIndex = 0;
  b.lastIndex = 0;
  return out;
}

function execFrom(re: RegExp, text: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(text);
}
