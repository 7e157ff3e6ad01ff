/** What the letter's frame hands to the entity recognisers (see index.ts). */
import type { Language } from '../../domain/dates.js';
import { toPlain, type PlainText } from './markup.js';
import { splitSentences, type Sentence } from './sentences.js';

export interface EntityInput {
  language: Language;
  /** Body paragraphs in order, then any list of the persons concerned; markdown bold markers kept, page artefacts removed. */
  paragraphs: string[];
  /** Index range in `paragraphs` of the facts section: `end` is exclusive. */
  facts?: { start: number; end: number };
  /** Index range in `paragraphs` of a list of the persons concerned (an annex's, after the body): `end` is exclusive. */
  listed?: { start: number; end: number };
  /** The subject passage, may contain **bold**. */
  subject: string | null;
  /** Names that are never persons of the document: signatories and mandate holders. */
  exclude: string[];
}

export class PreparedParagraph implements PlainText {
  private split: Sentence[] | undefined;

  constructor(readonly text: string, readonly bold: Array<[number, number]>, readonly index: number) {}

  /** Split on first use: only the dated paragraphs of the facts need their sentences. */
  get sentences(): Sentence[] {
    return (this.split ??= splitSentences(this.text));
  }
}

export interface Prepared {
  paragraphs: PreparedParagraph[];
  subject: PlainText | null;
}

// The four recognisers are called one after the other on the same input: prepare it once.
const cache = new WeakMap<EntityInput, Prepared>();

export function prepare(input: EntityInput): Prepared {
  const hit = cache.get(input);
  if (hit) return hit;
  const paragraphs = input.paragraphs.map((p, index) => {
    const plain = toPlain(p);
    return new PreparedParagraph(plain.text, plain.bold, index);
  });
  const prepared = { paragraphs, subject: input.subject ? toPlain(input.subject) : null };
  cache.set(input, prepared);
  return prepared;
}

const memos = new WeakMap<EntityInput, Map<string, unknown>>();

/** A result computed once per input (persons need the organisations, sources need everything). */
export function memo<T>(input: EntityInput, key: string, compute: () => T): T {
  let m = memos.get(input);
  if (!m) memos.set(input, (m = new Map()));
  if (!m.has(key)) m.set(key, compute());
  return m.get(key) as T;
}
