/**
 * The life of a draft letter until it is sent: draft → consultation → approved → sent, and who
 * may move it. The secretariat (officers, administrators) writes and edits drafts of any mandate,
 * opens the consultation and sends. Each invited mandate joins or declines; a mandate holder
 * answers only for the mandates assigned to them, an officer may record a mandate's answer on
 * its behalf (the trail says so). Only the lead mandate's approval makes the letter approved, and
 * only once every invited mandate has answered: the header, capacity paragraph and signatures
 * follow who joined, so they must be settled when the text is. Editing an approved letter takes
 * it back to consultation and asks the lead and the joined mandates again, since what they agreed
 * to has changed. Replied and overdue are not states: they are read off the dates
 * (domain/deadlines.ts). Pure: the service loads the state, applies a transition, stores it.
 */
import { RapError } from './errors.js';
import type { Role } from './permissions.js';

export const DRAFT_STATUSES = ['draft', 'consultation', 'approved', 'sent'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

export type MandateRole = 'lead' | 'invited';
/** An invited mandate joins or declines; the lead approves. */
export type MandateAnswer = 'pending' | 'joined' | 'declined' | 'approved';
export type InvitedAnswer = 'joined' | 'declined';

export interface DraftMandate {
  mandateId: string;
  role: MandateRole;
  answer: MandateAnswer;
}

export interface DraftState {
  status: DraftStatus;
  /** The lead first, then the invited mandates in the letter's order. */
  mandates: readonly DraftMandate[];
}

/** Who acts: their role and, for a mandate holder, the mandates they act for. */
export interface Participant {
  role: Role;
  mandates: readonly string[];
}

export interface MandateChoice {
  lead: string;
  invited: readonly string[];
}

export type DraftAction =
  /** Any change of the text or of the letter's settings; `mandates` when the list of mandates changes. */
  | { kind: 'edit'; mandates?: MandateChoice }
  | { kind: 'open-consultation' }
  | { kind: 'answer'; mandateId: string; answer: InvitedAnswer }
  | { kind: 'approve' }
  | { kind: 'send' };

export interface Transition {
  status: DraftStatus;
  mandates: DraftMandate[];
  /** An officer recorded a mandate's answer or the lead's approval for it. */
  onBehalf: boolean;
  /** Mandates whose answer went back to pending. */
  cleared: string[];
  /** Why, in words for the trail; null when nothing was cleared. */
  reason: string | null;
}

export const APPROVAL_CLEARED_REASON =
  'the text changed after the lead mandate approved it: the approval and the joins are asked again';

/** Officers and administrators: the secretariat that writes, edits and sends letters. */
export const isSecretariat = (who: Participant) => who.role === 'officer' || who.role === 'admin';

const forbidden = (message: string, field?: string) => new RapError('RAP_ERR_FORBIDDEN', message, field ? { field } : {});
const conflict = (message: string) => new RapError('RAP_ERR_CONFLICT', message, { field: 'status' });
const invalid = (message: string, field: string) => new RapError('RAP_ERR_INVALID', message, { field });

/** The mandates of a new draft: the lead, then each invited mandate once, all pending. */
export function initialMandates(choice: MandateChoice): DraftMandate[] {
  return rebuildMandates([], checkMandateChoice(choice));
}

/** The lead and the invited mandates, checked: a lead, no mandate twice, the lead not among the invited. */
export function checkMandateChoice(choice: MandateChoice): MandateChoice {
  const lead = choice.lead.trim();
  if (!lead) throw invalid('choose the lead mandate', 'leadMandateId');
  const invited = choice.invited.map((m) => m.trim()).filter(Boolean);
  if (invited.includes(lead)) throw invalid(`${lead} is the lead mandate; it cannot also be invited`, 'invitedMandateIds');
  const twice = invited.find((m, i) => invited.indexOf(m) !== i);
  if (twice) throw invalid(`${twice} is invited twice`, 'invitedMandateIds');
  return { lead, invited };
}

/** Keeps the answer of each mandate that keeps its role; a new mandate, or one whose role changed, is asked anew. */
function rebuildMandates(current: readonly DraftMandate[], choice: MandateChoice): DraftMandate[] {
  const keep = (mandateId: string, role: MandateRole): DraftMandate => {
    const was = current.find((m) => m.mandateId === mandateId && m.role === role);
    return { mandateId, role, answer: was?.answer ?? 'pending' };
  };
  return [keep(choice.lead, 'lead'), ...choice.invited.map((m) => keep(m, 'invited'))];
}

const STATUS_WORDS: Record<DraftStatus, string> = {
  draft: 'is still a draft (the consultation has not been opened)',
  consultation: 'is in consultation',
  approved: 'is approved',
  sent: 'has been sent',
};

function edit(state: DraftState, action: Extract<DraftAction, { kind: 'edit' }>, who: Participant): Transition {
  if (!isSecretariat(who)) throw forbidden('only the secretariat edits a draft');
  if (state.status === 'sent') throw conflict('the letter has been sent and is frozen; start a follow-up letter instead');
  let mandates = action.mandates ? rebuildMandates(state.mandates, checkMandateChoice(action.mandates)) : state.mandates.map((m) => ({ ...m }));
  if (state.status !== 'approved') return { status: state.status, mandates, onBehalf: false, cleared: [], reason: null };
  const cleared = mandates.filter((m) => m.answer === 'approved' || m.answer === 'joined').map((m) => m.mandateId);
  mandates = mandates.map((m) => (m.answer === 'approved' || m.answer === 'joined' ? { ...m, answer: 'pending' } : m));
  return { status: 'consultation', mandates, onBehalf: false, cleared, reason: APPROVAL_CLEARED_REASON };
}

function answer(state: DraftState, action: Extract<DraftAction, { kind: 'answer' }>, who: Participant): Transition {
  const target = state.mandates.find((m) => m.mandateId === action.mandateId);
  if (!target) throw invalid(`${action.mandateId} is not invited to this letter`, 'mandateId');
  if (target.role === 'lead') throw invalid(`${action.mandateId} leads this letter: it approves the letter rather than joining it`, 'mandateId');
  const onBehalf = !who.mandates.includes(action.mandateId) || who.role !== 'mandate-holder';
  if (onBehalf && !isSecretariat(who)) throw forbidden(`a mandate holder answers only for the mandates assigned to them, not for ${action.mandateId}`, 'mandateId');
  if (state.status !== 'consultation') {
    const hint = state.status === 'approved' ? '; an officer must reopen it by editing it before a mandate changes its answer' : '';
    throw conflict(`the letter ${STATUS_WORDS[state.status]}: mandates answer only during the consultation${hint}`);
  }
  const mandates = state.mandates.map((m) => (m.mandateId === action.mandateId ? { ...m, answer: action.answer } : { ...m }));
  return { status: 'consultation', mandates, onBehalf, cleared: [], reason: null };
}

function approve(state: DraftState, who: Participant): Transition {
  const lead = state.mandates.find((m) => m.role === 'lead');
  if (!lead) throw invalid('the letter has no lead mandate', 'leadMandateId');
  const onBehalf = !(who.role === 'mandate-holder' && who.mandates.includes(lead.mandateId));
  if (onBehalf && !isSecretariat(who)) throw forbidden(`only the holder of the lead mandate (${lead.mandateId}) or an officer recording it approves the letter`);
  if (state.status !== 'consultation') throw conflict(`the letter ${STATUS_WORDS[state.status]}: only a letter in consultation is approved`);
  const waiting = state.mandates.filter((m) => m.role === 'invited' && m.answer === 'pending').map((m) => m.mandateId);
  if (waiting.length > 0) {
    throw conflict(`waiting for the answer of ${waiting.join(', ')}: each invited mandate joins or declines (or is no longer invited) before the lead approves`);
  }
  const mandates = state.mandates.map((m) => (m.role === 'lead' ? { ...m, answer: 'approved' as const } : { ...m }));
  return { status: 'approved', mandates, onBehalf, cleared: [], reason: null };
}

/**
 * The state after `action` by `who`; a RapError when it may not happen: RAP_ERR_FORBIDDEN when
 * this person may not do it, RAP_ERR_CONFLICT when the letter is not in a state that allows it,
 * RAP_ERR_INVALID for a mandate that is not on the letter or a bad list of mandates.
 */
export function transition(state: DraftState, action: DraftAction, who: Participant): Transition {
  switch (action.kind) {
    case 'edit':
      return edit(state, action, who);
    case 'open-consultation':
      if (!isSecretariat(who)) throw forbidden('only the secretariat opens the consultation');
      if (state.status !== 'draft') throw conflict(`the letter ${STATUS_WORDS[state.status]}: the consultation opens once, from a draft`);
      return { status: 'consultation', mandates: state.mandates.map((m) => ({ ...m })), onBehalf: false, cleared: [], reason: null };
    case 'answer':
      return answer(state, action, who);
    case 'approve':
      return approve(state, who);
    case 'send':
      if (!isSecretariat(who)) throw forbidden('only the secretariat sends a letter');
      if (state.status !== 'approved') {
        const why = state.status === 'sent' ? '' : ': only a letter the lead mandate has approved is sent';
        throw conflict(`the letter ${STATUS_WORDS[state.status]}${why}`);
      }
      return { status: 'sent', mandates: state.mandates.map((m) => ({ ...m })), onBehalf: false, cleared: [], reason: null };
  }
}

/** Whether `who` may do `action` now (for pages that show only the buttons that work). */
export function mayDo(state: DraftState, action: DraftAction, who: Participant): boolean {
  try {
    transition(state, action, who);
    return true;
  } catch {
    return false;
  }
}

/** The mandates that sign the letter, in the letter's order: the lead, then those that joined. */
export function signingMandates(mandates: readonly DraftMandate[]): string[] {
  return [
    ...mandates.filter((m) => m.role === 'lead'),
    ...mandates.filter((m) => m.role === 'invited' && m.answer === 'joined'),
  ].map((m) => m.mandateId);
}
