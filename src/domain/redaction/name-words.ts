/** The words of a name as the redaction compares them: folded, titles dropped, short words and particles told apart. */
import { nameTokens, transliterationSkeleton } from '../names.js';
import { fold } from '../text.js';

/** Shortest name word hidden on its own. */
export const MIN_ALONE = 3;
/** Words of names that are also ordinary words of the letters' languages: treated like short words. */
const PARTICLES = new Set([
  'de', 'da', 'di', 'do', 'du', 'del', 'della', 'des', 'dos', 'das', 'la', 'le', 'las', 'los', 'el', 'al', 'y', 'e', 'i',
  'van', 'von', 'der', 'den', 'ter', 'ten', 'zu', 'bin', 'ben', 'ibn', 'bint', 'abu', 'ould', 'mac', 'san', 'santa',
]);
/** Spellings compared by transliteration skeleton only from this length (shorter ones collide). */
const MIN_SKELETON = 5;

export const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export const keyOf = (word: string): string => fold(word).replace(/ /g, '');
export const isShort = (key: string): boolean => key.length < MIN_ALONE || PARTICLES.has(key);
export const skeletonOf = (key: string): string | null => (key.length >= MIN_SKELETON ? transliterationSkeleton(key) : null);

/** The words of a name, folded, titles dropped: `Ms. Dinara Smailova` → `dinara`, `smailova`. */
export function nameWords(name: string): string[] {
  return (name.match(WORD) ?? []).map(keyOf).filter((k) => k !== '' && nameTokens(k).length > 0);
}

export const isTitle = (word: string): boolean => nameTokens(word).length === 0;
