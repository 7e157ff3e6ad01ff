/** Redacted passages of a published letter: `[REDACTED]` and its French and Spanish equivalents, or a run of blocks. */

const REDACTED = /\[\s*(?:REDACTED|REDACTADO|CAVIARD[ÉE]|EXPURG[ÉE]|SUPPRIM[ÉE]|OCCULT[ÉE]|CONFIDENTIEL|TACHADO|SUPRIMIDO|OMITIDO|CENSURADO|ELIMINADO|CONFIDENCIAL|WITHHELD|NAME WITHHELD)\s*\]|█{2,}/gi;

export function countRedactions(text: string): number {
  return text.match(REDACTED)?.length ?? 0;
}

const mayHoldRedaction = (text: string) => text.includes('[') || text.includes('█');

/**
 * `countRedactions(paragraphs.join('\n'))`, without joining and scanning the text when no
 * paragraph has a `[` or a block, as most letters.
 */
export function countRedactionsIn(paragraphs: string[]): number {
  return paragraphs.some(mayHoldRedaction) ? countRedactions(paragraphs.join('\n')) : 0;
}
