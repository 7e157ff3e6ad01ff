/** What the letter's frame hands to the entity recognisers (see index.ts). */
import type { Language } from '../../domain/dates.js';
import { toPlain, type PlainText } from './markup.js';
import { splitSentences, type Sentence } from './sentences.js';

export interface EntityInput {
  language: Language;
  /** Body paragraphs in order, markdown bold markers kept, page artefacts removed. */
  paragraphs: string[];
  /** Index range in `paragraphs` of the facts section: `end` is exclusive. */
  facts?: { start: number; end: number };
  /** The subject passage, may contain **bold**. */
  subject: string | null;
  /** Names that are never persons of the document: signatories and mandate holders. */
  exclude: string[];
}

export interface PreparedParagraph extends PlainText {
  index: number;
  sentences: Sentence[];
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
    return { ...plain, index, sentences: splitSentences(plain.text) };
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
