/**
 * The reply window of a sent letter: the recipient is asked to answer within 60 days of the
 * letter's date. A letter is awaiting a reply until its due date, overdue after it, and replied
 * as soon as one reply has come (a letter may receive several, and late ones). Pure: every
 * function takes the day it judges on, `YYYY-MM-DD`, so that "as of" lists are reproducible.
 */
import { addDays, isoDate } from './dates.js';
import { RapError } from './errors.js';
import { LIMITS } from './limits.js';

export type ReplyStanding = 'awaiting' | 'overdue' | 'replied';
export const REPLY_STANDINGS: readonly ReplyStanding[] = ['awaiting', 'overdue', 'replied'];

/** A calendar day written `YYYY-MM-DD` that exists (no 31 April). */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return !!m && isoDate(+m[1]!, +m[2]!, +m[3]!) === value;
}

/** The day, or a RapError naming the field when it is not a calendar day. */
export function checkDay(value: unknown, field: string): string {
  if (!isCalendarDay(value)) throw new RapError('RAP_ERR_INVALID', `${field} must be a date written YYYY-MM-DD, such as 2025-03-18`, { field });
  return value;
}

/** The day a reply is due: the letter's date plus the reply window (60 days unless said otherwise). */
export function replyDueDate(sentDate: string, days: number = LIMITS.replyDeadlineDays): string {
  checkDay(sentDate, 'date');
  if (!Number.isInteger(days) || days < 0) throw new RapError('RAP_ERR_INVALID', 'the reply window must be a whole number of days', { field: 'replyDays' });
  return addDays(sentDate, days);
}

/** The day a sent letter becomes public: its date plus the publication delay (60 days unless said otherwise). */
export function publicationDateOf(sentDate: string, days: number = LIMITS.publicationDelayDays): string {
  checkDay(sentDate, 'date');
  if (!Number.isInteger(days) || days < 0) throw new RapError('RAP_ERR_INVALID', 'the publication delay must be a whole number of days', { field: 'publicationDelayDays' });
  return addDays(sentDate, days);
}

/** A reply is late when it is dated after the due day; a reply on the due day is on time. */
export function isLateReply(replyDate: string, dueDate: string): boolean {
  return replyDate > dueDate;
}

export interface ReplyWindow {
  dueDate: string;
  /** The dates of the replies registered so far, in any order (a reply of unknown date counts as received). */
  replyDates: ReadonlyArray<string | null>;
}

/**
 * Where a letter stands on `today`: `replied` when a reply dated on or before `today` has come
 * (a reply of unknown date counts), else `overdue` once `today` is past the due day, else
 * `awaiting`. Replies dated after `today` are not known yet on that day.
 */
export function replyStanding(window: ReplyWindow, today: string): ReplyStanding {
  if (window.replyDates.some((d) => d === null || d <= today)) return 'replied';
  return today > window.dueDate ? 'overdue' : 'awaiting';
}

/** Whole days between two days, `to - from` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Days left before the due day (0 on the day itself), or days overdue as a negative number. */
export const daysLeft = (dueDate: string, today: string): number => daysBetween(today, dueDate);
