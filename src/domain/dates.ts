/**
 * Dates as letters write them, in English, French and Spanish: `18 March 2024`, `March 18, 2024`,
 * `1er mars 2024`, `18 de marzo de 2024`, `July 2016`, `juillet 2016`, `2016`; and as replies in
 * Russian, Arabic and Chinese date themselves: `10 мая 2021 года`, `10 أيار/مايو 2021`,
 * `2021年5月10日`. Pure functions.
 */
import type { DatePrecision } from './communication.js';
import { trieSource } from './regex-trie.js';
import { fold } from './text.js';

export type Language = 'en' | 'fr' | 'es';

export interface PartialDate {
  /** ISO date; for month or year precision the first day of the period. */
  date: string;
  precision: DatePrecision;
}

const MONTHS: Record<string, number> = {};
const monthNames: Array<[number, string[]]> = [
  [1, ['january', 'jan', 'janvier', 'janv', 'enero']],
  [2, ['february', 'feb', 'fevrier', 'fevr', 'febrero']],
  [3, ['march', 'mar', 'mars', 'marzo']],
  [4, ['april', 'apr', 'avril', 'avr', 'abril']],
  [5, ['may', 'mai', 'mayo']],
  [6, ['june', 'jun', 'juin', 'junio']],
  [7, ['july', 'jul', 'juillet', 'juil', 'julio']],
  [8, ['august', 'aug', 'aout', 'agosto']],
  [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre']],
  [10, ['october', 'oct', 'octobre', 'octubre']],
  [11, ['november', 'nov', 'novembre', 'noviembre']],
  [12, ['december', 'dec', 'decembre', 'diciembre']],
];
for (const [n, names] of monthNames) for (const name of names) MONTHS[name] = n;

/** The month number of a month name in any of the three languages (diacritics and case ignored). */
export function monthNumber(name: string): number | undefined {
  const folded = fold(name);
  return MONTHS[folded.endsWith('.') ? folded.slice(0, -1) : folded];
}

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre',
  'décembre', 'decembre',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
];
/** The month names of the three languages, for case-insensitive patterns; as a prefix tree, a quarter faster to scan. */
export const MONTH_PATTERN = trieSource(MONTH_NAMES);

const pad = (n: number) => String(n).padStart(2, '0');

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether February of `year` has 29 days, as `Date.UTC` reads the year (0-99 are 1900-1999). */
function isLeapYear(year: number): boolean {
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Whole years and months from the table (no Date built); anything else as `Date` reads it.
  if (!Number.isInteger(year) || !Number.isInteger(month) || Math.abs(year) > 200_000) {
    return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  }
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!);
}

export function isoDate(year: number, month: number, day: number): string | null {
  return isValidDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

// The month patterns are case-insensitive without the `u` flag: the same matches on letters'
// text (no astral characters, no `ſ`), three times faster in V8.
// `18 March 2024`, `1er mars 2024`, `18 de marzo de 2024`, `18 de marzo del 2024`
const DAY_MONTH_YEAR = new RegExp(
  String.raw`\b(\d{1,2})(?:er|st|nd|rd|th|º|°)?\s+(?:de\s+)?(${MONTH_PATTERN})\.?\s*(?:de(?:l)?\s+|,\s*)?(\d{4})\b`,
  'i',
);
// `March 18, 2024`
const MONTH_DAY_YEAR = new RegExp(String.raw`\b(${MONTH_PATTERN})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i');
// `July 2016`, `juillet 2016`, `julio de 2016`
const MONTH_YEAR = new RegExp(String.raw`\b(${MONTH_PATTERN})\.?\s+(?:de(?:l)?\s+)?(\d{4})\b`, 'i');
// `2024-03-18`, `18/03/2024`, `18.03.2024`
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const NUMERIC_DMY = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/;

/** The first full date (day, month, year) in a text, as ISO; null when there is none. */
export function parseDate(text: string): string | null {
  const found = findDates(text).find((d) => d.precision === 'day');
  return found ? found.date : null;
}

export interface DateMatch extends PartialDate {
  /** Where the date stands in the text, and its length. */
  index: number;
  length: number;
  raw: string;
}

/**
 * Every date in a text, most precise reading first at each place, in order of appearance.
 * A month-year inside a full date is not reported twice.
 */
export function findDates(text: string): DateMatch[] {
  // Every form has a four-digit year: most sentences are done with at this test.
  if (!FOUR_DIGITS.test(text)) return [];
  const out: DateMatch[] = [];
  // Each form is scanned only when the text has what it needs: a hyphen, a month name, a dot or slash.
  const month = MONTH_NAME.test(text);
  if (text.includes('-')) scanInto(out, text, SCANNERS.iso, (m) => [isoDate(+m[1]!, +m[2]!, +m[3]!), 'day']);
  if (month) scanInto(out, text, SCANNERS.dayMonthYear, (m) => [isoDate(+m[3]!, monthNumber(m[2]!) ?? 0, +m[1]!), 'day']);
  if (month && DAY_THEN_YEAR.test(text)) scanInto(out, text, SCANNERS.monthDayYear, (m) => [isoDate(+m[3]!, monthNumber(m[1]!) ?? 0, +m[2]!), 'day']);
  if (text.includes('/') || text.includes('.')) scanInto(out, text, SCANNERS.numeric, (m) => [isoDate(+m[3]!, +m[2]!, +m[1]!), 'day']);
  if (month) scanInto(out, text, SCANNERS.monthYear, (m) => [isoDate(+m[2]!, monthNumber(m[1]!) ?? 0, 1), 'month']);
  if (OTHER_SCRIPT.test(text)) scanOtherScripts(out, text);
  return out.sort((a, b) => a.index - b.index);
}

// Replies from Permanent Missions come in the other official languages too. Russian months are
// read in the genitive of a full date (`10 мая`), Arabic months by the Gregorian name that UN Arabic
// writes after the Levantine one (`أيار/مايو`), with Eastern Arabic digits read as digits.
const OTHER_SCRIPT = /[\u0400-\u04ff\u0600-\u06ff\u4e00-\u9fff]/;
const RUSSIAN_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const ARABIC_MONTHS: Array<[number, string[]]> = [
  [1, ['يناير', 'كانون الثاني']], [2, ['فبراير', 'شباط']], [3, ['مارس', 'آذار']], [4, ['أبريل', 'ابريل', 'نيسان']],
  [5, ['مايو', 'أيار']], [6, ['يونيه', 'يونيو', 'حزيران']], [7, ['يوليه', 'يوليو', 'تموز']], [8, ['أغسطس', 'اغسطس', 'آب']],
  [9, ['سبتمبر', 'أيلول']], [10, ['أكتوبر', 'اكتوبر', 'تشرين الأول']], [11, ['نوفمبر', 'تشرين الثاني']], [12, ['ديسمبر', 'كانون الأول']],
];
const ARABIC_MONTH = new Map(ARABIC_MONTHS.flatMap(([n, names]) => names.map((name): [string, number] => [name, n])));
const ARABIC_NAMES = [...ARABIC_MONTH.keys()].sort((a, b) => b.length - a.length).join('|');
const RUSSIAN_DATE = new RegExp(String.raw`(?<![\d\p{L}])(\d{1,2})\s+(${RUSSIAN_MONTHS.join('|')})\s+(\d{4})(?!\d)`, 'giu');
// `10 أيار/مايو 2021`, `10 مايو 2021`: the last month name before the year decides.
const ARABIC_DATE = new RegExp(String.raw`(?<!\d)(\d{1,2})\s+(?:(?:${ARABIC_NAMES})\s*/\s*)?(${ARABIC_NAMES})\s+(\d{4})(?!\d)`, 'gu');
const CHINESE_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;
const CHINESE_MONTH = /(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)/gu;
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

function scanOtherScripts(out: DateMatch[], text: string): void {
  // One Eastern Arabic digit is one character, as its ASCII digit: the places stay the same.
  const digits = text.replace(EASTERN_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10));
  scanInto(out, digits, RUSSIAN_DATE, (m) => [isoDate(+m[3]!, RUSSIAN_MONTHS.indexOf(m[2]!.toLowerCase()) + 1, +m[1]!), 'day']);
  scanInto(out, digits, ARABIC_DATE, (m) => [isoDate(+m[3]!, ARABIC_MONTH.get(m[2]!) ?? 0, +m[1]!), 'day']);
  scanInto(out, digits, CHINESE_DATE, (m) => [isoDate(+m[1]!, +m[2]!, +m[3]!), 'day']);
  scanInto(out, digits, CHINESE_MONTH, (m) => [isoDate(+m[1]!, +m[2]!, 1), 'month']);
  for (const d of out) d.raw = text.slice(d.index, d.index + d.length);
}

type Reader = (m: RegExpExecArray) => [string | null, DatePrecision];

/** The dates `g` finds in `text` that overlap none already in `out`, appended to it. */
function scanInto(out: DateMatch[], text: string, g: RegExp, read: Reader): void {
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // Overlaps first: the month and year of every full date are found again, and reading them is not free.
    if (!out.every((d) => end <= d.index || start >= d.index + d.length)) continue;
    const [date, precision] = read(m);
    if (date) out.push({ date, precision, index: start, length: m[0].length, raw: m[0] });
  }
}

const FOUR_DIGITS = /\d{4}|[\u0660-\u0669\u06f0-\u06f9]{4}/;
/**
 * What MONTH_DAY_YEAR has after its month, `18, 2024`: a cheap first look (a pattern starting with a
 * digit is found fast, one starting with a month name is tried at every letter), and few texts have it.
 */
const DAY_THEN_YEAR = /\d(?:st|nd|rd|th)?,?\s+\d{4}/i;
const MONTH_NAME = new RegExp(MONTH_PATTERN, 'i');
const global = (re: RegExp) => new RegExp(re.source, `${re.flags}g`);
const SCANNERS = {
  iso: global(ISO),
  dayMonthYear: global(DAY_MONTH_YEAR),
  monthDayYear: global(MONTH_DAY_YEAR),
  numeric: global(NUMERIC_DMY),
  monthYear: global(MONTH_YEAR),
};

/** Add days to an ISO date (UTC, no time zones involved). */
export function addDays(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
