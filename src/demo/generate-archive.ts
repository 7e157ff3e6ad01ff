/**
 * The synthetic archive: letters in date order, each followed by its replies, with their ground
 * truth. A generator: nothing but the small plans of recent letters is kept in memory, so fifty
 * thousand letters of three thousand words stream through at a steady pace.
 */
import { renderLetter } from './letter.js';
import { planArchive, type ArchiveOptions } from './plan.js';
import { renderReply } from './reply.js';
import type { GeneratedDocument } from './truth.js';

export type { ArchiveOptions } from './plan.js';

export const DEFAULT_WORDS = 1500;
export const DEFAULT_SEED = 1;

export interface GenerateOptions extends ArchiveOptions {
  /** Leave out the replies (letters only). */
  lettersOnly?: boolean;
}

export function* generateArchive(options: GenerateOptions): Generator<GeneratedDocument> {
  const seed = options.seed ?? DEFAULT_SEED;
  const words = options.words ?? DEFAULT_WORDS;
  for (const plan of planArchive({ ...options, seed })) {
    const letter = renderLetter(plan, { seed, words });
    yield letter;
    if (options.lettersOnly) continue;
    for (let n = 1; n <= plan.replies.length; n++) yield renderReply(plan, letter.file, n, seed, words);
  }
}

/** Only the letters, in memory: for tests and benchmarks that need a few thousand texts at once. */
export function generateLetters(options: ArchiveOptions): GeneratedDocument[] {
  return [...generateArchive({ ...options, lettersOnly: true })];
}
