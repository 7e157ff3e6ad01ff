/**
 * Drafting a letter until it is approved: creating a draft (from a case, or as the follow-up of
 * an earlier letter), editing it, opening the consultation, the invited mandates' answers and the
 * lead's approval. Each use case runs in one transaction, takes the draft's row lock, applies the
 * lifecycle's transition (domain/letter-lifecycle.ts) and appends its entries to the trail under
 * the draft (and under the case or the cited letter where they should show). A change made on an
 * older version of the draft than the stored one is refused. Sending is in `sending.ts`.
 */
import { createHash } from 'node:crypto';
import type { Actor } from '../domain/actor.js';
import { canonicalJson, type AuditChange } from '../domain/audit-chain.js';
import { caseAuditEntry } from '../domain/case.js';
import { COMMUNICATION_TYPES, type CommunicationType } from '../domain/communication.js';
import type { Language } from '../domain/dates.js';
import { RapError } from '../domain/errors.js';
import { notFound } from '../domain/form-failures.js';
import {
  checkMandateChoice, initialMandates, isSecretariat, signingMandates, transition,
  type DraftAction, type DraftState, type InvitedAnswer, type Participant, type Transition,
} from '../domain/letter-lifecycle.js';
import { LIMITS } from '../domain/limits.js';
import { mandateById, stateByCode } from '../reference-data/index.js';
import { appendAudit } from '../store/audit.repo.js';
import { findCase, touchCase } from '../store/cases.repo.js';
import type { Database, Queryable } from '../store/database.js';
import { writeDraftMandates, type DraftMandateWrite } from '../store/draft-mandates.repo.js';
import {
  findDraft, insertDraft, listDraftRows, updateDraftRow, type DraftFields, type DraftListFilter, type DraftRow,
} from '../store/drafts.repo.js';
import { findLetterOf } from '../store/letters-of-reference.repo.js';
import { findUserById } from '../store/users.repo.js';
import { referenceKey } from './reference-key.js';

const LANGUAGES: readonly Language[] = ['en', 'fr', 'es'];

/** The settings of a draft as a form or a caller gives them; `content` is the composer's draft. */
export interface DraftInput<C = unknown> {
  caseId?: number | null;
  type?: string;
  recipientCode?: string;
  language?: string;
  leadMandateId?: string;
  invitedMandateIds?: string[];
  content?: C;
}

/** A draft as pages and the composer see it. */
export interface DraftView<C = unknown> extends DraftRow<C> {
  /** Registry ids of the mandates that would sign now: the lead, then those that joined. */
  signing: string[];
  /** The earlier letter this one follows up and cites. */
  follows: { communicationId: number; reference: string; date: string | null } | null;
}

// ---------------------------------------------------------------------------------------------
// Who acts, and what they send

/**
 * The role and mandates of the person acting, read from their account (never from the request).
 * The command line and scheduled jobs have no account: they act as the secretariat.
 */
export async function participantOf(db: Queryable, actor: Actor): Promise<Participant> {
  if (actor.userId === null) return { role: 'officer', mandates: [] };
  const user = await findUserById(db, actor.userId);
  if (!user || user.disabledAt) throw new RapError('RAP_ERR_FORBIDDEN', 'the account is disabled or does not exist');
  return { role: user.role, mandates: user.mandates };
}

const invalid = (message: string, field: string) => new RapError('RAP_ERR_INVALID', message, { field });

function checkMandateId(id: string, field: string): string {
  const mandate = mandateById(id);
  if (!mandate) throw invalid(`${id || 'an empty id'} is not a mandate of the registry`, field);
  if (mandate.status === 'discontinued') throw invalid(`${id} (${mandate.title}) has been discontinued`, field);
  return id;
}

/** The settings, checked, each problem a RapError naming its field. */
function checkSettings(input: Required<Omit<DraftInput, 'content' | 'caseId'>> & { caseId: number | null; content: unknown }): DraftFields & { invited: string[] } {
  const type = input.type.trim().toUpperCase();
  if (!(COMMUNICATION_TYPES as readonly string[]).includes(type)) throw invalid('the type is UA (urgent appeal), AL (allegation letter) or OL (other letter)', 'type');
  const recipientCode = input.recipientCode.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(recipientCode) || !stateByCode(recipientCode)) {
    throw invalid('the recipient is a State of the registry by its alpha-3 code (such as XAA), or OTH for a non-State actor', 'recipientCode');
  }
  const language = input.language.trim().toLowerCase();
  if (!(LANGUAGES as readonly string[]).includes(language)) throw invalid('a letter is written in English (en), French (fr) or Spanish (es)', 'language');
  const choice = checkMandateChoice({ lead: input.leadMandateId, invited: input.invitedMandateIds });
  checkMandateId(choice.lead, 'leadMandateId');
  for (const id of choice.invited) checkMandateId(id, 'invitedMandateIds');
  let json: string | undefined;
  try {
    json = JSON.stringify(input.content ?? {});
  } catch {
    json = undefined;
  }
  if (json === undefined) throw invalid('the content cannot be stored as JSON', 'content');
  if (json.length > LIMITS.maxTextChars) throw invalid(`the content is ${json.length} characters long; the limit is ${LIMITS.maxTextChars}`, 'content');
  return {
    caseId: input.caseId, type: type as CommunicationType, recipientCode, language: language as Language,
    leadMandateId: choice.lead, invited: [...choice.invited], content: input.content ?? {},
  };
}

// ---------------------------------------------------------------------------------------------
// The trail

/** The content as the trail keeps it: a fingerprint (the draft may name people who must stay unnamed). */
export const contentDigest = (content: unknown): string => createHash('sha256').update(canonicalJson(content ?? {})).digest('hex');

const draftChange = (actor: Actor, action: string, draftId: number, before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditChange => ({
  actorId: actor.userId, actor: actor.label, action, entity: 'draft', entityId: String(draftId), before, after,
});

const ON_BEHALF_NOTE = 'recorded by the secretariat on behalf of the mandate';

// ---------------------------------------------------------------------------------------------
// Transitions

/** The mandates to store after a transition: a changed answer is signed by the actor, an unchanged one kept. */
function mandateWrites(draft: DraftRow, t: Transition, actor: Actor, at: Date): DraftMandateWrite[] {
  return t.mandates.map((m) => {
    const was = draft.mandates.find((x) => x.mandateId === m.mandateId && x.role === m.role);
    if (was && was.answer === m.answer) return { ...m, answeredBy: was.answeredBy, answeredAt: was.answeredAt, onBehalf: was.onBehalf };
    if (m.answer === 'pending') return { ...m, answeredBy: null, answeredAt: null, onBehalf: false };
    return { ...m, answeredBy: actor.userId, answeredAt: at, onBehalf: t.onBehalf };
  });
}

/** The locked draft of this id, at the version the person saw when one is given. */
export async function lockDraft<C = unknown>(tx: Queryable, draftId: number, version: number | undefined): Promise<DraftRow<C>> {
  const draft = await findDraft<C>(tx, draftId, { lock: true });
  if (!draft) throw notFound(`there is no draft #${draftId}`, 'draftId');
  if (version !== undefined && version !== draft.version) {
    throw new RapError('RAP_ERR_CONFLICT', `the draft changed since it was opened (version ${version} was opened, version ${draft.version} is stored): reload it`, { field: 'version' });
  }
  return draft;
}

const stateOf = (draft: DraftRow): DraftState => ({ status: draft.status, mandates: draft.mandates });

/** Applies a status transition (not an edit) to a locked draft and stores it. */
async function applyTransition(tx: Queryable, draft: DraftRow, action: DraftAction, actor: Actor): Promise<Transition> {
  const t = transition(stateOf(draft), action, await participantOf(tx, actor));
  await writeDraftMandates(tx, draft.id, mandateWrites(draft, t, actor, new Date()));
  await updateDraftRow(tx, draft.id, { ...draft, status: t.status, updatedBy: actor.userId });
  return t;
}

// ---------------------------------------------------------------------------------------------
// Use cases

async function createIn<C>(tx: Queryable, input: DraftInput<C>, follows: { id: number; reference: string } | null, actor: Actor): Promise<number> {
  if (!isSecretariat(await participantOf(tx, actor))) throw new RapError('RAP_ERR_FORBIDDEN', 'only the secretariat writes drafts');
  const settings = checkSettings({
    caseId: input.caseId ?? null,
    type: input.type ?? '',
    recipientCode: input.recipientCode ?? '',
    language: input.language ?? '',
    leadMandateId: input.leadMandateId ?? '',
    invitedMandateIds: input.invitedMandateIds ?? [],
    content: input.content,
  });
  if (settings.caseId !== null && !(await findCase(tx, settings.caseId, { lock: true }))) throw notFound(`there is no case #${settings.caseId}`, 'caseId');
  const id = await insertDraft(tx, { ...settings, followsCommunicationId: follows?.id ?? null, createdBy: actor.userId });
  const mandates = initialMandates({ lead: settings.leadMandateId, invited: settings.invited });
  await writeDraftMandates(tx, id, mandates.map((m) => ({ ...m, answeredBy: null, answeredAt: null, onBehalf: false })));
  const summary = { type: settings.type, recipientCode: settings.recipientCode, language: settings.language };
  const changes: AuditChange[] = [draftChange(actor, 'draft.create', id, null, {
    ...summary, caseId: settings.caseId, leadMandateId: settings.leadMandateId, invitedMandateIds: settings.invited,
    content: contentDigest(settings.content), ...(follows ? { follows: follows.reference } : {}),
  })];
  if (settings.caseId !== null) {
    await touchCase(tx, settings.caseId);
    changes.push(caseAuditEntry(actor, 'case.draft.add', settings.caseId, null, { draftId: id, ...summary }));
  }
  if (follows) {
    changes.push({ actorId: actor.userId, actor: actor.label, action: 'letter.follow-up.start', entity: 'communication', entityId: follows.reference, before: null, after: { draftId: id } });
  }
  await appendAudit(tx, ...changes);
  return id;
}

/** A new draft (status `draft`), by the secretariat; the case, when given, must exist. */
export async function createDraft<C = unknown>(db: Database, input: DraftInput<C>, actor: Actor): Promise<DraftView<C>> {
  const id = await db.transaction((tx) => createIn(tx, input, null, actor));
  return (await getDraft<C>(db, id))!;
}

const SETTING_KEYS = ['caseId', 'type', 'recipientCode', 'language', 'leadMandateId', 'invitedMandateIds', 'content'] as const;

/**
 * Edits a draft's settings, mandates or content. `version` is the version the person edited. An
 * approved letter goes back to consultation and its lead and joined mandates are asked again
 * (the trail says why); an edit that changes nothing writes nothing.
 */
export async function editDraft<C = unknown>(db: Database, draftId: number, input: DraftInput<C> & { version: number }, actor: Actor): Promise<DraftView<C>> {
  await db.transaction(async (tx) => {
    const draft = await lockDraft<C>(tx, draftId, input.version);
    const invitedNow = draft.mandates.filter((m) => m.role === 'invited').map((m) => m.mandateId);
    const settings = checkSettings({
      caseId: input.caseId === undefined ? draft.caseId : input.caseId,
      type: input.type ?? draft.type,
      recipientCode: input.recipientCode ?? draft.recipientCode,
      language: input.language ?? draft.language,
      leadMandateId: input.leadMandateId ?? draft.leadMandateId,
      invitedMandateIds: input.invitedMandateIds ?? invitedNow,
      content: input.content === undefined ? draft.content : input.content,
    });
    const was: Record<string, unknown> = { ...draft, invitedMandateIds: invitedNow, content: contentDigest(draft.content) };
    const now: Record<string, unknown> = { ...settings, invitedMandateIds: settings.invited, content: contentDigest(settings.content) };
    const changed = SETTING_KEYS.filter((k) => canonicalJson(was[k]) !== canonicalJson(now[k]));
    if (changed.length === 0) return;
    if (settings.caseId !== null && settings.caseId !== draft.caseId && !(await findCase(tx, settings.caseId, { lock: true }))) {
      throw notFound(`there is no case #${settings.caseId}`, 'caseId');
    }
    const mandatesChanged = changed.includes('leadMandateId') || changed.includes('invitedMandateIds');
    const action: DraftAction = { kind: 'edit', ...(mandatesChanged ? { mandates: { lead: settings.leadMandateId, invited: settings.invited } } : {}) };
    const t = transition(stateOf(draft), action, await participantOf(tx, actor));
    await writeDraftMandates(tx, draftId, mandateWrites(draft, t, actor, new Date()));
    await updateDraftRow(tx, draftId, { ...settings, status: t.status, updatedBy: actor.userId });
    const changes = [draftChange(actor, 'draft.edit', draftId,
      Object.fromEntries(changed.map((k) => [k, was[k]])),
      Object.fromEntries(changed.map((k) => [k, now[k]])))];
    if (t.cleared.length > 0) {
      changes.push(draftChange(actor, 'draft.approval.clear', draftId, { status: draft.status, answered: t.cleared }, { status: t.status, reason: t.reason }));
    }
    await appendAudit(tx, ...changes);
  });
  return (await getDraft<C>(db, draftId))!;
}

/** Sends the draft to the mandates: from `draft` to `consultation`, by the secretariat. */
export async function openConsultation(db: Database, draftId: number, actor: Actor, { version }: { version?: number } = {}): Promise<DraftView> {
  await db.transaction(async (tx) => {
    const draft = await lockDraft(tx, draftId, version);
    await applyTransition(tx, draft, { kind: 'open-consultation' }, actor);
    await appendAudit(tx, draftChange(actor, 'draft.consultation.open', draftId, { status: draft.status }, {
      status: 'consultation', invited: draft.mandates.filter((m) => m.role === 'invited').map((m) => m.mandateId),
    }));
  });
  return (await getDraft(db, draftId))!;
}

/**
 * An invited mandate joins or declines: by its holder, or recorded by an officer on its behalf
 * (the trail says so). `version`, when given, is the version the mandate read.
 */
export async function answerInvitation(
  db: Database, draftId: number, mandateId: string, answer: InvitedAnswer, actor: Actor, { version }: { version?: number } = {},
): Promise<DraftView> {
  if (answer !== 'joined' && answer !== 'declined') throw invalid('a mandate joins or declines', 'answer');
  await db.transaction(async (tx) => {
    const draft = await lockDraft(tx, draftId, version);
    const before = draft.mandates.find((m) => m.mandateId === mandateId)?.answer ?? null;
    const t = await applyTransition(tx, draft, { kind: 'answer', mandateId, answer }, actor);
    await appendAudit(tx, draftChange(actor, 'draft.mandate.answer', draftId, { mandateId, answer: before }, {
      mandateId, answer, onBehalf: t.onBehalf, ...(t.onBehalf ? { note: ON_BEHALF_NOTE } : {}),
    }));
  });
  return (await getDraft(db, draftId))!;
}

/**
 * The lead mandate approves the letter as it stands at `version` (the text its holder read): by
 * the holder, or recorded by an officer on the mandate's behalf. The letter can then be sent.
 */
export async function approveDraft(db: Database, draftId: number, actor: Actor, { version }: { version: number }): Promise<DraftView> {
  await db.transaction(async (tx) => {
    const draft = await lockDraft(tx, draftId, version);
    const t = await applyTransition(tx, draft, { kind: 'approve' }, actor);
    await appendAudit(tx, draftChange(actor, 'draft.approve', draftId, { status: draft.status }, {
      status: t.status, mandateId: draft.leadMandateId, version, signing: signingMandates(t.mandates),
      onBehalf: t.onBehalf, ...(t.onBehalf ? { note: ON_BEHALF_NOTE } : {}),
    }));
  });
  return (await getDraft(db, draftId))!;
}

async function viewOf<C>(db: Queryable, draft: DraftRow<C>): Promise<DraftView<C>> {
  const letter = draft.followsCommunicationId === null ? null : await findLetterOf(db, { id: draft.followsCommunicationId });
  return {
    ...draft,
    signing: signingMandates(draft.mandates),
    follows: letter ? { communicationId: letter.id, reference: letter.referenceText, date: letter.letterDate } : null,
  };
}

export async function getDraft<C = unknown>(db: Queryable, draftId: number): Promise<DraftView<C> | null> {
  const draft = await findDraft<C>(db, draftId);
  return draft ? viewOf(db, draft) : null;
}

/** Drafts by status, case or mandate, most recently changed first. */
export async function listDrafts<C = unknown>(db: Queryable, filter: DraftListFilter = {}): Promise<Array<DraftView<C>>> {
  const drafts = await listDraftRows<C>(db, filter);
  return Promise.all(drafts.map((d) => viewOf(db, d)));
}

/** What a follow-up may choose differently from the letter it follows. */
export type FollowUpOverrides<C = unknown> = Pick<DraftInput<C>, 'type' | 'language' | 'leadMandateId' | 'invitedMandateIds' | 'content'>;

/**
 * Starts a follow-up of a stored letter (sent from Rapporteur or imported): a new draft on the
 * same case and recipient that cites it. It starts from the earlier letter's type, language and
 * mandates (the first that signed leads) and, when the earlier letter was written here, from its
 * content; `overrides` change any of these.
 */
export async function startFollowUp<C = unknown>(db: Database, fromReference: string, actor: Actor, overrides: FollowUpOverrides<C> = {}): Promise<DraftView<C>> {
  const key = fromReference.length <= 100 ? referenceKey(fromReference.trim()) : null;
  if (!key) throw new RapError('RAP_ERR_BAD_REFERENCE', `“${fromReference.slice(0, 100)}”`, { field: 'reference' });
  const id = await db.transaction(async (tx) => {
    const letter = await findLetterOf(tx, { key: key.key });
    if (!letter) throw notFound(`no letter ${key.text} is stored`, 'reference');
    if (letter.status === 'placeholder') throw invalid(`${letter.referenceText} is only cited by other letters; the letter itself is not stored`, 'reference');
    const earlier = letter.draftId === null ? null : await findDraft<C>(tx, letter.draftId);
    const lead = overrides.leadMandateId ?? letter.mandateIds[0] ?? earlier?.leadMandateId;
    if (!lead) throw invalid(`${letter.referenceText} names no mandate of the registry: choose the lead mandate`, 'leadMandateId');
    const language = overrides.language ?? earlier?.language ?? letter.language ?? '';
    return createIn<C>(tx, {
      caseId: letter.caseId,
      type: overrides.type ?? letter.type ?? earlier?.type ?? '',
      recipientCode: letter.recipientCode,
      language,
      leadMandateId: lead,
      invitedMandateIds: overrides.invitedMandateIds ?? letter.mandateIds.filter((m) => m !== lead),
      ...(overrides.content !== undefined ? { content: overrides.content } : earlier ? { content: earlier.content } : {}),
    }, { id: letter.id, reference: letter.referenceText }, actor);
  });
  return (await getDraft<C>(db, id))!;
}
