/**
 * The passages a confidential case event hides in the public copy of its letters: its place,
 * its description whole and each sentence of it long enough to be the event's own words (a
 * letter retells an event sentence by sentence, seldom whole). A short piece such as `Mr.` or
 * `She left.` would hide ordinary words of every letter, so it is left to an officer to mark.
 */

/** Fewest words a sentence of a description needs to be hidden on its own. */
const MIN_SENTENCE_WORDS = 4;
/** Fewest letters or digits a place or a description needs to be hidden. */
const MIN_CHARACTERS = 3;

export interface ConfidentialEventWords {
  description: string;
  place: string | null;
}

/** A sentence ends at a stop before a capital, unless the stop ends a title or an initial (`Ms. Vey`, `D. Vey`). */
const SENTENCE_END = /(?<!(?:^|[\s.])(?:Mr|Ms|Mrs|Dr|Sr|Sra|Mme|Mlle|St|No|\p{Lu})\.)(?<=[.!?…])\s+(?=[\p{Lu}\p{N}"“«(])/u;
const wordCount = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
const characters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').length;

export function confidentialEventPassages(event: ConfidentialEventWords): string[] {
  const description = event.description.trim();
  const sentences = description.split(SENTENCE_END).map((s) => s.trim()).filter((s) => wordCount(s) >= MIN_SENTENCE_WORDS);
  const place = event.place?.trim() ?? '';
  const passages = [place, description, ...sentences].filter((p) => characters(p) >= MIN_CHARACTERS);
  return [...new Set(passages)];
}
