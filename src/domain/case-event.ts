/**
 * A dated event of a case file: its date as precise as it is known (a year, a month or a day),
 * its place and what happened. Pure rules: reading the date from a form or from a submission,
 * checking an event, writing its date for people, and the order of a timeline.
 */

export type EventPrecision = 'year' | 'month' | 'day' | 'unknown';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as precise as known; null when the date is unknown. */
export interface EventDate {
  date: string | null;
  precision: EventPrecision;
}

export const UNKNOWN_DATE: EventDate = { date: null, precision: 'unknown' };

export const EVENT_LIMITS = {
  description: 5_000,
  place: 200,
  sourceNote: 500,
  /** Years before this are typing mistakes rather than events a letter would take up. */
  firstYear: 1900,
} as const;

/** Problems keyed by the form field they concern, in words for the person who typed it. */
export type FieldErrors = Record<string, string>;

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date's period begins after tomorrow: typed by mistake (an event is something that happened or is happening). */
function startsInFuture(year: number, month: number, day: number, today: Date): boolean {
  const tomorrow = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1);
  return Date.UTC(year, month - 1, day) > tomorrow;
}

export interface DateParts {
  year?: string | undefined;
  month?: string | undefined;
  day?: string | undefined;
}

const NUMBER = /^\d{1,4}$/;

/**
 * The date of year / month / day fields, each optional from the right: a year alone, a year and
 * a month, or all three; none for an unknown date. Errors name the field: `year`, `month`, `day`.
 */
export function eventDateFromParts(parts: DateParts, today: Date = new Date()): Checked<EventDate> {
  const year = (parts.year ?? '').trim();
  const month = (parts.month ?? '').trim();
  const day = (parts.day ?? '').trim();
  const errors: FieldErrors = {};
  if (!year && !month && !day) return { ok: true, value: UNKNOWN_DATE };
  if (!year) errors.year = 'Give the year too (a month or a day needs its year).';
  else if (!/^\d{4}$/.test(year) || Number(year) < EVENT_LIMITS.firstYear) errors.year = `The year is written with four digits, from ${EVENT_LIMITS.firstYear} (for example 2024).`;
  if (day && !month) errors.month = 'Give the month too (a day needs its month).';
  else if (month && (!NUMBER.test(month) || Number(month) < 1 || Number(month) > 12)) errors.month = 'The month is a number from 1 to 12.';
  if (day && !NUMBER.test(day)) errors.day = 'The day is a number from 1 to 31.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const y = Number(year);
  const m = month ? Number(month) : null;
  const d = day ? Number(day) : null;
  if (m !== null && d !== null && (d < 1 || d > daysInMonth(y, m))) {
    return { ok: false, errors: { day: `${MONTHS[m - 1]} ${y} has no day ${d}.` } };
  }
  if (startsInFuture(y, m ?? 1, d ?? 1, today)) {
    return { ok: false, errors: { [d !== null ? 'day' : m !== null ? 'month' : 'year']: 'The date is in the future. Give the date of something that has happened.' } };
  }
  if (m === null) return { ok: true, value: { date: String(y), precision: 'year' } };
  if (d === null) return { ok: true, value: { date: `${y}-${pad(m)}`, precision: 'month' } };
  return { ok: true, value: { date: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' } };
}

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The date of an ISO partial date (`2024`, `2024-03`, `2024-03-05`); empty or null is an unknown date. */
export function eventDateFromIso(text: string | null | undefined, today: Date = new Date()): Checked<EventDate> {
  const t = (text ?? '').trim();
  if (!t) return { ok: true, value: UNKNOWN_DATE };
  const m = ISO_PARTIAL.exec(t);
  if (!m) return { ok: false, errors: { date: 'The date is written YYYY, YYYY-MM or YYYY-MM-DD.' } };
  const checked = eventDateFromParts({ year: m[1], month: m[2], day: m[3] }, today);
  return checked.ok ? checked : { ok: false, errors: { date: Object.values(checked.errors)[0]! } };
}

/** The precision of a stored date string, from its shape. */
export function precisionOf(date: string | null): EventPrecision {
  if (!date) return 'unknown';
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** `5 March 2024`, `March 2024`, `2024`, or `date unknown`. */
export function formatEventDate({ date }: EventDate): string {
  const m = date ? ISO_PARTIAL.exec(date) : null;
  if (!m) return 'date unknown';
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!month) return m[1]!;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** The year, month and day fields that give back a date (to fill an edit form). */
export function partsOf({ date }: EventDate): { year: string; month: string; day: string } {
  const m = date ? ISO_PARTIAL.exec(date) : null;
  return { year: m?.[1] ?? '', month: m?.[2] ? String(Number(m[2])) : '', day: m?.[3] ? String(Number(m[3])) : '' };
}

/**
 * The order of a timeline: dated events by date, a coarser date before the finer ones inside
 * its period (`2024` before `2024-02-10` before `2024-03` before `2024-03-01`), unknown dates
 * last. Comparing the strings code unit by code unit gives exactly this, because a coarser
 * date is a prefix of the finer ones in its period; the database's collation might not.
 */
export function compareEventDates(a: EventDate, b: EventDate): number {
  if (a.date === null || b.date === null) return a.date === b.date ? 0 : a.date === null ? 1 : -1;
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** Events in timeline order; events on the same date keep the order they were recorded in (by `id`). */
export function sortTimeline<T extends EventDate & { id: number }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => compareEventDates(a, b) || a.id - b.id);
}

// Control characters other than tab and line breaks have no place in typed text.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Text from a form: line breaks made `\n`, spaces trimmed at both ends. */
export function cleanText(text: string | undefined | null): string {
  return (text ?? '').replace(/\r\n?/g, '\n').trim();
}

/** The problem with a text field, or null: too long, or holding control characters. */
export function textProblem(text: string, max: number, what: string): string | null {
  if (text.length > max) return `${what} is ${text.length.toLocaleString('en')} characters long; the limit is ${max.toLocaleString('en')}.`;
  if (CONTROL.test(text)) return `${what} contains control characters; remove them and send it again.`;
  return null;
}

/** Where the officer learned of an event. */
export type EventSource =
  | { kind: 'none' }
  | { kind: 'submission'; submissionId: number }
  | { kind: 'file'; fileId: number }
  | { kind: 'note'; note: string };

/** What the event form sends, as typed. */
export interface EventForm extends DateParts {
  description?: string | undefined;
  place?: string | undefined;
  /** `none`, `note`, `submission:12` or `file:3`. */
  source?: string | undefined;
  sourceNote?: string | undefined;
  confidential?: boolean | undefined;
}

export interface ValidEvent {
  date: EventDate;
  description: string;
  place: string | null;
  source: EventSource;
  confidential: boolean;
}

function sourceOf(choice: string, note: string): { source?: EventSource; errors: FieldErrors } {
  const noteProblem = textProblem(note, EVENT_LIMITS.sourceNote, 'The note on the source');
  if (noteProblem) return { errors: { source_note: noteProblem } };
  if (choice === '' || choice === 'none') return { source: note ? { kind: 'note', note } : { kind: 'none' }, errors: {} };
  if (choice === 'note') return note ? { source: { kind: 'note', note }, errors: {} } : { errors: { source_note: 'Write where the information comes from, or choose another source.' } };
  const m = /^(submission|file):(\d{1,15})$/.exec(choice);
  if (!m) return { errors: { source: 'Choose a source from the list.' } };
  const id = Number(m[2]);
  return { source: m[1] === 'submission' ? { kind: 'submission', submissionId: id } : { kind: 'file', fileId: id }, errors: {} };
}

/**
 * An event as the form sends it, checked: the date (`year`, `month`, `day`), the description
 * (required), the place and the source. Whether the source belongs to the case is for the
 * caller, who knows the case.
 */
export function checkEvent(form: EventForm, today: Date = new Date()): Checked<ValidEvent> {
  const errors: FieldErrors = {};
  const date = eventDateFromParts(form, today);
  if (!date.ok) Object.assign(errors, date.errors);
  const description = cleanText(form.description);
  if (!description) errors.description = 'Describe what happened.';
  else {
    const problem = textProblem(description, EVENT_LIMITS.description, 'The description');
    if (problem) errors.description = problem;
  }
  const place = cleanText(form.place).replace(/\s+/g, ' ');
  const placeProblem = textProblem(place, EVENT_LIMITS.place, 'The place');
  if (placeProblem) errors.place = placeProblem;
  const { source, errors: sourceErrors } = sourceOf((form.source ?? '').trim(), cleanText(form.sourceNote));
  Object.assign(errors, sourceErrors);
  if (Object.keys(errors).length > 0 || !date.ok || !source) return { ok: false, errors };
  return { ok: true, value: { date: date.value, description, place: place || null, source, confidential: form.confidential === true } };
}
