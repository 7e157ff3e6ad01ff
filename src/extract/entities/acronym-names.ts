/**
 * A name spelled out before its acronym: `Ligue algérienne pour la défense des droits de l'homme
 * (LADDH)`, `Comité de Solidaridad con los Presos Políticos (CSPP)`. French and Spanish write an
 * organisation's name in sentence case, where the shape of capitalised words finds nothing; the
 * acronym says where the name starts: at the capitalised word from which the initials of the
 * words that are not joining words spell it (the last word may be left out of it, as `Centre` is
 * in `Election Monitoring and Democracy Studies Centre (EMDS)`), or failing that from which the
 * first letters of its words spell it (`COFADE`).
 */
import { CONNECTOR_WORDS } from './organization-patterns.js';

/** An acronym in brackets: two to ten capitals (a digit or `&` inside). */
export const ACRONYM_IN_BRACKETS = /\((\p{Lu}[\p{Lu}\p{N}&]{1,9})\)/gu;

const JOINING = new Set([...CONNECTOR_WORDS, 'con', 'a', 'au', 'aux', 'with', 'at']);
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
/** Most words a name runs over before its acronym. */
const MAX_WORDS = 14;
/** What may stand between two words of one name: spaces, and a comma (`Union of Writers, Artists and ...`). */
const GAP = /^[\s,]*$/;

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The word without an elided article (`l'Association` → `Association`). */
const bareOf = (word: string) => word.replace(/^[ld]['’]/i, '');

/** The initial a word gives an acronym (`l'homme` gives `H`), or null for a joining word. */
function initialOf(word: string): string | null {
  const bare = bareOf(word);
  if (JOINING.has(word.toLowerCase()) || JOINING.has(bare.toLowerCase())) return null;
  return bare[0]!.toLocaleUpperCase();
}

/**
 * The name spelled out at the end of `before` (the text just before the bracket) for `acronym`,
 * with where it starts in `before`; null when no run of words there spells it.
 */
export function nameBeforeAcronym(before: string, acronym: string): { name: string; start: number } | null {
  // The bracket stands apart from the name: `Name (ACR)`, not `Name(ACR)`.
  if (!/\s$/.test(before)) return null;
  const words: Word[] = [];
  for (const m of before.matchAll(WORD)) words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  const last = words[words.length - 1];
  if (!last || !/^\s*$/.test(before.slice(last.end))) return null;
  const letters = acronym.replace(/[^\p{Lu}\p{N}]/gu, '');
  let initials = '';
  for (let i = words.length - 1; i >= 0 && words.length - i <= MAX_WORDS; i--) {
    const w = words[i]!;
    if (i < words.length - 1 && !GAP.test(before.slice(w.end, words[i + 1]!.start))) return null;
    const initial = initialOf(w.text);
    if (initial) initials = initial + initials;
    if (initials.length > letters.length + 1) return null;
    const bare = bareOf(w.text);
    if (!initial || !/^\p{Lu}/u.test(bare)) continue;
    const spells = initials === letters || (initials.length === letters.length + 1 && initials.startsWith(letters) && initials.length > 2);
    // `de l'Association pour … (ADDD)`: the name starts after the elided article.
    const start = w.start + w.text.length - bare.length;
    if (spells && initials.length >= 2) return { name: before.slice(start, last.end), start };
  }
  return letters.length >= MIN_SYLLABIC ? syllabicName(before, words, letters) : null;
}

/** Fewest letters of an acronym read from the first letters of its words (`COFADEH`). */
const MIN_SYLLABIC = 4;
/** Most letters a word gives such an acronym, and most words at the end that give none. */
const MAX_LETTERS_OF_WORD = 4;
const MAX_SILENT_TAIL = 2;

const lettersOf = (word: string) => bareOf(word).normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();

/**
 * A name whose acronym takes the first letters of its words rather than their initials, as
 * Latin American ones do: `Comité de Familiares de Detenidos Desaparecidos (COFADE)` gives CO, FA
 * and DE. The longest run of words ending before the bracket, from a capitalised word, whose
 * words (joining words aside) give the acronym in order: `Consejo Cívico de …` rather than `Cívico de …`.
 */
function syllabicName(before: string, words: Word[], letters: string): { name: string; start: number } | null {
  const last = words[words.length - 1]!;
  // Each word's letters, null for a joining word.
  const given = words.map((x) => (initialOf(x.text) === null ? null : lettersOf(x.text)));
  let found: { name: string; start: number } | null = null;
  for (let i = words.length - 1; i >= 0 && words.length - i <= MAX_WORDS; i--) {
    const w = words[i]!;
    if (i < words.length - 1 && !GAP.test(before.slice(w.end, words[i + 1]!.start))) break;
    const bare = bareOf(w.text);
    if (!given[i]?.startsWith(letters[0]!) || !/^\p{Lu}/u.test(bare)) continue;
    if (spelledBy(given.slice(i), 0, letters, 0, 0)) {
      const start = w.start + w.text.length - bare.length;
      found = { name: before.slice(start, last.end), start };
    }
  }
  return found;
}

/** Whether the words from `wi` (null for a joining word) give `letters` from `li`, each a prefix of itself. */
function spelledBy(run: ReadonlyArray<string | null>, wi: number, letters: string, li: number, giving: number): boolean {
  if (li === letters.length) return giving >= 2 && run.length - wi <= MAX_SILENT_TAIL;
  if (wi === run.length) return false;
  const word = run[wi];
  if (word === null || word === undefined) return spelledBy(run, wi + 1, letters, li, giving);
  for (let k = Math.min(MAX_LETTERS_OF_WORD, word.length, letters.length - li); k >= (wi === 0 ? 1 : 0); k--) {
    if (word.startsWith(letters.slice(li, li + k)) && spelledBy(run, wi + 1, letters, li + k, giving + (k > 0 ? 1 : 0))) return true;
  }
  return false;
}
