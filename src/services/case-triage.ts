/**
 * Triage: a new submission becomes part of a new or an existing (open) case, its victims the
 * case's people and its account an event of the timeline.
 */
import type { Actor } from '../domain/actor.js';
import { caseAuditEntry, CASE_LIMITS } from '../domain/case.js';
import { cleanText, eventDateFromIso, EVENT_LIMITS, UNKNOWN_DATE } from '../domain/case-event.js';
import { RapError } from '../domain/errors.js';
import { notFound } from '../domain/form-failures.js';
import { checkTriage, clip, victimsOf, type TriageInput } from '../domain/triage.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { appendAudit } from '../store/audit.repo.js';
import { findCase, lockSubmissionForTriage, markSubmissionTriaged } from '../store/cases.repo.js';
import type { Database } from '../store/database.js';
import { writeNewEvent } from './case-events.js';
import { addPersonToCase } from './case-people-edit.js';
import { createCase, isCaseCountry } from './cases.js';

/**
 * Triages a new submission into a new or an existing (open) case, in one transaction: the
 * submission is marked triaged, each of its victims is added to the case (an alleged victim
 * whose name the people service refuses undoes everything), and its account becomes an event
 * of the timeline with the submission as source. Its attachments stay the submission's: the
 * case page lists them with the case's own documents.
 */
export async function triageSubmission(db: Database, cipher: FieldCipher, submissionId: number, input: TriageInput, actor: Actor): Promise<{ caseId: number; created: boolean }> {
  const choice = checkTriage(input);
  return db.transaction(async (tx) => {
    const sub = await lockSubmissionForTriage(tx, submissionId);
    if (!sub) throw notFound(`there is no submission #${submissionId}`);
    if (sub.status === 'triaged') throw new RapError('RAP_ERR_CONFLICT', `submission ${sub.receiptCode} was already triaged into case #${sub.caseId}`, { field: 'target' });
    if (sub.status === 'rejected') throw new RapError('RAP_ERR_CONFLICT', `submission ${sub.receiptCode} was rejected; a rejected submission is not triaged`, { field: 'target' });

    let caseId: number;
    if (choice.target === 'new') {
      const country = sub.countryCode && isCaseCountry(sub.countryCode) ? sub.countryCode : null;
      caseId = await createCase(tx, { title: choice.title, summary: clip(sub.summary, CASE_LIMITS.summary), countryCode: country }, actor);
    } else {
      const target = await findCase(tx, choice.caseId, { lock: true });
      if (!target) throw notFound(`there is no case #${choice.caseId}`, 'case_id');
      if (target.status === 'closed') throw new RapError('RAP_ERR_CONFLICT', `case #${target.id} is closed; reopen it before adding a submission to it`, { field: 'case_id' });
      caseId = target.id;
    }
    await markSubmissionTriaged(tx, sub.id, caseId, actor.userId);

    const people: number[] = [];
    for (const victim of victimsOf(sub.victims)) {
      // The people service reads the free-text role into roles (and keeps words it does not know).
      const { personId } = await addPersonToCase(
        tx,
        {
          caseId,
          name: victim.name,
          otherNames: victim.otherNames,
          gender: victim.gender,
          roles: victim.role ? [victim.role] : [],
          affiliation: null,
          consentToState: victim.consentToState,
          consentPublic: victim.consentPublic,
          sourceSubmissionId: sub.id,
        },
        actor,
      );
      people.push(personId);
    }

    const when = eventDateFromIso(sub.incidentDate);
    const place = sub.place ? clip(cleanText(sub.place).replace(/\s+/g, ' '), EVENT_LIMITS.place) : '';
    const eventId = await writeNewEvent(tx, cipher, caseId, {
      date: when.ok ? when.value : UNKNOWN_DATE,
      description: clip(cleanText(sub.summary), EVENT_LIMITS.description) || 'Account of the submission',
      place: place || null,
      source: { kind: 'submission', submissionId: sub.id },
      confidential: false,
    }, actor);

    await appendAudit(
      tx,
      { actorId: actor.userId, actor: actor.label, action: 'submission.triage', entity: 'submission', entityId: String(sub.id), before: { status: 'new' }, after: { status: 'triaged', caseId } },
      caseAuditEntry(actor, 'case.triage', caseId, null, { submissionId: sub.id, receiptCode: sub.receiptCode, people, eventId }),
    );
    return { caseId, created: choice.target === 'new' };
  });
}
