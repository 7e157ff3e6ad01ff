/**
 * The public copy of a letter written in Rapporteur, and of its replies: what the publication step
 * copies to the public tables in place of the private text (see domain/redaction/ for how).
 *
 * Hidden: every spelling of every person of the letter's cases whose consent to publication is not
 * recorded as given, in each case the letter belongs to. A consent not asked yet hides the name
 * like a refusal: publishing is the one step that cannot be undone, the consent is the person's
 * to give, and a letter may be published before anyone asked (the issue's rule, and OHCHR's).
 * For the same reason a person the letter or a reply names who is in none of the letter's cases
 * (a letter sent without a case, a relative named in the facts) is hidden: to publish the name,
 * add the person to the case with the consent recorded.
 * Also hidden: the passages an officer marked confidential on the letter, in the letter and in its
 * replies (a reply often repeats the detail it answers); and the words of the cases' confidential
 * events wherever the letter or a reply repeats them (their place, description or a sentence of it;
 * domain/redaction/event-passages.ts). Those words are sealed, so making the copy needs the key of
 * confidential fields when the cases have any.
 *
 * The copy is made again whenever asked (`refreshRedactedCopy`), from the case files as they are:
 * after a consent, a spelling or a marked passage changes, and before publication. The private
 * `body` and `record` are never written here.
 */
import { systemActor, type Actor } from '../domain/actor.js';
import type { AuditChange } from '../domain/audit-chain.js';
import type { Communication } from '../domain/communication.js';
import { RapError } from '../domain/errors.js';
import type { HiddenContent } from '../domain/redaction/hidden.js';
import { hiddenSpellingsIn } from '../domain/redaction/leftover-spellings.js';
import { hiddenForRecord, redactRecord } from '../domain/redaction/redact-record.js';
import { countRedactions, redactTextCounted } from '../domain/redaction/redact-text.js';
import { confidentialEventPassages } from '../domain/redaction/event-passages.js';
import { oneWordStateNames } from '../reference-data/index.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { appendAudit } from '../store/audit.repo.js';
import { confidentialEventsOfLetter } from '../store/case-events.repo.js';
import type { Queryable } from '../store/database.js';
import { eventWords } from './case-event-columns.js';
import {
  confidentialPassages, deleteConfidentialPassage, insertConfidentialPassage, letterForCopy, personsOfLetter, repliesForCopy,
  saveLetterCopy, saveReplyCopy, unpublishReplies, type LetterForCopy,
} from '../store/publication.repo.js';

const REDACTION = systemActor('redaction');

/** What a refresh did, in counts only: the trail never holds a hidden name or passage. */
export interface RedactedCopyReport {
  communicationId: number;
  reference: string;
  /** Persons of the letter's cases hidden, and the spellings hidden for them. */
  hiddenPersons: number;
  hiddenSpellings: number;
  /** Persons the letter names who are in none of its cases: hidden, having no consent recorded. */
  unlistedPersons: number;
  passages: number;
  /** Confidential events of the letter's cases, whose words are hidden wherever they stand. */
  confidentialEvents: number;
  /** `[REDACTED]` marks in the letter's public text. */
  marks: number;
  replies: number;
  /** Whether the public copy of the letter or of a reply changed (the first copy counts as a change). */
  changed: boolean;
  /** Public replies taken down because their copy changed; the next publication run publishes them again. */
  repliesTakenDown: number;
}

const change = (actor: Actor, action: string, reference: string, after: Record<string, unknown>): AuditChange => ({
  actorId: actor.userId, actor: actor.label, action, entity: 'communication', entityId: reference, before: null, after,
});

/** What to hide in a letter's public copy, from its cases and its marked passages; how many confidential events gave passages. */
async function hiddenOfLetter(
  tx: Queryable, communicationId: number, cipher: FieldCipher | undefined,
): Promise<{ hidden: HiddenContent; marked: number; events: number }> {
  const persons = await personsOfLetter(tx, communicationId);
  const events = await confidentialEventsOfLetter(tx, communicationId);
  if (events.length > 0 && !cipher) {
    throw new RapError('RAP_ERR_KEY', 'the cases of this letter have confidential events: their words can only be hidden with the key of confidential fields', { field: 'key' });
  }
  const eventPassages = events.flatMap((e) => confidentialEventPassages(eventWords(cipher!, e)));
  const marked = (await confidentialPassages(tx, communicationId)).map((p) => p.text);
  const hidden: HiddenContent = {
    names: persons.filter((p) => !p.consentPublic && p.spellings.length > 0).map((p) => p.spellings),
    passages: [...marked, ...eventPassages],
    keep: persons.filter((p) => p.consentPublic).flatMap((p) => p.spellings),
    hideUnlisted: true,
    commonWords: oneWordStateNames(),
  };
  return { hidden, marked: marked.length, events: events.length };
}

/** One document's public copy: the text and record redacted with the same list, checked for what must not be left. */
function publicCopy(body: string | null, record: Communication, hidden: HiddenContent): { body: string | null; record: Communication; marks: number; unlisted: number } {
  const h = hiddenForRecord(record, hidden);
  const text = body === null ? null : redactTextCounted(body, h);
  const copy = redactRecord(record, h);
  const publicRecord: Communication = text ? { ...copy, redactions: countRedactions(text.text) } : copy;
  // The rules above should leave nothing; should a spelling survive, no copy is kept rather than one that names a person.
  // (The fields redaction does not touch, such as the recipient State's name, are not searched.)
  const { title, persons, organizations, events, questions, warnings } = publicRecord;
  const shown = `${text?.text ?? ''}\n${JSON.stringify({ title, persons, organizations, events, questions, warnings })}`;
  if (hiddenSpellingsIn(shown, h.source).length > 0) {
    throw new RapError('RAP_ERR_INVALID', 'the public copy would still show a hidden name: mark the passage where it stands as confidential', { field: 'public_body' });
  }
  return { body: text?.text ?? null, record: publicRecord, marks: text?.replaced ?? 0, unlisted: h.source.names.length - hidden.names.length };
}

/**
 * The letter, locked, when it is one sent from Rapporteur. An imported letter has no redacted copy:
 * it is published as OHCHR published it (already redacted), with its original file.
 */
async function sentLetter(tx: Queryable, communicationId: number): Promise<LetterForCopy & { record: Communication }> {
  const letter = await letterForCopy(tx, communicationId);
  if (!letter || letter.status !== 'imported' || !letter.record) {
    throw new RapError('RAP_ERR_NOT_FOUND', `there is no stored letter #${communicationId}`, { field: 'communicationId' });
  }
  if (letter.origin !== 'sent') {
    throw new RapError('RAP_ERR_INVALID', `${letter.referenceText} was imported, not sent from Rapporteur: it is published as it was published`, { field: 'communicationId' });
  }
  return { ...letter, record: letter.record };
}

/**
 * Makes the public copy of a letter and of its replies again, from the case files as they are now.
 * Without `cipher` it refuses a letter whose cases have confidential events (RAP_ERR_KEY).
 */
export async function refreshRedactedCopy(tx: Queryable, communicationId: number, actor: Actor = REDACTION, cipher?: FieldCipher): Promise<RedactedCopyReport> {
  const letter = await sentLetter(tx, communicationId);
  const { hidden, marked, events } = await hiddenOfLetter(tx, communicationId, cipher);
  const copy = publicCopy(letter.body, letter.record, hidden);
  let changed = await saveLetterCopy(tx, communicationId, copy.body, copy.record);
  const replies = await repliesForCopy(tx, communicationId);
  const changedReplies: number[] = [];
  for (const r of replies) {
    const c = publicCopy(r.body, r.record, hidden);
    if (await saveReplyCopy(tx, r.id, c.body, c.record)) changedReplies.push(r.id);
  }
  changed ||= changedReplies.length > 0;
  const takenDown = await unpublishReplies(tx, changedReplies);
  const report: RedactedCopyReport = {
    communicationId,
    reference: letter.referenceText,
    hiddenPersons: hidden.names.length,
    hiddenSpellings: hidden.names.reduce((n, s) => n + s.length, 0),
    unlistedPersons: copy.unlisted,
    passages: marked,
    confidentialEvents: events,
    marks: copy.marks,
    replies: replies.length,
    changed,
    repliesTakenDown: takenDown.length,
  };
  if (changed) {
    const { communicationId: _id, reference: _ref, ...counts } = report;
    await appendAudit(tx, change(actor, 'letter.redact', letter.referenceText, counts));
  }
  return report;
}

/**
 * Marks a passage of a letter (or of its replies) confidential and makes the public copy again.
 * The passage must stand in the letter or a reply, as written (white space aside): a passage that
 * hides nothing would leave the words it was meant to hide.
 */
export async function markConfidentialPassage(
  tx: Queryable, communicationId: number, text: string, actor: Actor, cipher?: FieldCipher,
): Promise<{ passageId: number; report: RedactedCopyReport }> {
  const letter = await sentLetter(tx, communicationId);
  const passage = text.trim();
  const texts = [letter.body ?? '', ...(await repliesForCopy(tx, communicationId)).map((r) => r.body ?? '')];
  let stands: boolean;
  try {
    stands = texts.some((t) => redactTextCounted(t, { names: [], passages: [passage] }).replaced > 0);
  } catch (e) {
    // The passage is the form's `text` field, not the list's first entry.
    throw e instanceof RapError ? new RapError(e.code, e.detail, { field: 'text' }) : e;
  }
  if (!stands) throw new RapError('RAP_ERR_INVALID', 'the passage is not in the letter or its replies as written', { field: 'text' });
  const passageId = await insertConfidentialPassage(tx, communicationId, passage, actor.userId);
  await appendAudit(tx, change(actor, 'letter.passage.mark', letter.referenceText, { passageId, characters: passage.length }));
  return { passageId, report: await refreshRedactedCopy(tx, communicationId, actor, cipher) };
}

/** Removes a passage's confidential mark and makes the public copy again. */
export async function unmarkConfidentialPassage(tx: Queryable, passageId: number, actor: Actor, cipher?: FieldCipher): Promise<RedactedCopyReport> {
  const communicationId = await deleteConfidentialPassage(tx, passageId);
  if (communicationId === null) throw new RapError('RAP_ERR_NOT_FOUND', `there is no marked passage #${passageId}`, { field: 'passageId' });
  const letter = await letterForCopy(tx, communicationId);
  await appendAudit(tx, change(actor, 'letter.passage.unmark', letter!.referenceText, { passageId }));
  return refreshRedactedCopy(tx, communicationId, actor, cipher);
}
