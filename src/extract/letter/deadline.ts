/**
 * The reply deadline: "a response within 60 days" ("sixty days"; "dans un délai de 60 jours"; "en un
 * plazo de 60 días"). A sentence on when the letter is made public gives none ("will be made public
 * … within 60 days" is not a time to answer in).
 */

const NUMBER_WORDS: Record<string, number> = {
  thirty: 30, 'forty-five': 45, 'forty five': 45, sixty: 60, ninety: 90,
  trente: 30, 'quarante-cinq': 45, soixante: 60, 'quatre-vingt-dix': 90,
  treinta: 30, 'cuarenta y cinco': 45, sesenta: 60, noventa: 90,
};
const AMOUNT = String.raw`(\d{1,3}|thirty|forty[- ]five|sixty|ninety|trente|quarante-cinq|soixante|quatre-vingt-dix|treinta|cuarenta y cinco|sesenta|noventa)`;
const DEADLINE = new RegExp(
  String.raw`\b(?:within|in\s+the\s+next|dans\s+un\s+d[ée]lai\s+de|dans\s+les|sous|d['’]ici|en\s+un\s+plazo\s+de|en\s+el\s+plazo\s+de|dentro\s+de(?:l)?(?:\s+(?:un|los))?(?:\s+plazo\s+de)?)\s+(?:\(?\s*)?${AMOUNT}\s*(?:\(\s*\d{1,3}\s*\)\s*)?(?:days|jours|d[íi]as)\b`,
  'i',
);

/**
 * The unit every deadline ends with: a first look that rules out most paragraphs at about half the
 * cost of the whole pattern, which tries its words at every word's start.
 */
const DAYS = /days|jours|d[íi]as/i;

// Whole words: `\b` is for ASCII letters only, and would fail after `publié` or inside `públicas`.
const PUBLICATION = /(?<![\p{L}])(?:made\s+public|rendue?s?\s+publiques?|har[áa]n?\s+p[úu]blic[ao]s?|publicad[ao]s?|publi[ée]e?s?)(?![\p{L}])/iu;
const SENTENCE_END = /(?<=[.!?])\s+(?=\p{Lu})/u;

/** The deadline a sentence gives, unless its days are when the letter is made public (said before them). */
function responseDeadline(sentence: string): RegExpExecArray | null {
  const m = DEADLINE.exec(sentence);
  const published = PUBLICATION.exec(sentence);
  return m && !(published && published.index < m.index) ? m : null;
}

export function readDeadline(paragraphs: string[]): number | null {
  for (const p of paragraphs) {
    if (!DAYS.test(p) || !DEADLINE.test(p)) continue;
    const m = p.split(SENTENCE_END).map(responseDeadline).find((x) => x !== null);
    if (!m) continue;
    const raw = m[1]!.toLowerCase();
    const n = /^\d+$/.test(raw) ? Number(raw) : NUMBER_WORDS[raw.replace(/\s+/g, ' ')];
    if (n) return n;
  }
  return null;
}
