/**
 * What the audit trail says of a case event: its values as people read them, and for a
 * confidential event the same values with its words (place, description, note) withheld.
 */
import { CONFIDENTIAL_VALUE } from './audit-chain.js';
import { formatEventDate, type ValidEvent } from './case-event.js';

/** The values of an event as the trail lists them. */
export function eventValues(v: ValidEvent): Record<string, unknown> {
  const s = v.source;
  const source = s.kind === 'none' ? null : s.kind === 'submission' ? `submission ${s.submissionId}` : s.kind === 'file' ? `document ${s.fileId}` : s.note;
  return { date: formatEventDate(v.date), place: v.place, description: v.description, source, confidential: v.confidential };
}

/** What the trail says of an event: a confidential event's words (place, description, note) are never written there. */
export function eventAuditValues(v: ValidEvent, values: Record<string, unknown> = eventValues(v)): Record<string, unknown> {
  if (!v.confidential) return values;
  const words = new Set(['place', 'description', ...(v.source.kind === 'note' ? ['source'] : [])]);
  return Object.fromEntries(Object.entries(values).map(([k, value]) => [k, words.has(k) && value !== null ? CONFIDENTIAL_VALUE : value]));
}
