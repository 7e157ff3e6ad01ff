/**
 * Redaction for publication: the public copy of a letter, where the names of people who did not
 * consent to publication, the organisations marked confidential and the passages an officer
 * marked confidential are replaced by `[REDACTED]`. Pure: services/redacted-copy.ts gathers what
 * to hide from the case files.
 *
 * What hides a person's name, each of their spellings being given:
 *  - a whole spelling, in any case, with or without diacritics, across a line break or a
 *    hyphenated line break (`Smai-\nlova`), inside `**bold**`, or written without its spaces;
 *  - each word of the name of 3 letters or more on its own (`Ms. Smailova`, `Dinara`), also in
 *    another transliteration (`Sekerbaeva` for `Sekerbayeva`), unless it stands inside a name
 *    that stays public (`keep`: a signatory, a person who consented);
 *  - a word of fewer than 3 letters (`Li`, `Ng`) or a particle (`de`, `van`, `bin`) only where it
 *    plainly is the person's: inside a whole spelling, right after a title (`Mr. Ng`), or next to
 *    another hidden word of the same person (`Wei Li`, `de Souza`). Alone, such a word is far more
 *    often an ordinary word of the letter (`li`, `de`, `el`, `la`, `del`) than the person;
 *  - an initial just before a hidden word of the person (`D. Smailova`).
 * The title before a name stays (`Ms. [REDACTED]`), and so does a possessive (`[REDACTED]'s`).
 * Hiding wins every tie: a word shared by a hidden person and a public one is hidden wherever it
 * stands alone, and a given name that is also a common word (`Paz`, `Rose`) is hidden everywhere:
 * an over-redacted word costs a reader less than a name left in costs the person.
 * With `hideUnlisted`, a person the record names but no list gives (neither hidden nor public) is
 * hidden as well, for the same reason.
 *
 * Passages are matched as written, ignoring case, runs of white space and line breaks, bold marks
 * and the kind of quote or dash. In the record's short fields (an event, a question) a passage also
 * hides the field it contains, and the part of a field it overlaps by 12 characters or more.
 */
import type { Communication, Organization, Person } from './communication.js';
import { RapError } from './errors.js';
import { nameTokens, transliterationSkeleton } from './names.js';
import { fold } from './text.js';

export const REDACTED = '[REDACTED]';

/** What the public copy must not show. */
export interface HiddenContent {
  /** One entry per hidden person: every spelling known for them. */
  names: ReadonlyArray<ReadonlyArray<string>>;
  /** Passages an officer marked confidential, as written in the letter. */
  passages: ReadonlyArray<string>;
  /** One entry per organisation marked confidential: its spellings. */
  organizations?: ReadonlyArray<ReadonlyArray<string>>;
  /** Names that stay public (signatories, persons who consented): their words are not hidden alone. */
  keep?: ReadonlyArray<string>;
  /**
   * Hide, too, every person a record names who is neither hidden above nor one of `keep`: in a
   * letter written in Rapporteur, a person named outside its case files has no consent recorded.
   */
  hideUnlisted?: boolean;
}

/** Shortest name word hidden on its own. */
const MIN_ALONE = 3;
/** Words of names that are also ordinary words of the letters' languages: treated like short words. */
const PARTICLES = new Set([
  'de', 'da', 'di', 'do', 'du', 'del', 'della', 'des', 'dos', 'das', 'la', 'le', 'las', 'los', 'el', 'al', 'y', 'e', 'i',
  'van', 'von', 'der', 'den', 'ter', 'ten', 'zu', 'bin', 'ben', 'ibn', 'bint', 'abu', 'ould', 'mac', 'san', 'santa',
]);
/** Spellings compared by transliteration skeleton only from this length (shorter ones collide). */
const MIN_SKELETON = 5;
/** Fewest characters a passage needs (shorter would hide ordinary words). */
const MIN_PASSAGE = 3;
/** Fewest characters by which a passage overlapping a record field hides that part of it. */
const MIN_OVERLAP = 12;
/** Most words a whole spelling runs over in a text. */
const MAX_RUN = 10;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const BLANK_LINE = /\n[ \t\u00a0\r]*\n/;
const MARKUP = /[*_]/;
const PLAIN_JOIN = /^[\s\-\u2010\u2011'\u2019]*$/;
const HYPHEN_BREAK = /^[-\u2010\u2011][ \t]*\r?\n[ \t\u00a0]*$/;
const INITIAL_DOT = /^\.[ \t\u00a0]*\r?\n?[ \t\u00a0]*$/;
const TITLE_GAP = /^\.?[ \t\u00a0]*\r?\n?[ \t\u00a0]*$/;
/** What may stand between the words of one spelling written out (`Nyaletsossi-Voule`, `NeMolchi.KZ`, `**Dinara** Smailova`). */
const RUN_GAP = /^[\s.,\-\u2010\u2011'\u2019*_#]{1,6}$/;

const CAMEL = /\p{Ll}\p{Lu}/u;
const CAMEL_SPLIT = /(?<=\p{Ll})(?=\p{Lu})/u;

const keyOf = (word: string): string => fold(word).replace(/ /g, '');
const isShort = (key: string): boolean => key.length < MIN_ALONE || PARTICLES.has(key);
const skeletonOf = (key: string): string | null => (key.length >= MIN_SKELETON ? transliterationSkeleton(key) : null);

/** The words of a name, folded, titles dropped: `Ms. Dinara Smailova` → `dinara`, `smailova`. */
function nameWords(name: string): string[] {
  return (name.match(WORD) ?? []).map(keyOf).filter((k) => k !== '' && nameTokens(k).length > 0);
}

const isTitle = (word: string): boolean => nameTokens(word).length === 0;

interface Token {
  start: number;
  end: number;
  key: string;
  /** Owners hiding it: person indexes, or -1 for an organisation. */
  owners: Set<number> | null;
  protectedByKeep: boolean;
  /** The whole-spelling match it belongs to (0: none). */
  whole: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const key = keyOf(m[0]);
    if (key) tokens.push({ start: m.index, end: m.index + m[0].length, key, owners: null, protectedByKeep: false, whole: 0 });
  }
  return tokens;
}

const add = <K, V>(map: Map<K, Set<V>>, key: K, value: V) => {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
};

/** What to hide, compiled once for a letter: lookups by folded word and by written-out spelling. */
export interface CompiledHidden {
  readonly source: HiddenContent;
  /** Long words of hidden persons → persons. */
  readonly alone: Map<string, Set<number>>;
  readonly aloneSkeletons: Map<string, Set<number>>;
  /** Short words and particles of hidden persons → persons. */
  readonly short: Map<string, Set<number>>;
  /** First letters of each person's words. */
  readonly initials: Map<number, Set<string>>;
  /** Whole spellings without spaces (persons and organisations) → owners; -1 for an organisation. */
  readonly wholes: Map<string, Set<number>>;
  readonly kept: Set<string>;
  /** Every beginning of a whole spelling and of a kept name: a run of words stops as soon as it is none. */
  readonly wholeStarts: Set<string>;
  readonly keptStarts: Set<string>;
  readonly passages: string[];
}

function invalid(field: string, detail: string): RapError {
  return new RapError('RAP_ERR_INVALID', detail, { field });
}

/** Checks and compiles what to hide; a clear error names the field that cannot be used. */
export function compileHidden(input: HiddenContent): CompiledHidden {
  const alone = new Map<string, Set<number>>();
  const aloneSkeletons = new Map<string, Set<number>>();
  const short = new Map<string, Set<number>>();
  const initials = new Map<number, Set<string>>();
  const wholes = new Map<string, Set<number>>();
  input.names.forEach((spellings, person) => {
    if (spellings.length === 0) throw invalid(`names[${person}]`, 'a hidden person needs at least one spelling');
    spellings.forEach((spelling, j) => {
      const words = nameWords(spelling);
      if (words.length === 0) throw invalid(`names[${person}][${j}]`, 'the spelling has no name to hide (empty, or a title only)');
      for (const w of words) {
        add(initials, person, w[0]!);
        if (isShort(w)) add(short, w, person);
        else {
          add(alone, w, person);
          const s = skeletonOf(w);
          if (s) add(aloneSkeletons, s, person);
        }
      }
      // A lone short word as a whole spelling would hide every `li` of the letter.
      if (words.length > 1 || !isShort(words[0]!)) add(wholes, words.join(''), person);
    });
  });
  (input.organizations ?? []).forEach((spellings, i) => {
    spellings.forEach((spelling, j) => {
      const compact = (spelling.match(WORD) ?? []).map(keyOf).join('');
      if (compact.length < MIN_ALONE) throw invalid(`organizations[${i}][${j}]`, 'the spelling is empty or too short to hide');
      add(wholes, compact, -1);
    });
  });
  const kept = new Set<string>();
  for (const name of input.keep ?? []) {
    const words = nameWords(name);
    if (words.length > 1) kept.add(words.join(''));
  }
  const passages = input.passages.map((p, i) => {
    const n = normalize(p).text.trim();
    if (n.replace(/ /g, '').length < MIN_PASSAGE) throw invalid(`passages[${i}]`, `a confidential passage needs at least ${MIN_PASSAGE} characters`);
    return n;
  });
  return { source: input, alone, aloneSkeletons, short, initials, wholes, kept, wholeStarts: startsOf(wholes.keys()), keptStarts: startsOf(kept), passages };
}

const compiledOf = (h: HiddenContent | CompiledHidden): CompiledHidden => ('alone' in h ? h : compileHidden(h));

function hide(t: Token, owners: Iterable<number>): void {
  t.owners ??= new Set();
  for (const o of owners) t.owners.add(o);
}

function startsOf(compacts: Iterable<string>): Set<string> {
  const starts = new Set<string>();
  for (const c of compacts) for (let k = 1; k <= c.length; k++) starts.add(c.slice(0, k));
  return starts;
}

/** Every run of tokens from `i` whose words, written together, form one of `targets`; calls `found(j, target)`. */
function runsFrom(text: string, tokens: Token[], i: number, starts: Set<string>, targets: Set<string> | Map<string, unknown>, found: (j: number, compact: string) => void): void {
  let compact = '';
  for (let j = i; j < tokens.length && j < i + MAX_RUN; j++) {
    if (j > i) {
      const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
      if (!RUN_GAP.test(gap) || BLANK_LINE.test(gap)) return;
    }
    compact += tokens[j]!.key;
    if (!starts.has(compact)) return;
    if (targets.has(compact)) found(j, compact);
  }
}

/** Marks the tokens of `text` to hide, following the rules above. */
function markNames(text: string, tokens: Token[], h: CompiledHidden): void {
  if (h.wholes.size === 0 && h.short.size === 0) return;
  // Names that stay public protect their words from the rule on lone words.
  for (let i = 0; i < tokens.length && h.kept.size > 0; i++) {
    runsFrom(text, tokens, i, h.keptStarts, h.kept, (j) => {
      for (let k = i; k <= j; k++) tokens[k]!.protectedByKeep = true;
    });
  }
  let wholeId = 0;
  for (let i = 0; i < tokens.length; i++) {
    runsFrom(text, tokens, i, h.wholeStarts, h.wholes, (j, compact) => {
      const owners = h.wholes.get(compact)!;
      // One word is a lone word: a public name that holds it keeps it (hiding wins for the rest).
      if (j === i && tokens[i]!.protectedByKeep && ![...owners].includes(-1)) return;
      wholeId++;
      for (let k = i; k <= j; k++) {
        hide(tokens[k]!, owners);
        if (!tokens[k]!.whole) tokens[k]!.whole = wholeId;
      }
    });
  }
  const lonePersons = (key: string): Set<number> | undefined => {
    const direct = h.alone.get(key);
    if (direct) return direct;
    const s = skeletonOf(key);
    return s ? h.aloneSkeletons.get(s) : undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.protectedByKeep) continue;
    const owners = lonePersons(t.key) ?? joinedWordOwners(text.slice(t.start, t.end), lonePersons);
    if (owners) hide(t, owners);
    const next = tokens[i + 1];
    if (next && !next.protectedByKeep && HYPHEN_BREAK.test(text.slice(t.end, next.start))) {
      const joined = lonePersons(t.key + next.key);
      if (joined) {
        hide(t, joined);
        hide(next, joined);
      }
    }
  }
  markShortWords(text, tokens, h);
}

/** A name inside a word written in camel case (`#FreeSmailova`, `SmailovaCase`): the whole word hides. */
function joinedWordOwners(word: string, lonePersons: (key: string) => Set<number> | undefined): Set<number> | undefined {
  if (!CAMEL.test(word)) return undefined;
  const owners = new Set<number>();
  for (const part of word.split(CAMEL_SPLIT)) for (const o of lonePersons(keyOf(part)) ?? []) owners.add(o);
  return owners.size > 0 ? owners : undefined;
}

/** Short words, particles and initials: hidden after a title or next to a hidden word of the same person. */
function markShortWords(text: string, tokens: Token[], h: CompiledHidden): void {
  const gap = (a: Token, b: Token) => text.slice(a.end, b.start);
  // Only a person's short word or a single letter can be hidden by these rules.
  const candidates: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (h.short.has(tokens[i]!.key) || tokens[i]!.key.length === 1) candidates.push(i);
  for (const i of candidates) {
    const t = tokens[i]!;
    const persons = h.short.get(t.key);
    const prev = tokens[i - 1];
    if (persons && prev && !t.protectedByKeep && isTitle(text.slice(prev.start, prev.end)) && TITLE_GAP.test(gap(prev, t))) hide(t, persons);
  }
  const nextTo = (o: Token | undefined, between: string): Set<number> | null =>
    o?.owners && !BLANK_LINE.test(between) && !MARKUP.test(between) && PLAIN_JOIN.test(between) ? o.owners : null;
  for (let changed = true; changed; ) {
    changed = false;
    for (const i of candidates) {
      const t = tokens[i]!;
      if (t.owners || t.protectedByKeep) continue;
      const persons = h.short.get(t.key);
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const found: number[] = [];
      if (persons) {
        for (const o of [...(nextTo(prev, prev ? gap(prev, t) : '') ?? []), ...(nextTo(next, next ? gap(t, next) : '') ?? [])]) {
          if (persons.has(o)) found.push(o);
        }
      }
      // An initial: one letter, a dot, then a hidden word of a person with a word of that letter.
      if (t.key.length === 1 && next?.owners && INITIAL_DOT.test(gap(t, next))) {
        for (const o of next.owners) if (h.initials.get(o)?.has(t.key)) found.push(o);
      }
      if (found.length > 0) {
        hide(t, found);
        changed = true;
      }
    }
  }
}

/** Whether two hidden neighbours read as one name and become one `[REDACTED]`. */
function joins(text: string, a: Token, b: Token): boolean {
  const between = text.slice(a.end, b.start);
  if (BLANK_LINE.test(between) || MARKUP.test(between)) return false;
  if (PLAIN_JOIN.test(between)) return true;
  return (a.whole !== 0 && a.whole === b.whole) || (a.key.length === 1 && INITIAL_DOT.test(between));
}

const SPACES = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
const isSpace = (code: number) => SPACES.has(code) || (code >= 0x2000 && code <= 0x200b);
const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u02bc': "'", '`': "'", '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-',
};

/** A text with every character's place in the original: white space squashed, case, quotes and dashes folded, bold marks dropped. */
function normalize(text: string): { text: string; at: number[] } {
  const out: string[] = [];
  const at: number[] = [];
  let lastSpace = true;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const here = i;
    i += code > 0xffff ? 2 : 1;
    if (code === 0x2a) continue; // `*`
    if (isSpace(code)) {
      if (!lastSpace) {
        out.push(' ');
        at.push(here);
        lastSpace = true;
      }
      continue;
    }
    lastSpace = false;
    const ch = text.slice(here, i);
    const c = code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : code < 0x80 && code !== 0x60 ? ch : (QUOTES[ch] ?? ch.toLowerCase());
    for (let k = 0; k < c.length; k++) {
      out.push(c[k]!);
      at.push(here);
    }
  }
  return { text: out.join(''), at };
}

type Span = [number, number];

/** The spans of `text` where a passage stands; in a record field, also a field inside a passage or overlapping one. */
function passageSpans(text: string, passages: string[], inField: boolean): Span[] {
  if (passages.length === 0) return [];
  const n = normalize(text);
  const end = (k: number) => n.at[k]! + (text.codePointAt(n.at[k]!)! > 0xffff ? 2 : 1);
  const span = (from: number, to: number): Span => [n.at[from]!, end(to - 1)];
  const spans: Span[] = [];
  const field = n.text.trimEnd();
  for (const p of passages) {
    for (let k = field.indexOf(p); k !== -1; k = field.indexOf(p, k + 1)) spans.push(span(k, k + p.length));
    if (!inField || field.length === 0) continue;
    if (p.includes(field)) spans.push(span(0, field.length));
    for (let len = Math.min(field.length, p.length) - 1; len >= MIN_OVERLAP; len--) {
      if (field.endsWith(p.slice(0, len))) {
        spans.push(span(field.length - len, field.length));
        break;
      }
    }
    for (let len = Math.min(field.length, p.length) - 1; len >= MIN_OVERLAP; len--) {
      if (field.startsWith(p.slice(p.length - len))) {
        spans.push(span(0, len));
        break;
      }
    }
  }
  return spans;
}

function redact(text: string, h: CompiledHidden, inField: boolean): { text: string; replaced: number } {
  const tokens = tokenize(text);
  markNames(text, tokens, h);
  const spans: Span[] = passageSpans(text, h.passages, inField);
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.owners) continue;
    let j = i;
    while (tokens[j + 1]?.owners && joins(text, tokens[j]!, tokens[j + 1]!)) j++;
    spans.push([tokens[i]!.start, tokens[j]!.end]);
    i = j;
  }
  if (spans.length === 0) return { text, replaced: 0 };
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  let out = '';
  let from = 0;
  let boldBefore = false;
  for (const [s, e] of merged) {
    const before = text.slice(from, s);
    boldBefore = toggles(before) % 2 === 1 ? !boldBefore : boldBefore;
    // A passage that opens or closes a bold run keeps the mark, so the rest of the text reads as before.
    const inside = toggles(text.slice(s, e)) % 2 === 1;
    out += before + (inside ? (boldBefore ? `${REDACTED}**` : `**${REDACTED}`) : REDACTED);
    if (inside) boldBefore = !boldBefore;
    from = e;
  }
  return { text: out + text.slice(from), replaced: merged.length };
}

const toggles = (s: string): number => s.split('**').length - 1;

/** The text with every hidden name, organisation and confidential passage replaced by `[REDACTED]`. */
export function redactText(text: string, hidden: HiddenContent | CompiledHidden): string {
  return redact(text, compiledOf(hidden), false).text;
}

/** `redactText`, also answering how many `[REDACTED]` marks it wrote. */
export function redactTextCounted(text: string, hidden: HiddenContent | CompiledHidden): { text: string; replaced: number } {
  return redact(text, compiledOf(hidden), false);
}

/** Which hidden person (index) a spelling names: the whole spelling, or only words and initials of one person. */
function ownerOf(spelling: string, h: CompiledHidden): number | null {
  const words = nameWords(spelling);
  if (words.length === 0) return null;
  const whole = h.wholes.get(words.join(''));
  const person = whole ? [...whole].find((o) => o >= 0) : undefined;
  if (person !== undefined) return person;
  const candidates = new Set<number>();
  for (const w of words) for (const p of h.alone.get(w) ?? h.aloneSkeletons.get(skeletonOf(w) ?? '') ?? []) candidates.add(p);
  for (const p of candidates) {
    const fits = words.every((w) =>
      h.alone.get(w)?.has(p) || h.aloneSkeletons.get(skeletonOf(w) ?? '')?.has(p) || h.short.get(w)?.has(p) ||
      (w.length === 1 && h.initials.get(p)?.has(w)));
    if (fits) return p;
  }
  return null;
}

const spellingsOf = (p: { name: string; variants: string[] }): string[] => [p.name, ...p.variants];

/** The spellings of a person that name somebody (not a title alone). */
const namingSpellings = (p: { name: string; variants: string[] }): string[] => spellingsOf(p).filter((s) => nameWords(s).length > 0);

/**
 * What to hide in one letter, completed from its record: the record's own spellings of a hidden
 * person, the persons it names outside the lists (`hideUnlisted`), organisations whose name is
 * itself a marked passage, and the names that stay public (signatories, persons not hidden).
 */
export function hiddenForRecord(record: Communication, input: HiddenContent): CompiledHidden {
  const base = compileHidden(input);
  const names = input.names.map((spellings) => [...spellings]);
  const keep = [...(input.keep ?? []), ...record.signatories.map((s) => s.name)];
  // Each public spelling as a person of its own: a record person is listed when one of its
  // spellings is a public name, or only words and initials of one.
  const publicNames = keep.filter((s) => nameWords(s).length > 0);
  const listed = input.hideUnlisted && publicNames.length > 0 ? compileHidden({ names: publicNames.map((s) => [s]), passages: [] }) : null;
  for (const p of record.persons) {
    const owner = spellingsOf(p).map((s) => ownerOf(s, base)).find((o) => o !== null);
    if (owner !== undefined && owner !== null) names[owner]!.push(...namingSpellings(p));
    else if (input.hideUnlisted && !spellingsOf(p).some((s) => listed !== null && ownerOf(s, listed) !== null)) {
      if (namingSpellings(p).length > 0) names.push(namingSpellings(p));
    } else keep.push(...spellingsOf(p));
  }
  const organizations = (input.organizations ?? []).map((spellings) => [...spellings]);
  const marked = new Set(base.passages);
  const orgKey = (s: string) => (s.match(WORD) ?? []).map(keyOf).join('');
  const hiddenOrgs = new Set(organizations.flat().map(orgKey));
  for (const o of record.organizations) {
    if (spellingsOf(o).some((s) => hiddenOrgs.has(orgKey(s)) || marked.has(normalize(s).text.trim()))) {
      organizations.push(spellingsOf(o).filter((s) => orgKey(s).length >= MIN_ALONE));
    }
  }
  return compileHidden({ names, passages: input.passages, organizations, keep, hideUnlisted: input.hideUnlisted });
}

/** Whether an organisation of the record is hidden: any of its spellings is. */
function isHiddenOrganization(o: Organization, h: CompiledHidden): boolean {
  return spellingsOf(o).some((s) => h.wholes.get((s.match(WORD) ?? []).map(keyOf).join(''))?.has(-1));
}

/** Generic words only (`human rights defender`): a descriptor with a capital, a digit or a hidden word identifies. */
const GENERIC_DESCRIPTOR = /^[\p{Ll}\p{M}]+(?:[ '\u2019-][\p{Ll}\p{M}]+){0,4}$/u;

function hiddenPerson(p: Person, field: (s: string) => string): Person {
  const descriptors = p.descriptors?.filter((d) => GENERIC_DESCRIPTOR.test(d) && field(d) === d);
  return {
    name: REDACTED,
    variants: [],
    role: p.role,
    ...(p.gender !== undefined ? { gender: p.gender } : {}),
    ...(descriptors !== undefined ? { descriptors } : {}),
  };
}

/**
 * The interchange record as it may be published: hidden persons become `[REDACTED]` (their role
 * kept, identifying descriptors dropped), marked organisations too, and the title, events,
 * questions, warnings and text are redacted like the letter; the private file's name and hash go.
 */
export function redactRecord(record: Communication, hidden: HiddenContent | CompiledHidden): Communication {
  const h = 'alone' in hidden ? hidden : hiddenForRecord(record, hidden);
  const field = (s: string) => redact(s, h, true).text;
  const fieldOrNull = (s: string | null) => (s === null ? null : field(s));
  const persons = record.persons.map((p) =>
    spellingsOf(p).some((s) => ownerOf(s, h) !== null)
      ? hiddenPerson(p, field)
      : { ...p, name: field(p.name), variants: p.variants.map(field), ...(p.descriptors ? { descriptors: p.descriptors.map(field) } : {}) },
  );
  const organizations = record.organizations.map((o) =>
    isHiddenOrganization(o, h) ? { name: REDACTED, variants: [] } : { name: field(o.name), variants: o.variants.map(field) },
  );
  // Every string of an event but its date: the text, and a place where a record gives one.
  const events = record.events.map((e) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(e)) out[k] = typeof v === 'string' && k !== 'date' && k !== 'precision' ? field(v) : v;
    return out as typeof e;
  });
  const text = record.text === undefined ? undefined : redact(record.text, h, false);
  return {
    ...record,
    title: fieldOrNull(record.title),
    persons,
    organizations,
    events,
    questions: record.questions.map(field),
    ...(record.warnings ? { warnings: record.warnings.map(field) } : {}),
    ...(record.source ? { source: { ...record.source, file: null, sha256: null } } : {}),
    ...(text ? { text: text.text, redactions: countRedactions(text.text) } : {}),
  };
}

/** The public copy of a letter: its text and record redacted with the same list, and the marks written in the text. */
export function redactLetter(text: string, record: Communication, input: HiddenContent): { text: string; record: Communication; replaced: number } {
  const h = hiddenForRecord(record, input);
  const body = redact(text, h, false);
  const publicRecord = redactRecord(record, h);
  return { text: body.text, record: { ...publicRecord, redactions: countRedactions(body.text) }, replaced: body.replaced };
}

export const countRedactions = (text: string): number => text.split(REDACTED).length - 1;

/**
 * The hidden spellings still readable in a text (folded, whole words): empty for a good public
 * copy. Checks every spelling the redaction hides whole, and every name word hidden alone unless
 * a name that stays public holds it.
 */
export function hiddenSpellingsIn(text: string, hidden: HiddenContent): string[] {
  const folded = ` ${fold(text)} `;
  const keptWords = new Set((hidden.keep ?? []).flatMap(nameWords));
  const found: string[] = [];
  for (const spellings of hidden.names) {
    for (const s of spellings) {
      const words = nameWords(s);
      const whole = words.length > 1 || (words.length === 1 && !isShort(words[0]!));
      if (whole && folded.includes(` ${words.join(' ')} `)) found.push(s);
      for (const w of words) if (!isShort(w) && !keptWords.has(w) && folded.includes(` ${w} `) && !found.includes(w)) found.push(w);
    }
  }
  for (const spellings of hidden.organizations ?? []) {
    for (const s of spellings) {
      const words = (s.match(WORD) ?? []).map(keyOf);
      if (words.length > 0 && folded.includes(` ${words.join(' ')} `)) found.push(s);
    }
  }
  return found;
}
