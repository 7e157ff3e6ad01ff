/**
 * The pool of invented people. Person number i is a pure function of (seed, i): no pool is held in
 * memory, and every index gives a different full name. Each person has a canonical spelling and a
 * few variants (transliteration, diacritics, doubled letters) that letters use interchangeably.
 */
import { NAME_CULTURES, STRIP_DIACRITICS, type NameCulture } from './name-cultures.js';
import { Rng } from './prng.js';

export type Gender = 'female' | 'male';

export interface Spelling {
  /** Full name as written: `Aigerim Tulegenova`. */
  full: string;
  /** How the letter refers to the person after the first mention: `Tulegenova`. */
  short: string;
}

export interface Identity {
  /** Canonical identity id, stable for a seed: `P000042`. */
  id: string;
  culture: string;
  gender: Gender;
  /** The canonical spelling first, then variants. */
  spellings: Spelling[];
}

const feminine = (family: string, c: NameCulture, g: Gender) =>
  family.replace('{f}', g === 'female' ? (c.feminineEnding ?? '') : '');

function compose(c: NameCulture, given: string, middle: string, family: string): Spelling {
  if (c.id === 'vietnamese') {
    const full = [family, middle, given].filter(Boolean).join(' ');
    return { full, short: given.split(' ').pop()! };
  }
  const full = [given, middle, family].filter(Boolean).join(' ');
  return { full, short: middle && c.id === 'latin-american' ? `${family}` : family };
}

/** Double one consonant of a word (`Serzhan` → `Serzzhan`), chosen by `k`. */
function doubleLetter(word: string, k: number): string {
  const spots: number[] = [];
  for (let i = 1; i < word.length - 1; i++) if (/[bcdfgklmnprstvz]/.test(word[i]!) && /\p{L}/u.test(word[i + 1]!) && /\p{L}/u.test(word[i - 1]!) && word[i] !== word[i + 1] && word[i] !== word[i - 1]) spots.push(i);
  if (spots.length === 0) return word;
  const at = spots[k % spots.length]!;
  return word.slice(0, at + 1) + word[at] + word.slice(at + 1);
}

function variantsOf(c: NameCulture, given: string, middle: string, family: string, rng: Rng): Spelling[] {
  const base = compose(c, given, middle, family);
  const seen = new Set([base.full]);
  const out: Spelling[] = [base];
  const add = (g: string, m: string, f: string) => {
    const s = compose(c, g, m, f);
    if (!seen.has(s.full) && s.full.trim()) {
      seen.add(s.full);
      out.push(s);
    }
  };
  const rules = rng.sample(c.rules, c.rules.length);
  for (const rule of rules) {
    if (out.length >= 3) break;
    const apply = (w: string) => w.normalize('NFD').replace(rule.from, rule.to).normalize('NFC');
    const f2 = apply(family);
    const g2 = apply(given);
    if (rule === STRIP_DIACRITICS) add(g2, apply(middle), f2);
    else if (f2 !== family) add(given, middle, f2);
    else if (g2 !== given) add(g2, middle, family);
  }
  if (out.length < 3 && c.id !== 'vietnamese') add(given, middle, doubleLetter(family, rng.int(0, 7)));
  if (out.length < 3 && middle) add(given, '', family);
  return out;
}

const middleCount = (c: NameCulture) => Math.max(1, c.middle?.male.length ?? 1, c.middle?.female.length ?? 1);

/** How many distinct names one culture can give (the mixed radix below). */
function capacity(c: NameCulture): number {
  return (c.female.length + c.male.length) * c.family.length * middleCount(c);
}

const LARGE_PRIME = 2_147_483_629;

/** Person number `index` of the pool for `seed`. Distinct indexes give distinct canonical names. */
export function identity(seed: number, index: number): Identity {
  const cultures = NAME_CULTURES;
  const c = cultures[index % cultures.length]!;
  const j = Math.floor(index / cultures.length);
  const cap = capacity(c);
  // A bijection of [0, cap) scrambles the order; past the capacity a numbered middle name keeps names unique.
  const round = Math.floor(j / cap);
  const k = Number((BigInt(j % cap) * BigInt(LARGE_PRIME) + BigInt(seed % cap)) % BigInt(cap));
  const g = k % (c.female.length + c.male.length);
  const gender: Gender = g < c.female.length ? 'female' : 'male';
  const given = gender === 'female' ? c.female[g]! : c.male[g - c.female.length]!;
  const middles = c.middle ? (gender === 'female' ? c.middle.female : c.middle.male) : [''];
  const rest = Math.floor(k / (c.female.length + c.male.length));
  const fi = rest % c.family.length;
  const mi = Math.floor(rest / c.family.length) % middleCount(c);
  let middle = middles[mi % Math.max(1, middles.length)] ?? '';
  if (round > 0) {
    const a = (round - 1) % ROUND_NAMES.length;
    const b = Math.floor((round - 1) / ROUND_NAMES.length);
    middle = [middle, ROUND_NAMES[a]!, b > 0 ? ROUND_NAMES[(b - 1) % ROUND_NAMES.length]! : ''].filter(Boolean).join(' ');
  }
  const family = feminine(c.family[fi]!, c, gender);
  const rng = Rng.of('person', seed, index);
  return {
    id: `P${String(index + 1).padStart(6, '0')}`,
    culture: c.id,
    gender,
    spellings: variantsOf(c, given, middle, family, rng),
  };
}

/** Extra name elements used once the combinations of a culture are exhausted (very large archives). */
const ROUND_NAMES = ['Amir', 'Bela', 'Cira', 'Dano', 'Elan', 'Faro', 'Gali', 'Hanu', 'Ilo', 'Jara', 'Kemi', 'Lior', 'Mado', 'Neri', 'Oren', 'Pia', 'Quen', 'Rami', 'Sela', 'Tavi', 'Uri', 'Vela', 'Wren', 'Yael', 'Zuri'];
