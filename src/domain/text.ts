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

/** `Clément  Nyaletsossi-Voule` → `clement nyaletsossi voule`. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(NON_WORD, ' ')
    .trim();
}

/** Folded and without spaces: `NeMolchi.KZ` and `NeMolchiKz` both give `nemolchikz`. */
export function foldCompact(text: string): string {
  return fold(text).replace(/ /g, '');
}

/** Collapse runs of white space (including non-breaking spaces) to one space. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f]+/g, ' ').trim();
}
