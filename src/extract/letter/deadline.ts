/** The reply deadline: "a response within 60 days" ("sixty days"; "dans un délai de 60 jours"; "en un plazo de 60 días"). */

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

export function readDeadline(paragraphs: string[]): number | null {
  for (const p of paragraphs) {
    const m = DEADLINE.exec(p);
    if (!m) continue;
    const raw = m[1]!.toLowerCase();
    const n = /^\d+$/.test(raw) ? Number(raw) : NUMBER_WORDS[raw.replace(/\s+/g, ' ')];
    if (n) return n;
  }
  return null;
}
