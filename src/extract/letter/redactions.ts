/** Redacted passages of a published letter: `[REDACTED]` and its French and Spanish equivalents, or a run of blocks. */

const REDACTED = /\[\s*(?:REDACTED|REDACTADO|CAVIARD[ÉE]|EXPURG[ÉE]|SUPPRIM[ÉE]|OCCULT[ÉE]|CONFIDENTIEL|TACHADO|SUPRIMIDO|OMITIDO|CENSURADO|ELIMINADO|CONFIDENCIAL|WITHHELD|NAME WITHHELD)\s*\]|█{2,}/gi;

export function countRedactions(text: string): number {
  return text.match(REDACTED)?.length ?? 0;
}
