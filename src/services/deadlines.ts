/**
 * The staff's lists of sent letters by where their reply stands on a day (today by default):
 * awaiting a reply (the most pressing first), overdue (the longest overdue first) and replied
 * (the latest reply first). The standing is the one domain/deadlines.ts defines; the store
 * filters by it so that a list of thousands of letters is read a page at a time.
 */
import { checkDay, daysLeft, type ReplyStanding } from '../domain/deadlines.js';
import { RapError } from '../domain/errors.js';
import type { Queryable } from '../store/database.js';
import { trackedLetters, type TrackedLetterRow } from '../store/reply-deadlines.repo.js';

export interface TrackedLetter extends TrackedLetterRow {
  standing: ReplyStanding;
  /** Days left before the due day (0 on the day), negative when overdue. */
  daysLeft: number;
}

export interface DeadlineListOptions {
  /** The day the list is judged on, `YYYY-MM-DD`; today (UTC) by default. */
  asOf?: string;
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export interface DeadlineList {
  asOf: string;
  total: number;
  letters: TrackedLetter[];
}

export const DEADLINE_PAGE_SIZE = 50;

const today = () => new Date().toISOString().slice(0, 10);

async function listOf(db: Queryable, standing: ReplyStanding, { asOf = today(), page = 1, pageSize = DEADLINE_PAGE_SIZE }: DeadlineListOptions): Promise<DeadlineList> {
  checkDay(asOf, 'asOf');
  if (!Number.isInteger(page) || page < 1) throw new RapError('RAP_ERR_INVALID', 'the page is a whole number from 1', { field: 'page' });
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 500) throw new RapError('RAP_ERR_INVALID', 'a page holds 1 to 500 letters', { field: 'pageSize' });
  const { total, rows } = await trackedLetters(db, { standing, asOf, limit: pageSize, offset: (page - 1) * pageSize });
  return { asOf, total, letters: rows.map((r) => ({ ...r, standing, daysLeft: daysLeft(r.replyDueDate, asOf) })) };
}

/** Sent letters with no reply yet whose due day has not passed. */
export const lettersAwaitingReply = (db: Queryable, options: DeadlineListOptions = {}) => listOf(db, 'awaiting', options);

/** Sent letters with no reply whose due day has passed. */
export const overdueLetters = (db: Queryable, options: DeadlineListOptions = {}) => listOf(db, 'overdue', options);

/** Sent letters with at least one reply (late ones included: see `lateReplies`). */
export const repliedLetters = (db: Queryable, options: DeadlineListOptions = {}) => listOf(db, 'replied', options);
