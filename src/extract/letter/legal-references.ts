/**
 * Instruments and their articles cited by a letter, mostly in its annex: "articles 19, 21 and 22 of
 * the ICCPR", "article 5(b) of the Declaration", a bullet "Article 13, which ..." under "the following
 * provisions of the UN Declaration on Human Rights Defenders:", "l'article 9 du Pacte international
 * relatif aux droits civils et politiques", "el artículo 19 del PIDCP". Articles of a national code or
 * of a resolution are not instruments' articles and are left out.
 */
import type { LegalReference } from '../../domain/communication.js';
import { fold } from '../../domain/text.js';
import { instruments, type Instrument } from '../../reference-data/index.js';
import localNames from './instrument-names.json' with { type: 'json' };
import { plain } from './normalize.js';
import { allMatches } from '../all-matches.js';

interface Mention { index: number; end: number; instrument: Instrument | null }

interface NameEntry { tokens: string[]; instrument: Instrument }

let index: Map<string, NameEntry[]> | undefined;
/** Every instrument name as folded words, grouped by first word, longest first; generic words ("the Covenant") are resolved apart. */
function namesByFirstWord(): Map<string, NameEntry[]> {
  if (index) return index;
  index = new Map();
  const local = (localNames as { names: Record<string, string[]> }).names;
  const seen = new Set<string>();
  for (const i of instruments()) {
    for (const name of [i.abbreviation ?? '', i.title, ...i.aliases, ...(local[i.id] ?? [])]) {
      const key = fold(name);
      if (key.length < 3 || /^the\s/i.test(name.trim()) || /^A\/RES/.test(name) || seen.has(key)) continue;
      seen.add(key);
      const tokens = key.split(' ');
      const list = index.get(tokens[0]!) ?? [];
      list.push({ tokens, instrument: i });
      index.set(tokens[0]!, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return index;
}

const foldedWords = new Map<string, string>();
function foldWord(word: string): string {
  let f = foldedWords.get(word);
  if (f === undefined) {
    f = fold(word);
    if (foldedWords.size < 50_000) foldedWords.set(word, f);
  }
  return f;
}

// (length, first character) of every name's first word: most words of a text are not looked up at all.
let firstWordKeys: Set<number> | undefined;
const wordKey = (length: number, firstChar: number) => length * 0x10000 + firstChar;
function firstWords(): Set<number> {
  firstWordKeys ??= new Set([...namesByFirstWord().keys()].map((w) => wordKey(w.length, w.charCodeAt(0))));
  return firstWordKeys;
}

/** The words of a text (see namedInstruments): ASCII words are cut and lower-cased only when compared. */
interface Words {
  text: string;
  /** Null: an ASCII word not read yet. */
  words: Array<string | null>;
  starts: number[];
  ends: number[];
}

function wordAt(w: Words, i: number): string {
  return (w.words[i] ??= w.text.slice(w.starts[i], w.ends[i]).toLowerCase());
}

// The characters of words: ASCII letters and digits, and the letters from U+00C0 to U+1FFF but the
// signs `×` and `÷`. A table: the test is made at every character of every citing paragraph.
const WORD_CHAR_END = 0x2000;
const WORD_CHAR = new Uint8Array(WORD_CHAR_END);
for (let c = 0; c < WORD_CHAR_END; c++) {
  WORD_CHAR[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) ? 1 : 0;
}
const isWordChar = (c: number) => c < WORD_CHAR_END && WORD_CHAR[c] === 1;

/** The words of `text` into `w`: each run of word characters, a non-ASCII one folded (and perhaps cut in parts). */
function readWords(text: string, w: Words): void {
  const n = text.length;
  let k = 0;
  // A plain loop over character codes: a Unicode-class regex here costs ten times more.
  while (k < n) {
    while (k < n && !isWordChar(text.charCodeAt(k))) k++;
    if (k >= n) break;
    const start = k;
    let ascii = true;
    for (; k < n; k++) {
      const c = text.charCodeAt(k);
      if (!isWordChar(c)) break;
      if (c >= 0x80) ascii = false;
    }
    // An ASCII run of letters and digits folds to its lower case, in one piece.
    if (ascii) {
      w.words.push(null);
      w.starts.push(start);
      w.ends.push(k);
      continue;
    }
    for (const part of foldWord(text.slice(start, k)).split(' ')) {
      if (!part) continue;
      w.words.push(part);
      w.starts.push(start);
      w.ends.push(k);
    }
  }
}

/** Whether the words from `i` on are `tokens`. */
function wordsAre(w: Words, i: number, tokens: string[]): boolean {
  for (let k = 0; k < tokens.length; k++) if (wordAt(w, i + k) !== tokens[k]) return false;
  return true;
}

/** Instrument names in a text, scanned word by word. */
function namedInstruments(text: string): Mention[] {
  const w: Words = { text, words: [], starts: [], ends: [] };
  readWords(text, w);
  const names = namesByFirstWord();
  const keys = firstWords();
  const out: Mention[] = [];
  const count = w.words.length;
  for (let i = 0; i < count; i++) {
    if (w.words[i] === null) {
      const first = text.charCodeAt(w.starts[i]!);
      if (!keys.has(wordKey(w.ends[i]! - w.starts[i]!, first >= 65 && first <= 90 ? first + 32 : first))) continue;
    }
    const list = names.get(wordAt(w, i));
    if (!list) continue;
    for (const entry of list) {
      const n = entry.tokens.length;
      if (i + n > count || !wordsAre(w, i, entry.tokens)) continue;
      const start = w.starts[i]!;
      const end = w.ends[i + n - 1]!;
      if (text[end] !== '/' && text[start - 1] !== '/') out.push({ index: start, end, instrument: entry.instrument });
      i += n - 1;
      break;
    }
  }
  return out;
}

const GENERIC = /\b(?:the\s+(Covenant|Convention|Declaration|Principles|Rules|Protocol)|(?:le|du)\s+(Pacte)|(?:la|de\s+la)\s+(Convention|D[ée]claration)|(?:el|del)\s+(Pacto)|(?:la|de\s+la)\s+(Convenci[óo]n|Declaraci[óo]n))\b/g;
/** The word every GENERIC name has: a first look at capitals only, twice as fast as the pattern (tried at every word). */
const GENERIC_WORD = /Co(?:venant|nven)|D[ée]clara|P(?:rinciples|rotocol|act[eo])|Rules/;
const RESOLUTION = /\b(?:resolution|r[ée]solution|resoluci[óo]n)\s+\d+\/\d+/gi;
// Articles of treaties; the principles and rules of standards (`principles 16 and 18 of the Basic Principles …`, `rules 43 and 44`).
const ARTICLES = /\b(?:[Aa]rticles?|[Aa]rt\.|[Aa]rtículos?|[Aa]rts\.|[Pp]rinciples?|[Pp]rincipes?|[Pp]rincipios?|[Rr]ules?|[Rr]ègles?|[Rr]eglas?)\s+(\d+(?:\s*\([a-z0-9]+\))*(?:\s*(?:,|and|et|y|or|ou|o|&|to|à|a)\s*(?:\(\w+\)|\d+(?:\s*\([a-z0-9]+\))*))*)/g;
/**
 * A cheap first look: a paragraph without any of these cites no instrument and no article. The words
 * in capitals and in small letters are two scans: one pattern was tried at every `r` and `p` of the text.
 */
const MAY_CITE_CAPITALISED = /[A-Z]{3}|C(?:onv|ov)|D[ée]cl|P(?:act|roto|rinc)|R(?:ules|[èe]gl)|Guid/;
const MAY_CITE_LOWER_CASE = /r(?:t[ií.]|ule|[èe]gl)|princ/;
const mayCite = (text: string) => MAY_CITE_CAPITALISED.test(text) || MAY_CITE_LOWER_CASE.test(text);
const NUMBER = /\d+/g;
const OF_NEXT = /^[\s,]*(?:of|in|under|du|de\s+la|de\s+l['’]|des|de|del|de\s+los)\s+(?:the\s+|la\s+|le\s+|el\s+)?/i;

function kindWord(word: string): (i: Instrument) => boolean {
  const w = fold(word);
  if (w.startsWith('cov') || w.startsWith('pact')) return (i) => /covenant/i.test(i.title);
  if (w.startsWith('decl')) return (i) => i.kind === 'declaration';
  if (w.startsWith('conv')) return (i) => /convention/i.test(i.title);
  if (w.startsWith('prot')) return (i) => /protocol/i.test(i.title);
  return (i) => i.kind === 'standard';
}

function mentionsIn(text: string, lastOfKind: (test: (i: Instrument) => boolean) => Instrument | null): Mention[] {
  const out = namedInstruments(text);
  for (const m of GENERIC_WORD.test(text) ? allMatches(GENERIC, text) : []) {
    const word = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    if (out.some((o) => m.index < o.end && m.index + m[0].length > o.index)) continue;
    const earlier = [...out].filter((o) => o.index < m.index && o.instrument && kindWord(word)(o.instrument)).pop();
    out.push({ index: m.index, end: m.index + m[0].length, instrument: earlier?.instrument ?? lastOfKind(kindWord(word)) });
  }
  // A resolution's number has a `/`.
  for (const m of text.includes('/') ? allMatches(RESOLUTION, text) : []) out.push({ index: m.index, end: m.index + m[0].length, instrument: null });
  return out.sort((a, b) => a.index - b.index);
}

export function readLegalReferences(paragraphs: string[]): LegalReference[] {
  const found = new Map<string, { instrument: Instrument; articles: Set<string> }>();
  const seen: Instrument[] = [];
  const lastOfKind = (test: (i: Instrument) => boolean) => [...seen].reverse().find(test) ?? null;
  let context: Instrument | null = null;
  let previousEndedWithColon = false;
  for (const raw of paragraphs) {
    // Trimmed: it ends with a colon when `/:\s*$/` would find one.
    const text = plain(raw);
    if (!previousEndedWithColon) context = null;
    if (!mayCite(text)) {
      previousEndedWithColon = text.endsWith(':');
      continue;
    }
    const mentions = mentionsIn(text, lastOfKind);
    let cursor = 0;
    const articleMatches = [...allMatches(ARTICLES, text)];
    for (const a of articleMatches) {
      for (; cursor < mentions.length && mentions[cursor]!.end <= a.index; cursor++) {
        context = mentions[cursor]!.instrument;
        if (context) seen.push(context);
      }
      const after = text.slice(a.index + a[0].length);
      const of = OF_NEXT.exec(after);
      let instrument: Instrument | null;
      if (of) {
        const at = a.index + a[0].length + of[0].length;
        const m = mentions.find((x) => x.index <= at + 4 && x.end > at);
        instrument = m ? m.instrument : null;
      } else instrument = context;
      if (!instrument) continue;
      const entry = found.get(instrument.id) ?? { instrument, articles: new Set<string>() };
      for (const n of allMatches(NUMBER, a[1]!.replace(/\([^)]*\)/g, ' '))) entry.articles.add(n[0]);
      found.set(instrument.id, entry);
    }
    for (; cursor < mentions.length; cursor++) {
      context = mentions[cursor]!.instrument;
      if (context) seen.push(context);
    }
    previousEndedWithColon = text.endsWith(':') || (previousEndedWithColon && /^[-•*▪◦]|^\(?[a-z\d]{1,2}\)/.test(raw.trim()));
  }
  return [...found.values()].map(({ instrument, articles }) => ({
    instrument: instrument.abbreviation ?? instrument.title,
    articles: [...articles].sort((a, b) => Number(a) - Number(b)),
    instrumentId: instrument.id,
  }));
}
