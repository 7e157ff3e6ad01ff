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
