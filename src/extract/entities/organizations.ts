/**
 * Organisations a document names: NGOs, foundations, movements, media, companies. Found by the
 * shape of their names (`NeMolchiKZ Foundation`, `Fundación Construir`), by quotes after a noun
 * that says what they are (`the organisation “Break the Silence Worldwide”`), by the acronym that
 * follows a name spelled out (acronym-names.ts), and from a list of well-known ones. Spellings of one organisation (`NeMolchiKZ`, `NeMolchi.KZ`, `#NeMolchiKZ`) are
 * merged by their compact folded form.
 */
import type { Organization } from '../../domain/communication.js';
import type { Language } from '../../domain/dates.js';
import { fold, foldCompact } from '../../domain/text.js';
import { findStateByName } from '../../reference-data/index.js';
import { ACRONYM_IN_BRACKETS, nameBeforeAcronym } from './acronym-names.js';
import { memo, prepare, type EntityInput } from './input.js';
import { KNOWN_ORGANIZATIONS } from './known-organizations.js';
import { trieSource, wordStartTrieSource } from '../../domain/regex-trie.js';
import { LATIN_LETTER, MONTH_WORDS, NOT_NAME_WORDS } from './vocabulary.js';
import type { PlainText } from './markup.js';
import { CONNECTORS, FINAL_HEAD_WORDS, FINAL_HEADS, INITIAL_HEADS, NAMING_KINDS, NOT_ORGANIZATION, ORG_NOUNS, STATE_WORDS } from './organization-patterns.js';
import { allMatches, allMatchesOfEither } from '../all-matches.js';

interface OrgMention {
  name: string;
  /** Order in the document. */
  order: number;
  keys: string[];
  score: number;
}

const CAP = String.raw`[\p{Lu}#][\p{L}\p{M}\p{N}.'’&-]*`;
const CONNECT = String.raw`(?:(?:${CONNECTORS})\s+)`;
// Heads are found first, then the capitalised words before them on a short slice. The heads in small
// letters (`plc`) are scanned apart, see allMatchesOfEither.
const headsStarting = (lower: boolean) => FINAL_HEAD_WORDS.filter((h) => (h[0] === h[0]!.toLowerCase()) === lower);
const CAPITALISED_FINAL_HEAD = new RegExp(String.raw`(?:${trieSource(headsStarting(false))})(?![\p{L}])`, 'gu');
const LOWER_CASE_FINAL_HEAD = new RegExp(String.raw`(?:${trieSource(headsStarting(true))})(?![\p{L}])`, 'gu');
const LETTER = /[\p{L}\p{M}\p{N}]/u;
const RUN_BEFORE_HEAD = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${CAP}\s+${CONNECT}*){1,6}$`, 'u');
// Preceded by no letter or digit: checked in code (see initialHeadRuns), V8 scans several times faster without the look-behind.
const HEAD_INITIAL = new RegExp(
  String.raw`(?:${INITIAL_HEADS})(?:\s+\p{Ll}+)?(?:\s+${CONNECT}*(?:${CAP}|\p{Ll}+(?=\s*\())){1,8}`,
  'gu',
);
const ACRONYM_AFTER = /^\s*\((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)/u;
const QUOTED = /"([^"]{1,90})"|“([^”"]{1,90})”|«\s?([^»]{1,90}?)\s?»|‘([^’]{1,70})’/gu;
const HEAD_AFTER_QUOTE = new RegExp(String.raw`^\s*(?:\([^)]{1,40}\)\s*)?(${FINAL_HEADS})(?![\p{L}])`, 'u');
const orgNounBefore = (adjectives: number) => new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${ORG_NOUNS})s?(?:\s+[\p{Ll}\p{M}-]+){0,${adjectives}}\s*,?\s*(?:(?:called|named|known as|nommée?|dénommée?|appelée?|llamad[ao]|denominad[ao])\s+)?$`,
  'iu',
);
// French and Spanish put adjectives after the noun (`el medio digital «Voz del Sur»`, `l'organisation
// non gouvernementale « X »`); in English, words after the noun are a verb (`the group said "We …"`).
const ORG_NOUN_BEFORE: Record<Language, RegExp> = { en: orgNounBefore(0), fr: orgNounBefore(2), es: orgNounBefore(2) };
/**
 * `the organization Kalumaran`, `l'association Tharwa`, `la organización Kalumaran`: a name right
 * after its kind, unquoted. Every kind starts with an ASCII letter: `\b` gives up positions inside
 * words before the look-behind is tried (the scan 17.1 -> 12.2 ms over 300 letters).
 */
const NAMED_AFTER_KIND = new RegExp(
  String.raw`\b(?<![\p{L}])(?:${NAMING_KINDS})\s+(${CAP}(?:\s+${CONNECT}*${CAP}){0,4})`,
  'gu',
);
/**
 * French names in sentence case, where no capital says where they end, but the rights they defend
 * do: `Ligue tolvarienne des droits humains`, `Mouvement burkinabè des droits de l'homme et des peuples`,
 * `Ligue borélienne pour la défense des libertés`.
 */
const RIGHTS_NAME = new RegExp(
  String.raw`(?:${INITIAL_HEADS})(?:\s+\p{Ll}[\p{Ll}\p{M}-]*)?\s+(?:pour\s+la\s+(?:défense|protection|promotion)\s+)?des\s+(?:droits\s+(?:de\s+l['’]homme|humains|de\s+la\s+femme|des\s+femmes|de\s+l['’]enfant|des\s+enfants)(?:\s+et\s+des\s+(?:peuples|libertés))?|(?:droits\s+et\s+(?:des\s+)?)?libertés(?:\s+(?:fondamentales|publiques|individuelles))?)(?![\p{L}])`,
  'gu',
);
const HEAD_INSIDE = new RegExp(String.raw`(?:^|\s)(?:${FINAL_HEADS}|${INITIAL_HEADS})(?:\s|$)`, 'u');
const HASHTAG = /#[\p{L}\p{N}_.]*\p{L}[\p{L}\p{N}_]*/gu;
const MOVEMENT_AROUND = /(?:movement|campaign|mouvement|campagne|movimiento|campaña)\s*$/iu;
const MOVEMENT_AFTER = /^\s*(?:movement|campaign)/iu;
const LEGAL_FORMS = /\b(?:public foundation|foundation|fondation|fundacion|association|asociacion|ngo|ong|llc|ltd|inc|the)\b/g;
const RULE_OF_LAW = /\b(?:rule of law|etat de droit|estado de derecho)\b/g;
const NOT_ORG = new RegExp(`\\b(?:${NOT_ORGANIZATION.join('|')})\\b|^(?:the )?(?:${STATE_WORDS.join('|')})\\b`);
// A whole word only: `Lantern Legal Aid Centre` and `Herald Tribune` keep their first letters.
const LEADING_ARTICLE = /^(?:(?:The|La|Le|Les|El|Los|Las|This|That|Its|Their|Her|His)\s+|L['’]\s*)/u;

const knownMatcher = (() => {
  const names: string[] = [];
  const acronyms: string[] = [];
  const idOf = new Map<string, number>();
  KNOWN_ORGANIZATIONS.forEach((entry, i) => {
    for (const n of entry) {
      idOf.set(n.toLowerCase(), i);
      (/^[\p{Lu}\d\s/&-]+$/u.test(n) && n.length <= 8 ? acronyms : names).push(n);
    }
  });
  return {
    // Without the u flag, behind \b: a third faster than the bare tree with \p{L} (see regex-trie.ts).
    names: new RegExp(`${wordStartTrieSource(names.map((n) => n.toLowerCase()))}(?!${LATIN_LETTER})`, 'gi'),
    acronyms: new RegExp(`(?:${trieSource(acronyms)})(?![\\p{L}])`, 'gu'),
    idOf,
  };
})();

/** The compact key of a name without its legal form: `“NeMolchiKZ” Foundation` → `nemolchikz`. */
function coreKey(name: string): string {
  return fold(name).replace(LEGAL_FORMS, ' ').replace(/ /g, '');
}

function acceptable(name: string): boolean {
  const folded = fold(name);
  if (folded.replace(/ /g, '').length < 3) return false;
  // `Bureau for Human Rights and Rule of Law`: the rule of law is an NGO's cause, not a law or a State.
  if (NOT_ORG.test(folded.replace(RULE_OF_LAW, ' '))) return false;
  return !findStateByName(name);
}

/**
 * The mentions of one text as they are found, and the spans already taken. A class rather than
 * closures inside `mentionsIn`: tsx (esbuild `keepNames`) names every closure at each call.
 */
class Found {
  private readonly taken: Array<[number, number]> = [];

  constructor(private readonly text: string, private readonly base: number, private readonly out: OrgMention[]) {}

  add(name: string, at: number, end: number, score: number, extraKeys: string[] = []): void {
    name = name.replace(LEADING_ARTICLE, '').replace(/['’]s$/u, '').replace(FULL_STOP_AT_END, '').trim();
    if (!acceptable(name)) return;
    const keys = [foldCompact(name), coreKey(name), ...extraKeys].filter((k) => k.length >= 3);
    this.out.push({ name, order: this.base + at, keys, score });
    this.taken.push([at, end]);
    const acronym = ACRONYM_AFTER.exec(this.text.slice(end, end + 16));
    if (acronym) this.out.push({ name: acronym[1]!, order: this.base + end, keys: [...keys], score: -1 });
  }

  free(s: number, e: number): boolean {
    return this.taken.every(([a, b]) => e <= a || s >= b);
  }

  /** Where the span [s, e) stops being free: the start of the first taken span inside it; `s` when one covers its start. */
  freeUntil(s: number, e: number): number {
    let until = e;
    for (const [a, b] of this.taken) {
      if (e <= a || s >= b) continue;
      if (a <= s) return s;
      until = Math.min(until, a);
    }
    return until;
  }

  /** Where the span [s, e) is free from, after any taken span it overlaps; -1 when one reaches its end. */
  freeFrom(s: number, e: number): number {
    let from = s;
    for (const [a, b] of this.taken) {
      if (e <= a || from >= b) continue;
      if (b >= e) return -1;
      from = b;
    }
    return from;
  }

  wordStart(i: number): boolean {
    return i === 0 || !LETTER.test(this.text[i - 1]!);
  }
}

function mentionsIn(plain: PlainText, base: number, out: OrgMention[], language: Language): void {
  const text = plain.text;
  const mentions = new Found(text, base, out);
  for (const m of allMatches(knownMatcher.names, text)) {
    if (!mentions.wordStart(m.index)) continue;
    const id = knownMatcher.idOf.get(m[0].toLowerCase());
    mentions.add(m[0], m.index, m.index + m[0].length, 3, [`known${id}`]);
  }
  for (const m of allMatches(knownMatcher.acronyms, text)) {
    if (!mentions.wordStart(m.index)) continue;
    const id = knownMatcher.idOf.get(m[0].toLowerCase());
    if (mentions.free(m.index, m.index + m[0].length)) mentions.add(m[0], m.index, m.index + m[0].length, -1, [`known${id}`]);
  }
  for (const m of allMatches(QUOTED, text)) {
    const content = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim();
    const start = m.index;
    const end = m.index + m[0].length;
    if (!/^[#\p{Lu}\p{N}]/u.test(content) || /[.!?,;:]$/.test(content) || content.split(/\s+/).length > 9) continue;
    const inner = /[‘'"«]([^’'"»]{2,40})[’'"»]/u.exec(content);
    const innerKeys = inner ? [coreKey(inner[1]!)] : [];
    const head = HEAD_AFTER_QUOTE.exec(text.slice(end, end + 60));
    if (head) {
      mentions.add(`${content} ${head[1]}`, start, end + head[0].length, 4, [coreKey(content)]);
      out.push({ name: content, order: base + start, keys: [foldCompact(content), ...innerKeys], score: 0 });
      continue;
    }
    const before = text.slice(Math.max(0, start - 60), start);
    if (ORG_NOUN_BEFORE[language].test(before) || HEAD_INSIDE.test(content)) {
      mentions.add(content, start, end, inner ? 0 : 1, innerKeys);
      continue;
    }
    // Named in quotes without saying what it is: an organisation only if found so elsewhere.
    out.push({ name: content, order: base + start, keys: [foldCompact(content)], score: -10 });
  }
  for (const m of allMatches(NAMED_AFTER_KIND, text)) {
    const name = m[1]!.replace(/[.,]$/, '');
    const start = m.index + m[0].length - m[1]!.length;
    const first = fold(name.split(/\s+/)[0]!);
    if (NOT_NAME_WORDS.has(first) || MONTH_WORDS.has(first) || !mentions.free(start, start + name.length)) continue;
    mentions.add(name, start, start + name.length, 1);
  }
  // A bracket, a `#`, `droits` or `libertés`: each scan below needs it, and `includes` looks far faster than a scan.
  for (const m of text.includes('(') ? allMatches(ACRONYM_IN_BRACKETS, text) : []) {
    const from = Math.max(0, m.index - 200);
    const spelled = nameBeforeAcronym(text.slice(from, m.index), m[1]!);
    if (!spelled) continue;
    const start = from + spelled.start;
    if (mentions.free(start, m.index)) mentions.add(spelled.name, start, start + spelled.name.length, 2);
  }
  for (const m of language === 'fr' && (text.includes('droits') || text.includes('libertés')) ? allMatches(RIGHTS_NAME, text) : []) {
    if (mentions.wordStart(m.index) && mentions.free(m.index, m.index + m[0].length)) mentions.add(m[0], m.index, m.index + m[0].length, 2);
  }
  // Runs that end with their head word, then runs that start with it: [start, text, ends with the head].
  const runs: Array<[number, string, boolean]> = [];
  for (const m of allMatchesOfEither(CAPITALISED_FINAL_HEAD, LOWER_CASE_FINAL_HEAD, text)) {
    if (!mentions.wordStart(m.index)) continue;
    const from = Math.max(0, m.index - 100);
    const run = RUN_BEFORE_HEAD.exec(text.slice(from, m.index));
    if (!run) continue;
    // A capitalised run may reach back over a sentence's end (`… Group. Transportes del Istmo S.A.`).
    const cut = SENTENCE_END_IN_RUN.exec(run[0]);
    let skip = cut ? cut.index + cut[0].length : 0;
    // A signature's lines run together: `Jane Holloway General Counsel Coldmere Mining Ltd` is the company after the title.
    for (const r of allMatches(ROLE_IN_RUN, run[0])) if (r.index >= skip) skip = r.index + r[0].length;
    // Two bodies joined by `and` (`the Tolvar Centre and the Sarn Institute`) are two names.
    for (const r of allMatches(HEAD_THEN_AND, run[0])) if (r.index >= skip) skip = r.index + r[0].length;
    runs.push([from + run.index + skip, run[0].slice(skip) + m[0], true]);
  }
  initialHeadRuns(text, runs);
  for (const [runStart, run, headAtEnd] of joinRuns(text, runs)) {
    // A run that takes in a name found before keeps what follows it when it ends with its head
    // (`Kestrel Energy Limited and Norvik Group`), what comes before it when its head opens it
    // (`Borelian Center for Human Rights and the Sarn Institute … (SIHRS)`).
    const end = headAtEnd ? runStart + run.length : mentions.freeUntil(runStart, runStart + run.length);
    const index = headAtEnd ? mentions.freeFrom(runStart, end) : end > runStart ? runStart : -1;
    if (index < 0) continue;
    let name = text.slice(index, end).replace(LEADING_CONNECTOR, '').replace(TRAILING_CONNECTORS, '');
    name = name.replace(LEADING_ARTICLE, '');
    // A head word alone (`the Foundation`) is a reference back, not a name.
    if (name.split(/\s+/).length < 2) continue;
    const at = text.indexOf(name, index);
    mentions.add(name, at, at + name.length, 2);
  }
  for (const m of text.includes('#') ? allMatches(HASHTAG, text) : []) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const score = MOVEMENT_AROUND.test(before) || MOVEMENT_AFTER.test(after) ? 0 : -10;
    out.push({ name: m[0].replace(/\.$/, ''), order: base + m.index, keys: [foldCompact(m[0])], score });
  }
}

/** A full stop that ends a name's last word, not a dotted abbreviation's (`S.A.C.`, `C.V.`). */
const FULL_STOP_AT_END = /(?<!(?:^|[\s.])\p{L})\.$/u;
const LETTER_OR_DIGIT_AT_END = /[\p{L}\p{N}]$/u;
/** The last end of a sentence inside a run of capitalised words: a word of two letters or more, a full stop, a space. */
const SENTENCE_END_IN_RUN = /\p{L}{2,}\.\s+(?!.*\p{L}{2,}\.\s)/su;
const TRAILING_CONNECTORS = /(?:\s+(?:of|for|to|on|against|in|and|the|de|des|du|la|le|les|et|del|los|las|el|para|por|y|en))*[\s,]*$/u;
const ROLE_IN_RUN = /(?<![\p{L}])(?:Counsel|Officer|Director|Manager|President|Chairperson|Chairman|Chairwoman|Secretary|Adviser|Advisor|Coordinator|Spokesperson|Directeur|Directrice|Président|Présidente|Director[a]?|Presidente|Gerente)\s+/gu;
const SENTENCE_END_AFTER_WORD = /\p{L}{2}\.\s+\p{Lu}/u;
const AND_THE = String.raw`\s+(?:and|et|y)\s+(?:(?:the|la|le|les|l['’]|el|los|las)\s*)?`;
const HEAD_THEN_AND = new RegExp(String.raw`(?<![\p{L}])(?:${FINAL_HEADS}|${INITIAL_HEADS})${AND_THE}`, 'gu');
const ANOTHER_HEAD = new RegExp(String.raw`${AND_THE}(?:${INITIAL_HEADS})(?![\p{L}])`, 'u');
const LEADING_CONNECTOR = new RegExp(String.raw`^\s*(?:(?:${CONNECTORS})\s+)*`, 'u');

/**
 * A run ending with a head that also opens a run is one name: `Independent Trade Union` and
 * `Union of Miners of Tolvar` are `Independent Trade Union of Miners of Tolvar`.
 */
function joinRuns(text: string, runs: Array<[number, string, boolean]>): Array<[number, string, boolean]> {
  const opening = new Map<number, [number, string, boolean]>();
  for (const r of runs) if (!r[2]) opening.set(r[0] + /^\S+/u.exec(r[1])![0].length, r);
  if (opening.size === 0) return runs;
  const joined = new Set<[number, string, boolean]>();
  const out: Array<[number, string, boolean]> = [];
  for (const r of runs) {
    if (!r[2]) {
      if (!joined.has(r)) out.push(r);
      continue;
    }
    const next = opening.get(r[0] + r[1].length);
    if (next && next[0] > r[0] && !joined.has(next)) {
      joined.add(next);
      out.push([r[0], text.slice(r[0], next[0] + next[1].length), false]);
    } else out.push(r);
  }
  return out;
}

/** The matches of `(?<![\p{L}\p{N}])` followed by HEAD_INITIAL, the look-behind tested here. */
function initialHeadRuns(text: string, runs: Array<[number, string, boolean]>): void {
  HEAD_INITIAL.lastIndex = 0;
  for (let m = HEAD_INITIAL.exec(text); m; m = HEAD_INITIAL.exec(text)) {
    if (m.index > 0 && LETTER_OR_DIGIT_AT_END.test(text.slice(Math.max(0, m.index - 2), m.index))) {
      HEAD_INITIAL.lastIndex = m.index + 1;
      continue;
    }
    // A run may go on over a sentence's end (`Union of Miners of Tolvar. On 2 June`), or over `and`
    // into another body's name (`Centre and the Institute for …`): it stops there.
    const cut = SENTENCE_END_AFTER_WORD.exec(m[0]);
    let run = cut ? m[0].slice(0, cut.index + 2) : m[0];
    const next = ANOTHER_HEAD.exec(run);
    if (next) {
      run = run.slice(0, next.index);
      HEAD_INITIAL.lastIndex = m.index + run.length; // the other body's name is read next
    }
    runs.push([m.index, run, false]);
  }
  HEAD_INITIAL.lastIndex = 0;
}

function collect(input: EntityInput): Organization[] {
  const prepared = prepare(input);
  const mentions: OrgMention[] = [];
  if (prepared.subject) mentionsIn(prepared.subject, -1e6, mentions, input.language);
  prepared.paragraphs.forEach((p) => mentionsIn(p, p.index * 1e6, mentions, input.language));
  mentions.sort((a, b) => a.order - b.order);

  // Group mentions that share a key; a group stands only if one of its mentions says it is an organisation.
  const groupOf = new Map<string, number>();
  const groups: OrgMention[][] = [];
  for (const m of mentions) {
    const ids = [...new Set(m.keys.map((k) => groupOf.get(k)).filter((g): g is number => g !== undefined))];
    let id: number;
    if (ids.length === 0) {
      id = groups.length;
      groups.push([]);
    } else {
      id = Math.min(...ids);
      for (const other of ids) {
        if (other === id) continue;
        groups[id]!.push(...groups[other]!);
        groups[other]!.length = 0;
        for (const [k, g] of groupOf) if (g === other) groupOf.set(k, id);
      }
    }
    groups[id]!.push(m);
    for (const k of m.keys) groupOf.set(k, id);
  }
  return groups
    .filter((g) => g.some((m) => m.score >= 1) || (g.some((m) => m.score >= 0) && g.length > 1))
    .map((g) => g.sort((a, b) => a.order - b.order))
    .sort((a, b) => a[0]!.order - b[0]!.order)
    .map(toOrganization);
}

function toOrganization(group: OrgMention[]): Organization {
  const rank = (m: OrgMention) => m.score * 10 - (/[“”"‘’'«»#]/u.test(m.name) ? 15 : 0);
  const best = group.reduce((a, b) => (rank(b) > rank(a) ? b : a));
  const name = best.name.replace(/[“”"«»]/gu, '').trim();
  const variants: string[] = [];
  for (const m of group) {
    const v = m.name.trim();
    if (v !== name && !variants.includes(v)) variants.push(v);
  }
  return { name, variants };
}

export function extractOrganizations(input: EntityInput): Organization[] {
  return memo(input, 'organizations', () => collect(input));
}
