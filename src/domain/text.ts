/**
 * Folding text for comparison: the same word written with or without diacritics, in another
 * case, with other quotes or punctuation, folds to the same key. Used for names, titles and
 * aliases everywhere a person types something to find something.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Letters that NFKD does not decompose but that people write without their mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');

const ASCII = /^[\x00-\x7f]*$/;
const ASCII_NON_WORD = /[^a-z0-9]+/g;
// Names and words are folded again and again: a bounded cache of the last results.
const folded = new Map<string, string>();
const FOLD_CACHE_SIZE = 20_000;

/** `Clément  Nyaletsossi-Voule` → `clement nyaletsossi voule`. */
export function fold(text: string): string {
  const hit = folded.get(text);
  if (hit !== undefined) return hit;
  const out = ASCII.test(text)
    ? text.toLowerCase().replace(ASCII_NON_WORD, ' ').trim()
    : text
        .normalize('NFKD')
        .replace(COMBINING_MARKS, '')
        .toLowerCase()
        .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c)
        .replace(NON_WORD, ' ')
        .trim();
  if (text.length <= 200) {
    if (folded.size >= FOLD_CACHE_SIZE) folded.clear();
    folded.set(text, out);
  }
  return out;
}

/** Folded and without spaces: `NeMolchi.KZ` and `NeMolchiKz` both give `nemolchikz`. */
export function foldCompact(text: string): string {
  return fold(text).replace(/ /g, '');
}

/** White space other than single spaces (the `\s` class spelled out, plus U+200B): most texts have none. */
const NEEDS_SQUASH = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** Collapse runs of white space (including non-breaking spaces) to one space. */
export function squash(text: string): string {
  if (!NEEDS_SQUASH.test(text)) return text.trim();
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f]+/g, ' ').trim();
}
