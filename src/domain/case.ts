/**
 * A case file itself: the rules of its fields (title, summary, status, country) as a form sends
 * them, and how a change to it is written to the trail.
 */
import type { Actor } from './actor.js';
import type { AuditChange } from './audit-chain.js';
import { cleanText, textProblem, type Checked, type FieldErrors } from './case-event.js';

export type CaseStatus = 'open' | 'closed';

/** What a case says of itself. */
export interface CaseFields {
  title: string;
  summary: string;
  status: CaseStatus;
  countryCode: string | null;
}
// The store names the shape of a case's fields; only its types are used here.

export const CASE_LIMITS = { title: 200, summary: 20_000 } as const;

export interface CaseInput {
  title?: string | undefined;
  summary?: string | undefined;
  status?: string | undefined;
  countryCode?: string | undefined | null;
}

export interface CaseContext {
  /** Whether a code is a State or a user-assigned code a case may name. */
  isCountry(code: string): boolean;
}

/** A case's title on one line, and the problem with it in words (null when there is none). */
export function checkCaseTitle(text: string | undefined): { title: string; problem: string | null } {
  const title = cleanText(text).replace(/\s+/g, ' ');
  if (!title) return { title, problem: 'Give the case a title.' };
  return { title, problem: textProblem(title, CASE_LIMITS.title, 'The title') };
}

/** A case's fields as a form sends them, checked; errors keyed `title`, `summary`, `status`, `country`. */
export function checkCaseFields(input: CaseInput, ctx: CaseContext): Checked<CaseFields> {
  const errors: FieldErrors = {};
  const { title, problem } = checkCaseTitle(input.title);
  if (problem) errors.title = problem;
  const summary = cleanText(input.summary);
  const summaryProblem = textProblem(summary, CASE_LIMITS.summary, 'The summary');
  if (summaryProblem) errors.summary = summaryProblem;
  const status = (input.status ?? 'open').trim() || 'open';
  if (status !== 'open' && status !== 'closed') errors.status = 'A case is open or closed.';
  const code = (input.countryCode ?? '').trim().toUpperCase();
  if (code && !ctx.isCountry(code)) errors.country = 'Choose the country from the list (an ISO 3166 alpha-3 code such as XAA).';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { title, summary, status: status as CaseStatus, countryCode: code || null } };
}

/**
 * A change to a case as the trail records it. Every change is written under the case itself
 * (entity `case`, the case id), the action saying what changed (`case.event.add`,
 * `case.letter.link`...), so that the case's history is one lookup.
 */
export const caseAuditEntry = (actor: Actor, action: string, caseId: number, before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditChange => ({
  actorId: actor.userId,
  actor: actor.label,
  action,
  entity: 'case',
  entityId: String(caseId),
  before,
  after,
});
