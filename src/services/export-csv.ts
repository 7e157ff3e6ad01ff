/**
 * CSV as RFC 4180 writes it (CRLF line ends, quotes doubled, a cell quoted when it holds a quote,
 * a comma or a line break), with a guard for spreadsheets: a cell that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return would run as a formula when opened, so it gets a leading `'`.
 */

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
