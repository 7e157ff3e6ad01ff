/**
 * When two spellings name the same person or organisation. The same person is written many
 * ways (`Sekerbayeva`/`Sekerbaeva`, `Clément Nyasletsossi Voule`/`Clement Nyaletsossi Voule`,
 * `Smailova Dinara`); each way two spellings may be the same is a named rule, so that every merge
 * can say why it was made. The rules are deliberately narrow: a false merge puts one person's
 * letters under another's name, a missed one only leaves two entries a person can merge by hand.
 * Pure functions: the store finds candidates (trigrams, skeleton keys), these decide.
 */
import { fold, foldCompact } from './text.js';

export const PERSON_RULES = {
  'same-folded-name': 'the same name once case, diacritics and punctuation are ignored',
  'reordered-tokens': 'the same names in another order',
  'transliteration-variant': 'the same names in another transliteration (y between vowels, doubled letters, kh/h, ks/x, ie/ye, iy/y, ya/ia, ou/u, oo/u, ee/i, j/dj/zh, Mohammed/Muhammad)',
  'same-compact-name': 'the same letters written in other words (Abdulhadi Al-Khawaja, Abdul-Hadi Alkhawaja)',
  'small-edit-long-name': 'one long name differs by a letter or two and every other name is the same',
  'variants-in-one-letter': 'one letter gives both spellings for the same person',
} as const;
export type PersonRule = keyof typeof PERSON_RULES;

export const ORGANIZATION_RULES = {
  'same-compact-name': 'the same name once case, diacritics, spaces, dots and # are ignored',
  'generic-word-dropped': 'the same name with or without a word such as Foundation or Association',
  'spelling-variant': 'the same name in British or American spelling (Centre, Center; Organisation, Organization)',
  'variants-in-one-letter': 'one letter gives both spellings for the same organisation',
} as const;
export type OrganizationRule = keyof typeof ORGANIZATION_RULES;

export interface NameMatch<R extends string> {
  rule: R;
  /** What the rule saw, in words: `nyaletsossi ~ nyasletsossi (1 edit)`. */
  detail: string;
}

/** Titles written before names; never part of a person's identity. */
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'mme', 'mlle', 'm', 'sr', 'sra', 'srta', 'don', 'dona', 'sir', 'madam', 'monsieur', 'madame', 'senor', 'senora',
]);

/** Folded tokens of a person's name without honorifics: `Ms. Dinara Smailova` → `dinara`, `smailova`. */
export function nameTokens(name: string): string[] {
  return fold(name)
    .split(' ')
    .filter((t) => t && !HONORIFICS.has(t));
}

/**
 * One token reduced to a transliteration skeleton: spellings of the same Cyrillic, Arabic or
 * other name in different romanisations reduce to the same skeleton.
 * `sekerbayeva` and `sekerbaeva` → `sekerbaeva`; `serzzhan` and `serzhan` → `serjan`.
 */
export function transliterationSkeleton(token: string): string {
  const family = GIVEN_NAME_FAMILIES.get(token);
  if (family) return family;
  let t = token.replace(/ee(?=.)/g, 'i').replace(/oo(?=.)/g, 'u'); // Nabeel, Nabil; Mansoor, Mansour
  t = t.replace(/(.)\1+/g, '$1'); // doubled letters: serzzhan → serzhan
  t = t.replace(/dzh|dj|zh/g, 'j'); // Dzhamilya, Djamila, Zhanar, Jamila
  t = t.replace(/kh/g, 'h'); // Khalil, Halil
  t = t.replace(/ks/g, 'x'); // Aleksandr, Alexandr
  t = t.replace(/ou/g, 'u'); // Yousef, Yusef
  t = t.replace(/^[yi]e/, 'e'); // Yelena, Ielena, Elena
  t = t.replace(/([aeiou])y(?=[aeiou])/g, '$1'); // y between vowels: Sekerbayeva, Sekerbaeva
  t = t.replace(/([^aeiouy])y(?=[aeiou])/g, '$1i'); // y after a consonant: Byalyatski, Bialiatski
  t = t.replace(/(?:ii|iy|yi|y)$/, 'i'); // Dmitriy, Dmitrii, Dmitry, Dmitri
  t = t.replace(/iy/g, 'y'); // Dmitriyev → Dmitryev
  t = t.replace(/ye/g, 'ie'); // Dmitryev, Dmitriev
  return t.replace(/(.)\1+/g, '$1');
}

/**
 * Given names so common, and romanised so many ways, that each family is one skeleton: the rules
 * above would keep `Mohammed` and `Muhammad` apart by a vowel they cannot safely ignore in general.
 */
const GIVEN_NAME_FAMILIES = new Map<string, string>(
  Object.entries({
    muhamad: ['muhammad', 'mohammad', 'mohammed', 'muhammed', 'mohamed', 'mohamad', 'muhamad', 'mouhamed', 'mohamud', 'muhamed'],
    ahmad: ['ahmad', 'ahmed'],
    husain: ['hussein', 'hussain', 'husain', 'husein', 'husayn', 'hossein', 'hosein'],
    abdulah: ['abdullah', 'abdallah', 'abdulla', 'abdellah', 'abdalla'],
    yusuf: ['yusuf', 'yousef', 'youssef', 'yousif', 'yusef', 'youssif', 'yussuf', 'yousuf'],
    umar: ['omar', 'umar', 'omer'],
  }).flatMap(([skeleton, spellings]) => spellings.map((s): [string, string] => [s, skeleton])),
);

/** A name's letters without its word breaks, as a skeleton: `Abdul-Hadi Al Khawaja` → `abdulhadialhawaja`. */
function compactSkeleton(tokens: string[]): string {
  return transliterationSkeleton(tokens.join(''));
}
/** Shortest compact name the compact rule joins: two short words say too little. */
const COMPACT_MIN = 10;

/** The exact-match key of a person's name: folded, honorifics dropped. */
export function personMatchKey(name: string): string {
  return nameTokens(name).join(' ');
}

/** The candidate key: skeletons of the tokens, sorted (catches reordered and transliterated names). */
export function personSkeletonKey(name: string): string {
  return nameTokens(name).map(transliterationSkeleton).sort().join(' ');
}

/** Shortest token (skeleton) length for the edit rule, and the edits allowed by length. */
const EDIT_MIN_LENGTH = 8;
const editsAllowed = (len: number) => (len >= 12 ? 2 : len >= EDIT_MIN_LENGTH ? 1 : 0);

/**
 * Candidate keys for the small-edit rule: for each long token, the sorted skeletons with that
 * token replaced by its first letter and `*`. Two names the rule may join share a key (every
 * other token the same, the edited one long and starting alike), so the store finds them by
 * array overlap instead of a fuzzy scan. `Clement Nyaletsossi Voule` → `clement n* voule`.
 */
export function personEditKeys(name: string): string[] {
  const tokens = nameTokens(name);
  const skeletons = tokens.map(transliterationSkeleton);
  if (skeletons.length < 2) return [];
  const keys = new Set<string>();
  // The compact rule's key: `=` keeps it apart from the edit keys, which always hold a space.
  const compact = compactSkeleton(tokens);
  if (compact.length >= COMPACT_MIN) keys.add(`=${compact}`);
  skeletons.forEach((t, i) => {
    if (t.length < EDIT_MIN_LENGTH) return;
    keys.add(skeletons.map((x, j) => (j === i ? `${t[0]}*` : x)).sort().join(' '));
  });
  return [...keys];
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}


export interface PersonFacts {
  name: string;
  gender?: 'female' | 'male' | null;
}

const sameArray = (a: string[], b: string[]) => a.length === b.length && a.every((t, i) => t === b[i]);
const sorted = (a: string[]) => [...a].sort();

/** Whether two spellings name the same person, and by which rule; null when they must stay apart. */
export function matchPersonNames(a: PersonFacts | string, b: PersonFacts | string): NameMatch<PersonRule> | null {
  const pa = typeof a === 'string' ? { name: a } : a;
  const pb = typeof b === 'string' ? { name: b } : b;
  if (pa.gender && pb.gender && pa.gender !== pb.gender) return null;
  const ta = nameTokens(pa.name);
  const tb = nameTokens(pb.name);
  if (ta.length === 0 || tb.length === 0) return null;
  if (sameArray(ta, tb)) return { rule: 'same-folded-name', detail: ta.join(' ') };
  // Every other rule needs at least two names on each side: one name alone says too little.
  if (ta.length < 2 || tb.length < 2) return null;
  if (ta.length !== tb.length) return sameCompact(ta, tb);
  if (sameArray(sorted(ta), sorted(tb))) return { rule: 'reordered-tokens', detail: `${ta.join(' ')} ~ ${tb.join(' ')}` };

  const sa = ta.map(transliterationSkeleton);
  const sb = tb.map(transliterationSkeleton);
  if (sameArray(sa, sb) || sameArray(sorted(sa), sorted(sb))) {
    // Pair the tokens by skeleton (in order, or sorted when the order differs) and name the changed ones.
    const order = (s: string[]) => s.map((_, i) => i).sort((i, j) => (s[i]! < s[j]! ? -1 : s[i]! > s[j]! ? 1 : 0));
    const [ia, ib] = sameArray(sa, sb) ? [ta.map((_, i) => i), tb.map((_, i) => i)] : [order(sa), order(sb)];
    const changed = ia.flatMap((i, k) => (ta[i] !== tb[ib[k]!] ? [`${ta[i]} ~ ${tb[ib[k]!]}`] : []));
    return { rule: 'transliteration-variant', detail: `${changed.join(', ')}${sameArray(sa, sb) ? '' : ' (names reordered)'}` };
  }
  // One long token with a small edit, every other token the same (in either order).
  for (const [xa, xb] of [
    [sa, sb],
    [sorted(sa), sorted(sb)],
  ] as const) {
    const differing = xa.flatMap((t, i) => (t !== xb[i] ? [i] : []));
    if (differing.length !== 1) continue;
    const i = differing[0]!;
    const u = xa[i]!;
    const v = xb[i]!;
    const allowed = editsAllowed(Math.min(u.length, v.length));
    if (allowed === 0 || u[0] !== v[0]) continue;
    const dist = editDistance(u, v);
    if (dist <= allowed) {
      const spelled = `${ta[sa.indexOf(u)] ?? u} ~ ${tb[sb.indexOf(v)] ?? v}`;
      return { rule: 'small-edit-long-name', detail: `${spelled} (${dist} edit${dist > 1 ? 's' : ''})` };
    }
  }
  return sameCompact(ta, tb);
}

/** The compact rule: the same letters, the words cut elsewhere (`Abdul-Hadi Alkhawaja`, `Abdulhadi Al-Khawaja`). */
function sameCompact(ta: string[], tb: string[]): NameMatch<PersonRule> | null {
  const ca = compactSkeleton(ta);
  return ca.length >= COMPACT_MIN && ca === compactSkeleton(tb) ? { rule: 'same-compact-name', detail: `${ta.join(' ')} ~ ${tb.join(' ')}` } : null;
}

/** Words that name the kind of organisation rather than the organisation, dropped at either end. */
const GENERIC_ORG_WORDS = [
  'public foundation', 'public association', 'foundation', 'fondation', 'fundacion', 'fundacao', 'association',
  'asociacion', 'associacao', 'ngo', 'the',
];
const GENERIC_RE = new RegExp(`^(?:(?:${GENERIC_ORG_WORDS.join('|')}) )+|(?: (?:${GENERIC_ORG_WORDS.join('|')}))+$`, 'g');

/** The exact-match key of an organisation: `NeMolchi.KZ`, `#NeMolchiKZ` → `nemolchikz`. */
export function organizationMatchKey(name: string): string {
  return foldCompact(name);
}

/** The organisation's name without generic words, compact: `NeMolchiKZ Foundation` → `nemolchikz`. */
export function organizationSkeletonKey(name: string): string {
  return organizationCore(name) ?? foldCompact(name);
}

/** British spellings of the words organisations' names use, as American English writes them. */
const AMERICAN: Record<string, string> = { centre: 'center', centres: 'centers', organisation: 'organization', organisations: 'organizations', defence: 'defense', labour: 'labor', programme: 'program' };
const BRITISH_WORD = new RegExp(`\\b(?:${Object.keys(AMERICAN).join('|')})\\b`, 'g');
const american = (folded: string) => folded.replace(BRITISH_WORD, (w) => AMERICAN[w]!);

/** The compact core without generic words, in American spelling; null when nothing specific is left (`The Foundation`). */
function organizationCore(name: string, inAmerican = true): string | null {
  const folded = inAmerican ? american(fold(name)) : fold(name);
  const core = folded.replace(GENERIC_RE, '').trim();
  if (!core || GENERIC_ORG_WORDS.includes(core)) return null;
  return core.replace(/ /g, '');
}

/** Shortest core for the generic-word rule: `The Fund` and `Fund` say too little. */
const ORG_CORE_MIN = 4;

export function matchOrganizationNames(a: string, b: string): NameMatch<OrganizationRule> | null {
  const ka = organizationMatchKey(a);
  const kb = organizationMatchKey(b);
  if (!ka || !kb) return null;
  if (ka === kb) return { rule: 'same-compact-name', detail: ka };
  const ca = organizationCore(a);
  const cb = organizationCore(b);
  if (ca && ca === cb && ca.length >= ORG_CORE_MIN) {
    const sameSpelling = organizationCore(a, false) === organizationCore(b, false);
    return { rule: sameSpelling ? 'generic-word-dropped' : 'spelling-variant', detail: `${ka} ~ ${kb} (core ${ca})` };
  }
  return null;
}

/** What a spelling is stored with, for finding it again and for the rules' candidates. */
export interface NameKeys {
  name: string;
  matchKey: string;
  folded: string;
  skeleton: string;
  editKeys: string[];
}

/**
 * The version of the keys `nameKeys` makes. Stored spellings carry keys made by the version of
 * their day; a store behind this one keys every spelling again when it opens (store/name-keys.ts).
 */
export const NAME_KEYS_VERSION = 2;

export function nameKeys(kind: 'person' | 'organization', name: string): NameKeys {
  if (kind === 'person') {
    const key = personMatchKey(name);
    return { name, matchKey: key, folded: key, skeleton: personSkeletonKey(name), editKeys: personEditKeys(name) };
  }
  return { name, matchKey: organizationMatchKey(name), folded: fold(name), skeleton: organizationSkeletonKey(name), editKeys: [] };
}
