/**
 * The timeline of a case: adding an event and editing one. Each runs in the caller's
 * transaction and appends its audit entry there, without a confidential event's words.
 */
import type { Actor } from '../domain/actor.js';
import { caseAuditEntry } from '../domain/case.js';
import { eventAuditValues, eventValues } from '../domain/case-event-trail.js';
import { checkEvent, type EventForm, type ValidEvent } from '../domain/case-event.js';
import { InvalidInput, notFound, unwrap } from '../domain/form-failures.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { appendAudit } from '../store/audit.repo.js';
import { findEvent, insertEvent, isFileOfCase, isSubmissionOfCase, updateEventRow } from '../store/case-events.repo.js';
import { findCase, touchCase } from '../store/cases.repo.js';
import type { Queryable } from '../store/database.js';
import { eventColumns, storedEvent } from './case-event-columns.js';

async function checkSourceOfCase(db: Queryable, caseId: number, v: ValidEvent): Promise<void> {
  const s = v.source;
  if (s.kind === 'submission' && !(await isSubmissionOfCase(db, caseId, s.submissionId))) {
    throw new InvalidInput({ source: 'The submission chosen as the source is not one of this case.' });
  }
  if (s.kind === 'file' && !(await isFileOfCase(db, caseId, s.fileId))) {
    throw new InvalidInput({ source: 'The document chosen as the source is not one of this case.' });
  }
}

/** Stores a checked event of a case whose source the caller has checked. */
export async function writeNewEvent(tx: Queryable, cipher: FieldCipher, caseId: number, v: ValidEvent, actor: Actor): Promise<number> {
  const id = await insertEvent(tx, caseId, eventColumns(cipher, v), actor.userId);
  await touchCase(tx, caseId);
  await appendAudit(tx, caseAuditEntry(actor, 'case.event.add', caseId, null, { eventId: id, ...eventAuditValues(v) }));
  return id;
}

export async function addEvent(tx: Queryable, cipher: FieldCipher, caseId: number, form: EventForm, actor: Actor): Promise<number> {
  const v = unwrap(checkEvent(form));
  if (!(await findCase(tx, caseId, { lock: true }))) throw notFound(`there is no case #${caseId}`);
  await checkSourceOfCase(tx, caseId, v);
  return writeNewEvent(tx, cipher, caseId, v, actor);
}

export async function updateEvent(tx: Queryable, cipher: FieldCipher, caseId: number, eventId: number, form: EventForm, actor: Actor): Promise<void> {
  const v = unwrap(checkEvent(form));
  if (!(await findCase(tx, caseId, { lock: true }))) throw notFound(`there is no case #${caseId}`);
  const row = await findEvent(tx, caseId, eventId, { lock: true });
  if (!row) throw notFound(`case #${caseId} has no event #${eventId}`);
  await checkSourceOfCase(tx, caseId, v);
  const old = storedEvent(cipher, row);
  // Compared on the real values: two different confidential descriptions both read "[confidential]" in the trail.
  const before = eventValues(old);
  const after = eventValues(v);
  const keys = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  if (keys.length === 0) return;
  await updateEventRow(tx, eventId, eventColumns(cipher, v));
  await touchCase(tx, caseId);
  const pick = (values: Record<string, unknown>) => Object.fromEntries([['eventId', eventId], ...keys.map((k) => [k, values[k]])]);
  await appendAudit(tx, caseAuditEntry(actor, 'case.event.update', caseId, pick(eventAuditValues(old, before)), pick(eventAuditValues(v, after))));
}
