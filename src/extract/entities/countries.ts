/**
 * ISO alpha-3 codes of the countries a document names, in order of first mention: State names
 * in English, French and Spanish from the registry (short forms too: `Aldovia` for `Republic of
 * Aldovia`), and common demonyms (`Kazakh`, `Montenegrin`).
 */
import { fold } from '../../domain/text.js';
import { states } from '../../reference-data/index.js';
import { DEMONYMS } from './demonyms.js';
import { prepare, type EntityInput } from './input.js';
import { wordStartTrieSource } from '../../domain/regex-trie.js';
import { allMatches } from '../all-matches.js';

interface Entry {
  tokens: string[];
  code: string;
  /** Abbreviations (`US`, `UK`) must be written in capitals. */
  exact?: string;
}

const STATE_PREFIX = /^(?:the )?(?:(?:federal|democratic|islamic|united|socialist|plurinational|bolivarian|people s) )*(?:republic|kingdom|state|principality|grand duchy|sultanate|federation|commonwealth) of (?:the )?|^(?:republique|royaume|etat|principaute|federation|reino|republica|estado|principado|federacion)(?: federale| democratique| islamique| federal| democratica| islamica)* (?:de la |de l |du |d |de |del )?/;
const AMBIGUOUS_SHORT = new Set(['korea', 'congo', 'guinea', 'sudan', 'coree', 'corea', 'guinee']);
// Countries whose names are also common words or first names: only capitalised and not after an honorific.
const HONORIFIC_BEFORE = /(?:Mr|Ms|Mrs|Sr|Sra|Mme|M)\.?\s*$/;
// Towns and villages named after a country (`el municipio de Santa Lucía`, `the village of Jordan`) are not it.
const LOCALITY_BEFORE = /(?:municipality|municipio|municipalit[ée]|commune|comuna|community|comunidad|communaut[ée]|village|aldea|vereda|barrio|quartier|neighbou?rhood|district|distrito|town|pueblo|localidad|localit[ée]|parish|parroquia|canton|cant[óo]n|corregimiento|caser[íi]o|hamlet|settlement|township)\s+(?:of|de|del|d['’]|du)\s*$/i;

const index = (() => {
  let built: Map<string, Entry[]> | undefined;
  return () => {
    if (built) return built;
    const map = new Map<string, Entry[]>();
    const seen = new Map<string, string>();
    const add = (name: string, code: string, exact?: string) => {
      const key = fold(name);
      if (!key || (seen.has(key) && seen.get(key) !== code)) return;
      if (seen.has(key)) return;
      seen.set(key, code);
      const tokens = key.split(' ');
      const list = map.get(tokens[0]!) ?? [];
      list.push(exact ? { tokens, code, exact } : { tokens, code });
      map.set(tokens[0]!, list);
    };
    const shortForms: Array<[string, string]> = [];
    for (const s of states()) {
      if (s.code === 'OTH') continue;
      for (const n of [s.name.en, s.name.fr, s.name.es, ...s.aliases]) {
        if (/^[A-Z.]{2,5}$/.test(n)) add(n, s.code, n.replace(/\./g, ''));
        else {
          add(n, s.code);
          add(n.replace(/\s*\(.*\)\s*$/, ''), s.code);
          const short = fold(n).replace(STATE_PREFIX, '');
          if (short !== fold(n) && !AMBIGUOUS_SHORT.has(short)) shortForms.push([short, s.code]);
        }
      }
    }
    for (const [short, code] of shortForms) add(short, code);
    for (const [code, names] of Object.entries(DEMONYMS)) for (const n of names) add(n, code);
    for (const list of map.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
    built = map;
    return map;
  };
})();

// Only capitalised words can start a country's name; lower-case demonyms are found by their own pattern.
// `\p{Lu}` spelled `[A-Z]` for ASCII and the Unicode class only beyond: half the time of the class alone.
const CAPITAL_WORD = /(?:[A-Z]|(?![\x00-\x7f])\p{Lu})[\p{L}\p{M}\p{N}]*/gu;
const NEXT_WORD = /[^\p{L}\p{M}\p{N}]+([\p{L}\p{M}\p{N}]+)/uy;
const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** `LETTER` on one UTF-16 unit, ASCII answered without the regex (it is asked before every capitalised word). */
function isLetterOrDigit(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER.test(String.fromCharCode(c));
}

const ASCII = /^[\x00-\x7f]*$/;

function foldWord(w: string): string {
  return ASCII.test(w) ? w.toLowerCase() : fold(w);
}

// The same capitalised words come back in every letter: what each may start is kept. A few letters'
// words only: a table of every name ever read (50,000) made each look-up slower than reading again.
const startsOf = new Map<string, Entry[] | null>();
const STARTS_CACHE_SIZE = 2_000;

function candidatesOf(word: string): Entry[] | null {
  let found = startsOf.get(word);
  if (found === undefined) {
    const map = index();
    found = map.get(foldWord(word)) ?? (word.endsWith('s') ? map.get(foldWord(word.slice(0, -1))) : undefined) ?? null;
    if (startsOf.size >= STARTS_CACHE_SIZE) startsOf.clear();
    startsOf.set(word, found);
  }
  return found;
}

/**
 * A country named at `at`, starting with the word `raw`: its code appended to `hits`. Returns where
 * the scan goes on. A module function rather than a closure: tsx names closures at every call.
 */
function visit(text: string, raw: string, at: number, hits: Array<[number, string]>): number {
  if (at > 0 && isLetterOrDigit(text.charCodeAt(at - 1))) return at + raw.length;
  const candidates = candidatesOf(raw);
  if (!candidates) return at + raw.length;
  for (const c of candidates) {
    let end = at + raw.length;
    let ok = true;
    for (let k = 1; k < c.tokens.length; k++) {
      NEXT_WORD.lastIndex = end;
      const next = NEXT_WORD.exec(text);
      if (!next || foldWord(next[1]!) !== c.tokens[k]) {
        ok = false;
        break;
      }
      end = NEXT_WORD.lastIndex;
    }
    if (!ok) continue;
    if (c.exact && (text.slice(at, end).replace(/\./g, '') !== c.exact || text[end] === '$')) continue;
    if (HONORIFIC_BEFORE.test(text.slice(Math.max(0, at - 6), at))) continue;
    if (LOCALITY_BEFORE.test(text.slice(Math.max(0, at - 24), at))) continue;
    hits.push([at, c.code]);
    return end;
  }
  return at + raw.length;
}

/**
 * Codes of the countries named in one text, appended to `found` in order. English writes its
 * demonyms with a capital: `lowerDemonyms: false` skips the scan for the French and Spanish ones.
 */
export function countriesIn(text: string, found: string[], { lowerDemonyms = true } = {}): void {
  const hits: Array<[number, string]> = [];
  let skipTo = 0;
  // exec in place rather than allMatches: a letter has thousands of capitalised words, kept nowhere.
  CAPITAL_WORD.lastIndex = 0;
  for (let m = CAPITAL_WORD.exec(text); m; m = CAPITAL_WORD.exec(text)) {
    if (m.index >= skipTo) skipTo = visit(text, m[0], m.index, hits);
  }
  CAPITAL_WORD.lastIndex = 0;
  if (lowerDemonyms) for (const m of allMatches(LOWER_DEMONYM_ALL, text)) visit(text, m[0], m.index, hits);
  hits.sort((a, b) => a[0] - b[0]);
  for (const [, code] of hits) if (!found.includes(code)) found.push(code);
}

const lowerDemonymWords = new Set(
  Object.values(DEMONYMS)
    .flat()
    .filter((n) => n[0] === n[0]!.toLowerCase()),
);
// Behind `\b` where a demonym starts with an ASCII letter (regex-trie.ts): `visit` wants a word start.
const LOWER_DEMONYM_ALL = new RegExp(`${wordStartTrieSource(lowerDemonymWords)}s?(?![\\p{L}])`, 'gu');

export function extractCountries(input: EntityInput): string[] {
  const prepared = prepare(input);
  const found: string[] = [];
  const options = { lowerDemonyms: input.language !== 'en' };
  if (prepared.subject) countriesIn(prepared.subject.text, found, options);
  for (const p of prepared.paragraphs) countriesIn(p.text, found, options);
  return found;
}
