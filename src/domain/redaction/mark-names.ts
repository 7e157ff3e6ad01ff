/**
 * Which words of a text name a hidden person or organisation. What hides a person's name, each
 * of their spellings being given:
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
 */
import type { CompiledHidden } from './hidden.js';
import { isTitle, keyOf, skeletonOf, WORD } from './name-words.js';

/** Most words a whole spelling runs over in a text. */
const MAX_RUN = 10;

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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const key = keyOf(m[0]);
    if (key) tokens.push({ start: m.index, end: m.index + m[0].length, key, owners: null, protectedByKeep: false, whole: 0 });
  }
  return tokens;
}

function hide(t: Token, owners: Iterable<number>): void {
  t.owners ??= new Set();
  for (const o of owners) t.owners.add(o);
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
export function markNames(text: string, tokens: Token[], h: CompiledHidden): void {
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
export function joins(text: string, a: Token, b: Token): boolean {
  const between = text.slice(a.end, b.start);
  if (BLANK_LINE.test(between) || MARKUP.test(between)) return false;
  if (PLAIN_JOIN.test(between)) return true;
  return (a.whole !== 0 && a.whole === b.whole) || (a.key.length === 1 && INITIAL_DOT.test(between));
}
