/**
 * Honorifics before a person's name, in English, French and Spanish, with the gender they say.
 * `M.` is French only: in English it is usually a middle initial.
 */
import type { Language } from '../../domain/dates.js';
import { trieSource } from '../../domain/regex-trie.js';

export type Gender = 'female' | 'male';

const FEMALE = ['Ms', 'Mrs', 'Miss', 'Mme', 'Mlle', 'Madame', 'Mademoiselle', 'Sra', 'Srta', 'Señora', 'Señorita', 'Doña', 'Dña', 'señora', 'madame'];
const MALE = ['Mr', 'Monsieur', 'Sr', 'Señor', 'señor', 'monsieur'];
const NEUTRAL = ['Mx', 'Dr', 'Prof', 'Dra'];
const PLURAL = ['Messrs', 'Mmes', 'MM', 'Mesdames', 'Messieurs', 'Sres', 'Sras', 'Srs', 'señores', 'señoras'];

const genderOf = new Map<string, Gender | null>();
for (const h of FEMALE) genderOf.set(h.toLowerCase(), 'female');
for (const h of MALE) genderOf.set(h.toLowerCase(), 'male');
for (const h of NEUTRAL) genderOf.set(h.toLowerCase(), null);
genderOf.set('m', 'male');
genderOf.set('dra', 'female');
genderOf.set('mmes', 'female');
genderOf.set('mesdames', 'female');
genderOf.set('sras', 'female');
genderOf.set('señoras', 'female');

/**
 * The singular honorifics as a prefix tree: where two match, one is the other's prefix, and the tree
 * tries the longer first, as the alternation sorted longest first did (a sixth faster on English letters).
 */
const SINGLES_TREE = trieSource([...FEMALE, ...MALE, ...NEUTRAL]);

const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

/** The honorific itself, as a regex source; callers check that no letter stands before it. */
export function honorificSource(language: Language): string {
  // `M.` and `Me` (maître) are French only: elsewhere an initial and a pronoun. No honorific of the
  // tree can match where they do, so they may come after it.
  const french = language === 'fr' ? '|M(?=\\.)|Me(?=\\s)' : '';
  return `(?:${SINGLES_TREE}${french})`;
}

/** Whether a text may hold a plural honorific: a substring check, much faster than the pattern on long texts that have none. */
// One scan for the capitalised words: twice as fast as an `includes` each. The lower-case ones
// (`señores`) have an `ñ`, looked for first: in one scan, every `s` of the text was a start.
const CAPITALISED_PLURAL = new RegExp(trieSource(PLURAL.filter((w) => w[0] !== 's')));
const LOWER_CASE_PLURAL = new RegExp(trieSource(PLURAL.filter((w) => w[0] === 's')));

export function hasPluralHonorific(text: string): boolean {
  return CAPITALISED_PLURAL.test(text) || (text.includes('ñ') && LOWER_CASE_PLURAL.test(text));
}

export function pluralHonorificSource(): string {
  return `(?:${alternation(PLURAL)})`;
}

/** Every honorific, folded: never a word of a name. */
export const HONORIFIC_WORDS = [...FEMALE, ...MALE, ...NEUTRAL, ...PLURAL, 'M', 'Me'].map((h) => h.toLowerCase());

/** The gender an honorific says; null when it says none (`Dr.`). */
export function honorificGender(honorific: string): Gender | null {
  return genderOf.get(honorific.replace(/\.$/, '').toLowerCase()) ?? null;
}
