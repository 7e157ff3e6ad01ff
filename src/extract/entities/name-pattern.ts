/**
 * How a person's name is written: capitalised words (all capitals allowed, `Estrada-Tanck`,
 * `O’Brien`, `al-Khawaja`), joined by particles (`de la`, `van der`, `bin`).
 */
import { fold } from '../../domain/text.js';
import { HONORIFIC_WORDS } from './honorifics.js';
import { MONTH_WORDS, NOT_NAME_WORDS } from './vocabulary.js';

const HONORIFICS = new Set(HONORIFIC_WORDS.map((h) => fold(h)));

// A word, or an initial with its full stop (`A. B. Kariuki`).
export const NAME_WORD = String.raw`(?:(?:(?:al|el|ad|as|ash|at|ar|ud|d|l)['’-])?\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*|\p{Lu}\.(?=\s+\p{Lu}))`;
const PARTICLE = String.raw`(?:de(?:\s+la|\s+las|\s+los)?|del|da|do|dos|das|della|di|du|des|van(?:\s+der|\s+den)?|von|ter|bin|ibn|bint|ben|al|el|abu|bou)`;

/** One to `max` name words with particles between them. */
export function nameSource(max = 6): string {
  return String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)*${NAME_WORD}){0,${max - 1}}`;
}

const INITIAL = /^\p{Lu}\.$/u;

const PARTICLES = new Set(
  ['de', 'la', 'las', 'los', 'del', 'da', 'do', 'dos', 'das', 'della', 'di', 'du', 'des', 'van', 'der', 'den', 'von', 'ter', 'bin', 'ibn', 'bint', 'ben', 'al', 'el', 'abu', 'bou'],
);

/**
 * The person's name inside a captured run of words: a possessive cut off, the run stopped at
 * the first word that cannot be part of a name, leading titles dropped. Null when nothing is left.
 */
export function cleanName(raw: string, options: { minWords?: number; dropLeading?: boolean } = {}): string | null {
  // The same names come back at every mention: a bounded cache of the answers.
  const key = `${options.minWords ?? 1}${options.dropLeading !== false ? 'd' : 'k'}${raw}`;
  const hit = cleaned.get(key);
  if (hit !== undefined) return hit;
  const name = clean(raw, options);
  if (cleaned.size >= CLEANED_CACHE_SIZE) cleaned.clear();
  cleaned.set(key, name);
  return name;
}

const cleaned = new Map<string, string | null>();
const CLEANED_CACHE_SIZE = 20_000;

function clean(raw: string, options: { minWords?: number; dropLeading?: boolean }): string | null {
  const minWords = options.minWords ?? 1;
  const tokens = raw.split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i]!;
    const possessive = /['’]s?$/u.test(token) && !/^\p{Lu}['’]$/u.test(token);
    if (possessive) token = token.replace(/['’]s?$/u, '');
    const key = fold(token);
    if (INITIAL.test(token)) {
      // `M. Amadou Kessé`: a leading `M.` is the French honorific, not an initial.
      if (kept.length > 0 || !HONORIFICS.has(key)) kept.push(token);
      continue;
    }
    // `Hind El Fassi`, `Aisha Ben Salem`: a particle written with a capital, inside a name.
    const next = tokens[i + 1];
    if (kept.length > 0 && PARTICLES.has(key) && next !== undefined && /^\p{Lu}\p{Ll}/u.test(next) && !NOT_NAME_WORDS.has(fold(next))) {
      kept.push(token);
      continue;
    }
    const isWord = /^\p{Lu}/u.test(token) || /^(?:al|el|ad|as|ash|at|ar|ud|d|l)['’-]/u.test(token);
    // Right after an honorific, a short capitalised word before another name word is a name (`Mr. Le Van Duc`, `Ms. An Ho`).
    const surname = kept.length === 0 && options.dropLeading === false && key.length <= 3 && !HONORIFICS.has(key) && next !== undefined
      && /^\p{Lu}\p{Ll}/u.test(next) && !NOT_NAME_WORDS.has(fold(next)) && !HONORIFICS.has(fold(next));
    const bad = isWord && !surname && (NOT_NAME_WORDS.has(key) || HONORIFICS.has(key) || key.length === 0);
    if (bad || (!isWord && !PARTICLES.has(key))) {
      if (kept.length === 0 && options.dropLeading !== false) continue;
      // `Voices Without Walls Coalition`: a run that goes on into an institution's word is its name.
      if (bad && options.dropLeading !== false) return null;
      break;
    }
    kept.push(token);
    if (possessive) break;
  }
  while (kept.length && (PARTICLES.has(fold(kept[kept.length - 1]!)) || INITIAL.test(kept[kept.length - 1]!))) kept.pop();
  const words = kept.filter((t) => !PARTICLES.has(fold(t)));
  if (words.length < minWords || words.every((w) => INITIAL.test(w))) return null;
  if (words.length === 1 && MONTH_WORDS.has(fold(words[0]!))) return null;
  // A run of capitals only (`NGO`, `UN`) is an acronym, not a name.
  if (words.length === 1 && /^[\p{Lu}\d]+$/u.test(words[0]!) && words[0]!.length <= 4) return null;
  return kept.join(' ');
}
