/** What the public copy must not show, as given and as compiled once for a letter. */
import { RapError } from '../errors.js';
import { isShort, keyOf, MIN_ALONE, nameWords, skeletonOf, WORD } from './name-words.js';
import { normalize } from './passages.js';

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
  /**
   * Words that are also names of places the letters speak of (a State: `Jordan`, `Georgia`). Such a
   * word of a hidden person's name is hidden, like a particle, only where it is plainly the
   * person's (inside a whole spelling, after a title, next to another word of the name): alone it
   * is the place, which the letter names everywhere. A person known by that one word alone stays
   * hidden everywhere.
   */
  commonWords?: ReadonlyArray<string>;
}

/** Fewest characters a passage needs (shorter would hide ordinary words). */
const MIN_PASSAGE = 3;

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
  const common = commonWordsOf(input);
  input.names.forEach((spellings, person) => {
    if (spellings.length === 0) throw invalid(`names[${person}]`, 'a hidden person needs at least one spelling');
    spellings.forEach((spelling, j) => {
      const words = nameWords(spelling);
      if (words.length === 0) throw invalid(`names[${person}][${j}]`, 'the spelling has no name to hide (empty, or a title only)');
      for (const w of words) {
        add(initials, person, w[0]!);
        if (isShort(w) || common.has(w)) add(short, w, person);
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

/** The folded `commonWords` of what to hide. */
export const commonWordsOf = (input: HiddenContent): Set<string> => new Set((input.commonWords ?? []).map(keyOf));

function startsOf(compacts: Iterable<string>): Set<string> {
  const starts = new Set<string>();
  for (const c of compacts) for (let k = 1; k <= c.length; k++) starts.add(c.slice(0, k));
  return starts;
}
