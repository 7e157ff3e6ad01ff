/** Reading the case forms' bodies and addresses into the services' inputs. */
import { signedNoticeOf } from '../notice.js';
import type { CaseInput } from '../../../domain/case.js';
import type { EventForm } from '../../../domain/case-event.js';
import type { TriageInput } from '../../../domain/triage.js';
import type { CaseStatus } from '../../../domain/case.js';

export type FormBody = Record<string, unknown> | undefined | null;

/** A field of a form body: its first value when sent twice, '' when absent or not text. */
export function textOf(body: FormBody, name: string): string {
  const v = body?.[name];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first : '';
}

/** Every text field of a body (but the CSRF token), to put the form back as it was typed. */
export function valuesOf(body: FormBody): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(body ?? {})) if (key !== '_csrf') out[key] = textOf(body, key);
  return out;
}

/** An id in an address (`/staff/cases/12`); null for anything else, so that the route answers 404. */
export function idOf(text: string | undefined): number | null {
  if (!text || !/^[1-9]\d{0,14}$/.test(text)) return null;
  return Number(text);
}

export const caseInputOf = (body: FormBody): CaseInput => ({
  title: textOf(body, 'title'),
  summary: textOf(body, 'summary'),
  status: textOf(body, 'status') || undefined,
  countryCode: textOf(body, 'country'),
});

export const eventFormOf = (body: FormBody): EventForm => ({
  year: textOf(body, 'year'),
  month: textOf(body, 'month'),
  day: textOf(body, 'day'),
  description: textOf(body, 'description'),
  place: textOf(body, 'place'),
  source: textOf(body, 'source'),
  sourceNote: textOf(body, 'source_note'),
  confidential: textOf(body, 'confidential') === 'yes',
});

export const triageInputOf = (body: FormBody): TriageInput => {
  const caseId = textOf(body, 'case_id').trim();
  return {
    target: textOf(body, 'target'),
    caseId: caseId ? (idOf(caseId) ?? -1) : null,
    title: textOf(body, 'title'),
  };
};

/** The list's filters from the address: open cases unless told otherwise; bad values fall back to the defaults. */
export function casesQueryOf(query: Record<string, unknown> | undefined): { status: CaseStatus | null; title: string; page: number } {
  const q = query ?? {};
  const status = q.status === 'closed' ? 'closed' : q.status === 'all' ? null : 'open';
  const title = typeof q.title === 'string' ? q.title.trim().slice(0, 200) : '';
  const page = typeof q.page === 'string' && /^[1-9]\d{0,4}$/.test(q.page) ? Number(q.page) : 1;
  return { status, title, page };
}

/** The confirmations after a change (`?done=`) of this module's routes. */
export const NOTICES: Record<string, string> = {
  created: 'The case was opened.',
  saved: 'The case was saved.',
  'event-added': 'The event was added to the timeline.',
  'event-saved': 'The event was saved.',
  'document-added': 'The document was added.',
  'letter-linked': 'The letter was linked to the case.',
  'letter-unlinked': 'The letter was unlinked from the case.',
  triaged: 'The submission was triaged into this case.',
};

/**
 * The confirmation to show: this module's by its key; the people routes send theirs in words
 * (shown as text, escaped, bounded: a link cannot make the page say more than a line).
 */
/** The page's notice: one of ours by its key, or words signed for this session (see ../notice.ts); anything else is ignored. */
export const noticeOf = (query: Record<string, unknown> | undefined, key: string): string | undefined => {
  const done = query?.done;
  if (typeof done !== 'string' || !done.trim()) return undefined;
  return Object.hasOwn(NOTICES, done) ? NOTICES[done] : signedNoticeOf(query, key);
};
