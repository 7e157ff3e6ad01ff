/**
 * Words and their lexemes under each text search configuration (`detained` → `detain` in
 * `rap_english`), learnt from the database as snippets meet them: the stemmers are the
 * database's, so a snippet marks exactly the words the search matched, and each word is asked
 * once. Bounded: when full it starts again empty.
 */
export type WordLexemes = Map<string, readonly string[]>;

const DEFAULT_MAX_WORDS = 400_000;

export class Lexicon {
  /** By configuration, then word. Starting again makes new maps: one handed out stays whole. */
  private known = new Map<string, WordLexemes>();
  private words = 0;

  constructor(private readonly maxWords = DEFAULT_MAX_WORDS) {}

  get size(): number {
    return this.words;
  }

  /** The words known under `config`, with their lexemes. */
  of(config: string): ReadonlyMap<string, readonly string[]> {
    return this.known.get(config) ?? new Map();
  }

  learn(config: string, word: string, lexemes: readonly string[]): void {
    if (this.words >= this.maxWords) {
      this.known = new Map();
      this.words = 0;
    }
    let of = this.known.get(config);
    if (!of) this.known.set(config, (of = new Map()));
    if (!of.has(word)) this.words++;
    of.set(word, lexemes);
  }
}

/** The lexemes a `tsquery` printed by the database names: `'human' <-> 'right' | 'detent'` → human, right, detent. */
export function lexemesOfQuery(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/'((?:[^'\\]|''|\\.)*)'/g)) out.add(m[1]!.replace(/''/g, "'").replace(/\\(.)/g, '$1'));
  return out;
}
