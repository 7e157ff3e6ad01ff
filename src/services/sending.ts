/**
 * Sending an approved draft, in one transaction: the draft's row is locked (a stale version or a
 * draft not approved is refused), the reference `TYPE CODE n/YYYY` is allocated (n counting per
 * recipient code and year across types, one sender at a time: store/reference-counters.repo.ts),
 * the letter is composed by the caller's composer, stored as a letter like an imported one with
 * its reply due date and publication date, frozen as a version, linked to its case, and every
 * step is written to the trail. Whatever fails, nothing is kept and the number is not used.
 */
import { createHash } from 'node:crypto';
import type { Actor } from '../domain/actor.js';
import type { AuditChange } from '../domain/audit-chain.js';
import { caseAuditEntry } from '../domain/case.js';
import { CommunicationSchema, type Communication, type Reference } from '../domain/communication.js';
import { checkDay, publicationDateOf, replyDueDate } from '../domain/deadlines.js';
import { RapError } from '../domain/errors.js';
import { signingMandates, transition } from '../domain/letter-lifecycle.js';
import { LIMITS } from '../domain/limits.js';
import { formatKey, formatReference } from '../domain/reference.js';
import { mandateById, stateByCode } from '../reference-data/index.js';
import { appendAudit } from '../store/audit.repo.js';
import { insertCaseLetter } from '../store/case-letters.repo.js';
import { touchCase } from '../store/cases.repo.js';
import { ensurePlaceholders } from '../store/communications.repo.js';
import type { Database } from '../store/database.js';
import { setDraftStatus, type DraftRow } from '../store/drafts.repo.js';
import { insertLetterVersion } from '../store/letter-versions.repo.js';
import { findLetterOf } from '../store/letters-of-reference.repo.js';
import { allocateReferenceNumber } from '../store/reference-counters.repo.js';
import { insertSentLetter } from '../store/sent-letters.repo.js';
import { peopleText } from './document-vector.js';
import { lockDraft, participantOf } from './drafting.js';
import { referenceKey } from './reference-key.js';
import { resolveMentions } from './resolve-names.js';

/** The draft as the composer receives it at sending. */
export interface DraftToCompose<C = unknown> extends DraftRow<C> {
  /** Registry ids of the mandates that sign: the lead, then those that joined, in the letter's order. */
  signing: string[];
  /** The earlier letter this one follows up, which it must cite. */
  follows: { reference: string; date: string | null } | null;
}

export interface ComposedLetter {
  /** The letter's text as sent. */
  text: string;
  /** Its interchange record (reference, date, kind and language are set from the sending). */
  record: Communication;
}

/** Builds the letter from the draft, its reference and its date; passed in by the caller. */
export type Composer<C = unknown> = (draft: DraftToCompose<C>, reference: Reference, date: string) => ComposedLetter | Promise<ComposedLetter>;

export interface SendInput<C = unknown> {
  draftId: number;
  /** The version of the draft the person sending saw. */
  version: number;
  compose: Composer<C>;
  /** The letter's date, `YYYY-MM-DD`; today (UTC) by default. */
  date?: string;
  /** Days the recipient has to reply (60 by default). */
  replyDays?: number;
  /** Days before the letter is published (60 by default; a mandate's setting may say fewer for letters on legislation). */
  publicationDelayDays?: number;
}

export interface SentLetter {
  communicationId: number;
  reference: Reference;
  date: string;
  replyDueDate: string;
  publicationDate: string;
  versionId: number;
  /** sha256 of the text as sent. */
  sha256: string;
  caseId: number | null;
  signing: string[];
}

const today = () => new Date().toISOString().slice(0, 10);

/** The record to store: what the composer gave, with what the sending decides set over it. */
function recordOf(composed: ComposedLetter, draft: DraftRow, reference: Reference, date: string, signing: string[], follows: DraftToCompose['follows']): Communication {
  if (typeof composed?.text !== 'string' || composed.text.trim() === '') throw new RapError('RAP_ERR_BAD_RECORD', 'the composer gave no text', { field: 'text' });
  if (composed.text.length > LIMITS.maxTextChars) throw new RapError('RAP_ERR_TEXT_TOO_LONG', `${composed.text.length} characters`, { field: 'text' });
  const given = composed.record;
  const related = [...(given?.relatedCommunications ?? [])];
  if (follows && !related.some((r) => referenceKey(r.reference)?.key === referenceKey(follows.reference)?.key)) {
    related.unshift({ reference: follows.reference, date: follows.date });
  }
  const { text: _text, ...rest } = given ?? ({} as Communication);
  const record = {
    ...rest,
    kind: 'communication',
    reference,
    date,
    language: draft.language,
    joint: signing.length > 1,
    recipient: given?.recipient ?? { code: draft.recipientCode, name: stateByCode(draft.recipientCode)?.name[draft.language] ?? null },
    mandates: given?.mandates?.length ? given.mandates : signing.map((id) => ({ id, title: mandateById(id)?.title ?? id })),
    relatedCommunications: related,
  };
  const parsed = CommunicationSchema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RapError('RAP_ERR_BAD_RECORD', `${issue.path.join('.') || 'record'}: ${issue.message}`, { field: `record.${issue.path.join('.')}` });
  }
  return parsed.data;
}

/** Sends an approved draft (see the module's comment); only the secretariat sends. */
export async function sendDraft<C = unknown>(db: Database, input: SendInput<C>, actor: Actor): Promise<SentLetter> {
  const date = checkDay(input.date ?? today(), 'date');
  const replyDue = replyDueDate(date, input.replyDays ?? LIMITS.replyDeadlineDays);
  const publicationDate = publicationDateOf(date, input.publicationDelayDays ?? LIMITS.publicationDelayDays);
  return db.transaction(async (tx) => {
    const draft = await lockDraft<C>(tx, input.draftId, input.version);
    const t = transition({ status: draft.status, mandates: draft.mandates }, { kind: 'send' }, await participantOf(tx, actor));
    const signing = signingMandates(t.mandates);
    const year = Number(date.slice(0, 4));
    const number = await allocateReferenceNumber(tx, draft.recipientCode, year);
    const reference: Reference = { type: draft.type, recipient: draft.recipientCode, number, year, text: formatReference({ type: draft.type, recipient: draft.recipientCode, number, year }) };
    const earlier = draft.followsCommunicationId === null ? null : await findLetterOf(tx, { id: draft.followsCommunicationId });
    const follows = earlier ? { reference: earlier.referenceText, date: earlier.letterDate } : null;

    const composed = await input.compose({ ...draft, signing, follows }, reference, date);
    const record = recordOf(composed, draft, reference, date, signing, follows);
    const key = formatKey(reference);
    const cites = record.relatedCommunications.flatMap((r) => {
      const k = referenceKey(r.reference);
      return k && k.key !== key ? [{ reference: r.reference, text: k.text, key: k.key, date: r.date, k }] : [];
    });
    await ensurePlaceholders(tx, cites.map(({ k }) => ({ text: k.text, key: k.key, type: k.type, recipient: k.recipient, number: k.number, year: k.year })));
    const communicationId = await insertSentLetter(tx, {
      referenceText: reference.text,
      referenceKey: key,
      type: reference.type,
      recipientCode: reference.recipient,
      number,
      year,
      date,
      language: draft.language,
      title: record.title,
      joint: signing.length > 1,
      recipientName: record.recipient?.name ?? null,
      copiedTo: record.copiedTo.map((c) => c.code),
      record,
      body: composed.text,
      publicationDate,
      replyDueDate: replyDue,
      peopleText: peopleText(record),
      mandates: signing.map((id) => ({ mandateId: id, title: record.mandates.find((m) => m.id === id)?.title ?? mandateById(id)?.title ?? id })),
      cites: cites.map(({ reference: r, text, key: k, date: d }) => ({ reference: r, text, key: k, date: d })),
    });
    await resolveMentions(tx, { communicationId }, {
      person: record.persons.map((p) => ({ name: p.name, variants: p.variants, role: p.role, gender: p.gender ?? null, descriptors: p.descriptors ?? [] })),
      organization: record.organizations.map((o) => ({ name: o.name, variants: o.variants, role: null })),
    });
    const sha256 = createHash('sha256').update(composed.text).digest('hex');
    const versionId = await insertLetterVersion(tx, {
      draftId: draft.id, communicationId, draftVersion: draft.version, content: draft.content, text: composed.text, sha256, frozenBy: actor.userId,
    });
    await setDraftStatus(tx, draft.id, 'sent', actor.userId, communicationId);

    const who = { actorId: actor.userId, actor: actor.label };
    const changes: AuditChange[] = [
      { ...who, action: 'draft.send', entity: 'draft', entityId: String(draft.id), before: { status: draft.status, version: draft.version }, after: { status: 'sent', reference: reference.text, communicationId, versionId } },
      { ...who, action: 'letter.send', entity: 'communication', entityId: reference.text, before: null, after: {
        draftId: draft.id, date, replyDueDate: replyDue, publicationDate, mandates: signing, sha256, caseId: draft.caseId,
        ...(follows ? { follows: follows.reference } : {}),
      } },
    ];
    if (draft.caseId !== null) {
      await insertCaseLetter(tx, draft.caseId, communicationId, actor.userId);
      await touchCase(tx, draft.caseId);
      changes.push(caseAuditEntry(actor, 'case.letter.link', draft.caseId, null, { communicationId, reference: reference.text, sent: true }));
    }
    await appendAudit(tx, ...changes);
    return { communicationId, reference, date, replyDueDate: replyDue, publicationDate, versionId, sha256, caseId: draft.caseId, signing };
  });
}
