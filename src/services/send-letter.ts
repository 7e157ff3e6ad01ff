/**
 * Sending a letter as staff do it: the draft composed in its language (letter-composer.ts), the
 * reference allocated and the version frozen (sending.ts), then the public copy made with what
 * must stay secret replaced by [REDACTED] (redacted-copy.ts). Until that copy exists the letter is
 * never published, so a failure between the two steps cannot leak anything.
 */
import type { Actor } from '../domain/actor.js';
import { publicationDelayFor } from '../domain/publication-delay.js';
import type { FieldCipher } from '../security/field-cipher.js';
import type { Database } from '../store/database.js';
import { findDraft } from '../store/drafts.repo.js';
import { findMandateSettings } from '../store/mandate-settings.repo.js';
import { letterComposer } from './letter-composer.js';
import { refreshRedactedCopy } from './redacted-copy.js';
import { registerReply, type RegisteredReply, type ReplyInput } from './reply-registration.js';
import { sendDraft, type SendInput, type SentLetter } from './sending.js';

/** `cipher`: the key of confidential fields, needed when the letter's case has confidential events (redacted-copy.ts). */
export async function sendLetter(db: Database, input: Omit<SendInput, 'compose'>, actor: Actor, cipher?: FieldCipher): Promise<SentLetter> {
  // The draft's type and lead are read before sending; sendDraft refuses the draft if it changed since `input.version`.
  const draft = await findDraft(db, input.draftId);
  const leadSetting = draft ? ((await findMandateSettings(db, draft.leadMandateId))?.olPublicationDays ?? null) : null;
  const publicationDelayDays = input.publicationDelayDays ?? (draft ? publicationDelayFor(draft.type, leadSetting) : undefined);
  const sent = await sendDraft(db, { ...input, publicationDelayDays, compose: letterComposer as SendInput['compose'] }, actor);
  await db.transaction((tx) => refreshRedactedCopy(tx, sent.communicationId, actor, cipher));
  return sent;
}

/** A reply registered, and the letter's public copy made again so that the reply's copy exists too. */
export async function registerLetterReply(db: Database, cipher: FieldCipher | undefined, input: ReplyInput, actor: Actor, options: { today?: string } = {}): Promise<RegisteredReply> {
  const reply = await registerReply(db, cipher, input, actor, options);
  await db.transaction((tx) => refreshRedactedCopy(tx, reply.communicationId, actor, cipher));
  return reply;
}
