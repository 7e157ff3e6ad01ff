/**
 * Days written without their year, as the facts of a letter go on once a year is given: `On 14
 * June, the court extended her detention`, `le 10 juin`, `el 15 de abril`, `On June 14,`. The year
 * comes from the facts before them (see events.ts); alone, such a day is no date.
 */
import { MONTH_PATTERN, monthNumber } from '../../domain/dates.js';
import { trieSource } from '../../domain/regex-trie.js';
import { allMatches } from '../all-matches.js';

export interface DayWithoutYear {
  index: number;
  month: number;
  day: number;
}

// `14 June`, `1er juin`, `15 de abril`, not followed by a year (that is a full date).
const DAY_MONTH = new RegExp(
  String.raw`\b(\d{1,2})(?:er|st|nd|rd|th|º|°)?\s+(?:de\s+)?(${MONTH_PATTERN})\b(?!\.?\s*(?:de(?:l)?\s+|,\s*)?\d)`,
  'gi',
);
// `June 14`: English writes its months with a capital, which keeps out `may 12` and `march 5 km`.
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_DAY = new RegExp(String.raw`\b(${trieSource(ENGLISH_MONTHS)})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d)`, 'g');

/** The days without a year in a text, in order. */
export function findDaysWithoutYear(text: string): DayWithoutYear[] {
  const out: DayWithoutYear[] = [];
  for (const m of allMatches(DAY_MONTH, text)) out.push({ index: m.index, month: monthNumber(m[2]!) ?? 0, day: Number(m[1]) });
  for (const m of allMatches(MONTH_DAY, text)) out.push({ index: m.index, month: monthNumber(m[1]!) ?? 0, day: Number(m[2]) });
  return out.filter((d) => d.month > 0).sort((a, b) => a.index - b.index);
}
