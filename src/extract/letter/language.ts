/** The language of a document, from its commonest short words: letters go out in English, French or Spanish. */
import type { Language } from '../../domain/dates.js';

const WORDS: Record<Language, Set<string>> = {
  en: new Set(['the', 'of', 'and', 'to', 'in', 'that', 'is', 'was', 'for', 'with', 'on', 'we', 'have', 'has', 'by', 'be', 'this', 'which', 'her', 'his']),
  fr: new Set(['le', 'la', 'les', 'des', 'du', 'et', 'de', 'que', 'qui', 'une', 'dans', 'pour', 'sur', 'par', 'au', 'aux', 'nous', 'est', 'été', 'il', 'elle', 'ses', 'son']),
  es: new Set(['el', 'la', 'los', 'las', 'del', 'y', 'de', 'que', 'en', 'una', 'por', 'para', 'con', 'al', 'se', 'su', 'sus', 'fue', 'ha', 'sobre', 'como', 'nuestra']),
};

// One look-up per word: the languages each short word counts for.
const LANGUAGES_OF = new Map<string, Language[]>();
for (const l of ['en', 'fr', 'es'] as const) for (const w of WORDS[l]) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), l]);

// Letters of the Basic Multilingual Plane up to U+2FFF, tabled once: the words are found by a plain
// loop over character codes, several times faster than a Unicode regex over the sample.
const LETTER = /\p{L}/u;
const TABLE_SIZE = 0x3000;
const LETTER_TABLE = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) LETTER_TABLE[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 0;
const LONGEST_WORD = Math.max(...Object.values(WORDS).flatMap((set) => [...set].map((w) => w.length)));

/** The length of the letter at `i` (two for a surrogate pair), 0 when it is not a letter. */
function letterAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < TABLE_SIZE) return LETTER_TABLE[c]!;
  const cp = text.codePointAt(i)!;
  return LETTER.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

// The short words by a hash of their code units, computed while a word is read: most words of a
// text are given up without being cut out of it.
const hashStep = (h: number, c: number) => (Math.imul(h, 31) + c) | 0;
const BY_HASH = new Map<number, Array<[string, Language[]]>>();
for (const [word, languages] of LANGUAGES_OF) {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = hashStep(h, word.charCodeAt(k));
  BY_HASH.set(h, [...(BY_HASH.get(h) ?? []), [word, languages]]);
}

/** Whether a hash may be a short word's: one byte a bucket, set for every word's hash (most words need no Map look-up). */
const HASH_BUCKETS = 0x1000;
const MAY_BE_WORD = new Uint8Array(HASH_BUCKETS);
for (const h of BY_HASH.keys()) MAY_BE_WORD[h & (HASH_BUCKETS - 1)] = 1;

export function detectLanguage(text: string): Language | null {
  const sample = text.slice(0, 6_000).toLowerCase();
  const counts: Record<Language, number> = { en: 0, fr: 0, es: 0 };
  const n = sample.length;
  for (let i = 0; i < n; ) {
    const start = i;
    let h = 0;
    // letterAt inlined for the tabled characters: this loop reads every character of the sample.
    while (i < n) {
      const c = sample.charCodeAt(i);
      if (c < TABLE_SIZE) {
        if (LETTER_TABLE[c] === 0) break;
        h = hashStep(h, c);
        i++;
        continue;
      }
      const len = letterAt(sample, i);
      if (len === 0) break;
      h = hashStep(h, c);
      if (len === 2) h = hashStep(h, sample.charCodeAt(i + 1));
      i += len;
    }
    if (i === start) {
      i++;
      continue;
    }
    if (i - start > LONGEST_WORD || MAY_BE_WORD[h & (HASH_BUCKETS - 1)] === 0) continue;
    const entries = BY_HASH.get(h);
    if (!entries) continue;
    for (const [word, languages] of entries) {
      if (word.length === i - start && sample.startsWith(word, start)) for (const l of languages) counts[l]++;
    }
  }
  const ranked = (Object.entries(counts) as Array<[Language, number]>).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 5 || best[1] < (second?.[1] ?? 0) * 1.2) return null;
  return best[0];
}

/**
 * The language of a document in another script, which the three languages of the letters leave
 * unread: replies from Permanent Missions come in Russian, Arabic and Chinese too. By the script
 * most of its letters are in, then by the letters only one language of that script has.
 */
const CYRILLIC = /[\u0400-\u04ff]/gu;
const ARABIC = /[\u0600-\u06ff]/gu;
const HAN = /[\u4e00-\u9fff]/gu;
const LATIN = /[A-Za-z\u00c0-\u024f]/gu;
const KAZAKH = /[әғқңөұүһӘҒҚҢӨҰҮҺ]/gu;
const UKRAINIAN = /[їєґЇЄҐ]/gu;
const BELARUSIAN = /[ўЎ]/gu;
const PERSIAN = /[پچژگ]/gu;

const count = (re: RegExp, text: string) => text.match(re)?.length ?? 0;

export function scriptLanguage(text: string): string | null {
  const sample = text.slice(0, 6_000);
  const latin = count(LATIN, sample);
  const cyrillic = count(CYRILLIC, sample);
  const arabic = count(ARABIC, sample);
  const han = count(HAN, sample);
  const most = Math.max(cyrillic, arabic, han);
  // Chinese needs fewer characters than alphabets for the same text.
  if (most === 0 || (han === most ? han * 3 : most) <= latin) return null;
  if (han === most) return 'zh';
  if (arabic === most) return count(PERSIAN, sample) > 2 ? 'fa' : 'ar';
  const share = (re: RegExp) => count(re, sample) / cyrillic;
  if (share(KAZAKH) > 0.005) return 'kk';
  if (share(UKRAINIAN) > 0.003) return 'uk';
  if (share(BELARUSIAN) > 0.003) return 'be';
  return 'ru';
}
