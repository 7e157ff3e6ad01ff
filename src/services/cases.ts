/**
 * Case files: creating and editing a case, triaging a submission into one, its timeline of
 * events, its documents and the letters that concern it, and everything a case page shows.
 * Each change runs in the caller's transaction (triage and uploads open their own) and appends
 * its audit entry there. Every change to a case is written to the trail under the case itself
 * (entity `case`, the case id), the action saying what changed (`case.event.add`,
 * `case.letter.link`...), so that the case's history is one lookup.
 */
import type { Actor } from '../domain/actor.js';
import { CONFIDENTIAL_VALUE, type AuditEntry } from '../domain/audit-chain.js';
import {
  checkEvent,
  cleanText,
  eventDateFromIso,
  EVENT_LIMITS,
  formatEventDate,
  sortTimeline,
  textProblem,
  UNKNOWN_DATE,
  type Checked,
  type EventDate,
  type EventForm,
  type FieldErrors,
  type ValidEvent,
} from '../domain/case-event.js';
import { isRapError, RapError, type ErrorCode } from '../domain/errors.js';
import { isUserAssignedCode, stateByCode } from '../reference-data/index.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { SEALED } from '../security/sealed-columns.js';
import { appendAudit, historyOf } from '../store/audit.repo.js';
import { findEvent, insertEvent, isFileOfCase, isSubmissionOfCase, listEventRows, updateEventRow, type EventFields, type EventRow } from '../store/case-events.repo.js';
import { deleteCaseLetter, findLetterByKey, insertCaseLetter, listCaseLetters, type CaseLetter } from '../store/case-letters.repo.js';
import {
  findCase,
  insertCase,
  listCaseRows,
  listCaseSubmissions,
  lockSubmissionForTriage,
  markSubmissionTriaged,
  touchCase,
  updateCaseRow,
  type CaseFields,
  type CaseListItem,
  type CaseRow,
  type CaseStatus,
  type CaseSubmission,
} from '../store/cases.repo.js';
import type { Database, Queryable } from '../store/database.js';
import { addPersonToCase, loadCasePeople, type CasePeopleData } from './case-people.js';
import { referenceKey } from './reference-key.js';
import { listStaffFiles, prepareStaffFile, storePreparedFile, type StaffFileSummary, type StoredFile, type UploadedFile } from './staff-files.js';

/** Bad input on several fields at once: each field's message, for the form to show next to it. */
export class InvalidInput extends RapError {
  readonly fields: FieldErrors;
  constructor(fields: FieldErrors) {
    const [field, message] = Object.entries(fields)[0] ?? ['input', 'the input is not valid'];
    super('RAP_ERR_INVALID', message, { field });
    this.fields = fields;
  }
}

/** Failures a person can do something about: what they typed, or the state of the record. */
const FORM_FAILURES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['RAP_ERR_INVALID', 'RAP_ERR_CONFLICT', 'RAP_ERR_NOT_FOUND', 'RAP_ERR_FILE_TOO_LARGE']);

/**
 * The messages of a failure to show with its form, by field (`_` when it names none); null for
 * any other error (a key missing, the database down), which the server answers as its own fault.
 */
export function fieldErrorsOf(e: unknown): FieldErrors | null {
  if (e instanceof InvalidInput) return e.fields;
  if (!isRapError(e) || !FORM_FAILURES.has(e.code)) return null;
  const detail = e.detail ?? e.message;
  // A detail that begins with a file's name keeps the name as it is written.
  const sentence = e.location.file ? detail : `${detail.charAt(0).toUpperCase()}${detail.slice(1)}`;
  return { [e.location.field ?? '_']: /[.!?]$/.test(sentence) ? sentence : `${sentence}.` };
}

const unwrap = <T>(checked: Checked<T>): T => {
  if (!checked.ok) throw new InvalidInput(checked.errors);
  return checked.value;
};

const notFound = (what: string, field?: string) => new RapError('RAP_ERR_NOT_FOUND', what, field ? { field } : {});

const entry = (actor: Actor, action: string, caseId: number, before: Record<string, unknown> | null, after: Record<string, unknown> | null) => ({
  actorId: actor.userId,
  actor: actor.label,
  action,
  entity: 'case',
  entityId: String(caseId),
  before,
  after,
});

// ---------------------------------------------------------------------------------------------
// The case itself

export const CASE_LIMITS = { title: 200, summary: 20_000 } as const;

export interface CaseInput {
  title?: string | undefined;
  summary?: string | undefined;
  status?: string | undefined;
  countryCode?: string | undefined | null;
}

/** A case's fields as a form sends them, checked; errors keyed `title`, `summary`, `status`, `country`. */
export function checkCaseFields(input: CaseInput): Checked<CaseFields> {
  const errors: FieldErrors = {};
  const title = cleanText(input.title).replace(/\s+/g, ' ');
  if (!title) errors.title = 'Give the case a title.';
  else {
    const problem = textProblem(title, CASE_LIMITS.title, 'The title');
    if (problem) errors.title = problem;
  }
  const summary = cleanText(input.summary);
  const summaryProblem = textProblem(summary, CASE_LIMITS.summary, 'The summary');
  if (summaryProblem) errors.summary = summaryProblem;
  const status = (input.status ?? 'open').trim() || 'open';
  if (status !== 'open' && status !== 'closed') errors.status = 'A case is open or closed.';
  const code = (input.countryCode ?? '').trim().toUpperCase();
  if (code && !(stateByCode(code) || isUserAssignedCode(code))) errors.country = 'Choose the country from the list (an ISO 3166 alpha-3 code such as XAA).';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { title, summary, status: status as CaseStatus, countryCode: code || null } };
}

const caseValues = (c: CaseFields) => ({ title: c.title, summary: c.summary, status: c.status, countryCode: c.countryCode });

export async function createCase(tx: Queryable, input: CaseInput, actor: Actor): Promise<number> {
  const fields = unwrap(checkCaseFields({ ...input, status: 'open' }));
  const id = await insertCase(tx, { ...fields, createdBy: actor.userId });
  await appendAudit(tx, entry(actor, 'case.create', id, null, caseValues(fields)));
  return id;
}

/** Edits a case; the trail keeps the fields that changed, before and after. Nothing changes, nothing is written. */
export async function updateCase(tx: Queryable, caseId: number, input: CaseInput, actor: Actor): Promise<void> {
  const current = await findCase(tx, caseId, { lock: true });
  if (!current) throw notFound(`there is no case #${caseId}`);
  const next = unwrap(checkCaseFields(input));
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const was = caseValues(current);
  for (const [key, value] of Object.entries(caseValues(next))) {
    if (was[key as keyof typeof was] !== value) {
      before[key] = was[key as keyof typeof was];
      after[key] = value;
    }
  }
  if (Object.keys(after).length === 0) return;
  await updateCaseRow(tx, caseId, next);
  await appendAudit(tx, entry(actor, 'case.update', caseId, before, after));
}

export const CASES_PAGE_SIZE = 25;

export function listCases(db: Queryable, { status, title, page }: { status: CaseStatus | null; title: string | null; page: number }): Promise<{ total: number; cases: CaseListItem[] }> {
  return listCaseRows(db, { status, title, limit: CASES_PAGE_SIZE, offset: (page - 1) * CASES_PAGE_SIZE });
}

// ---------------------------------------------------------------------------------------------
// Events

function sourceColumns(v: ValidEvent): Pick<EventFields, 'sourceSubmissionId' | 'sourceFileId' | 'sourceNote'> {
  const s = v.source;
  return {
    sourceSubmissionId: s.kind === 'submission' ? s.submissionId : null,
    sourceFileId: s.kind === 'file' ? s.fileId : null,
    sourceNote: s.kind === 'note' ? s.note : null,
  };
}

/** The words of a confidential event, sealed together: a place can endanger someone as much as a description. */
interface EventWords {
  description: string;
  place: string | null;
  note: string | null;
}

/** The words of a stored event: opened from the sealed value of a confidential one, else its columns. */
function eventWords(cipher: FieldCipher, row: EventRow): EventWords {
  if (row.descriptionSealed === null) return { description: row.description ?? '', place: row.place, note: row.sourceNote };
  return JSON.parse(cipher.open(row.descriptionSealed, SEALED.eventDescription.context)) as EventWords;
}

/** The columns of an event: a confidential event's words sealed, and no search words from it. */
function eventColumns(cipher: FieldCipher, v: ValidEvent): EventFields {
  const source = sourceColumns(v);
  if (!v.confidential) {
    return { eventDate: v.date.date, precision: v.date.precision, place: v.place, description: v.description, descriptionSealed: null, ...source, searchable: { description: v.description, place: v.place } };
  }
  const words: EventWords = { description: v.description, place: v.place, note: source.sourceNote };
  return {
    eventDate: v.date.date,
    precision: v.date.precision,
    place: null,
    description: null,
    descriptionSealed: cipher.seal(JSON.stringify(words), SEALED.eventDescription.context),
    ...source,
    sourceNote: null,
    searchable: null,
  };
}

async function checkSourceOfCase(db: Queryable, caseId: number, v: ValidEvent): Promise<void> {
  const s = v.source;
  if (s.kind === 'submission' && !(await isSubmissionOfCase(db, caseId, s.submissionId))) {
    throw new InvalidInput({ source: 'The submission chosen as the source is not one of this case.' });
  }
  if (s.kind === 'file' && !(await isFileOfCase(db, caseId, s.fileId))) {
    throw new InvalidInput({ source: 'The document chosen as the source is not one of this case.' });
  }
}

/** The values of an event as the trail lists them. */
function eventValues(v: ValidEvent): Record<string, unknown> {
  const s = v.source;
  const source = s.kind === 'none' ? null : s.kind === 'submission' ? `submission ${s.submissionId}` : s.kind === 'file' ? `document ${s.fileId}` : s.note;
  return { date: formatEventDate(v.date), place: v.place, description: v.description, source, confidential: v.confidential };
}

/** What the trail says of an event: a confidential event's words (place, description, note) are never written there. */
function eventAuditValues(v: ValidEvent, values: Record<string, unknown> = eventValues(v)): Record<string, unknown> {
  if (!v.confidential) return values;
  const words = new Set(['place', 'description', ...(v.source.kind === 'note' ? ['source'] : [])]);
  return Object.fromEntries(Object.entries(values).map(([k, value]) => [k, words.has(k) && value !== null ? CONFIDENTIAL_VALUE : value]));
}

async function writeNewEvent(tx: Queryable, cipher: FieldCipher, caseId: number, v: ValidEvent, actor: Actor): Promise<number> {
  const id = await insertEvent(tx, caseId, eventColumns(cipher, v), actor.userId);
  await touchCase(tx, caseId);
  await appendAudit(tx, entry(actor, 'case.event.add', caseId, null, { eventId: id, ...eventAuditValues(v) }));
  return id;
}

export async function addEvent(tx: Queryable, cipher: FieldCipher, caseId: number, form: EventForm, actor: Actor): Promise<number> {
  const v = unwrap(checkEvent(form));
  if (!(await findCase(tx, caseId, { lock: true }))) throw notFound(`there is no case #${caseId}`);
  await checkSourceOfCase(tx, caseId, v);
  return writeNewEvent(tx, cipher, caseId, v, actor);
}

/** A stored event as the checked input that would store it again (its description opened). */
function storedEvent(cipher: FieldCipher, row: EventRow): ValidEvent {
  const { description, place, note } = eventWords(cipher, row);
  const source: ValidEvent['source'] =
    row.sourceSubmissionId !== null ? { kind: 'submission', submissionId: row.sourceSubmissionId }
    : row.sourceFileId !== null ? { kind: 'file', fileId: row.sourceFileId }
    : note !== null ? { kind: 'note', note }
    : { kind: 'none' };
  return { date: { date: row.eventDate, precision: row.precision }, description, place, source, confidential: row.confidential };
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
  await appendAudit(tx, entry(actor, 'case.event.update', caseId, pick(eventAuditValues(old, before)), pick(eventAuditValues(v, after))));
}

// ---------------------------------------------------------------------------------------------
// Triage

export interface TriageInput {
  /** `new` or `existing`. */
  target?: string | undefined;
  /** The case, for `existing`. */
  caseId?: number | null | undefined;
  /** The title of the new case, for `new`. */
  title?: string | undefined;
}

interface Victim {
  name: string;
  otherNames: string[];
  gender: 'female' | 'male' | null;
  role: string | null;
  consentToState: boolean | null;
  consentPublic: boolean | null;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const yesNo = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);

/** The victims of a submission as intake stored them; the people service judges the names. */
function victimsOf(stored: unknown): Victim[] {
  if (!Array.isArray(stored)) return [];
  return stored.map((raw: unknown) => {
    const v = (raw ?? {}) as Record<string, unknown>;
    return {
      name: typeof v.name === 'string' ? v.name : '',
      otherNames: strings(v.otherNames),
      gender: v.gender === 'female' || v.gender === 'male' ? v.gender : null,
      role: typeof v.role === 'string' && v.role.trim() ? v.role.trim() : null,
      consentToState: yesNo(v.consentToState),
      consentPublic: yesNo(v.consentPublic),
    };
  });
}

/** Text cut to `max` characters at a word boundary, marked as cut. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 2);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()} …`;
}

function checkTriage(input: TriageInput): { target: 'new'; title: string } | { target: 'existing'; caseId: number } {
  if (input.target === 'existing') {
    if (!input.caseId || !Number.isSafeInteger(input.caseId) || input.caseId < 1) throw new InvalidInput({ case_id: 'Choose the case to add the submission to.' });
    return { target: 'existing', caseId: input.caseId };
  }
  if (input.target === 'new') {
    const checked = checkCaseFields({ title: input.title });
    if (!checked.ok) throw new InvalidInput({ title: checked.errors.title ?? 'Give the new case a title.' });
    return { target: 'new', title: checked.value.title };
  }
  throw new InvalidInput({ target: 'Choose whether the submission opens a new case or joins an existing one.' });
}

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
      const country = sub.countryCode && (stateByCode(sub.countryCode) || isUserAssignedCode(sub.countryCode)) ? sub.countryCode : null;
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
      entry(actor, 'case.triage', caseId, null, { submissionId: sub.id, receiptCode: sub.receiptCode, people, eventId }),
    );
    return { caseId, created: choice.target === 'new' };
  });
}

// ---------------------------------------------------------------------------------------------
// Documents

/**
 * Adds a document to a case. The file is checked and read before the transaction (reading a
 * PDF takes time); a file of the wrong kind or size is refused with a RapError naming it, and
 * nothing is written.
 */
export async function uploadCaseDocument(
  db: Database,
  cipher: FieldCipher,
  caseId: number,
  file: UploadedFile,
  { confidential = false }: { confidential?: boolean },
  actor: Actor,
): Promise<StoredFile> {
  const prepared = await prepareStaffFile(file, { confidential });
  return db.transaction(async (tx) => {
    if (!(await findCase(tx, caseId, { lock: true }))) throw notFound(`there is no case #${caseId}`);
    const stored = await storePreparedFile(tx, cipher, prepared, { caseId }, { actor });
    await touchCase(tx, caseId);
    await appendAudit(tx, entry(actor, 'case.document.add', caseId, null, {
      fileId: stored.id,
      name: confidential ? CONFIDENTIAL_VALUE : stored.fileName,
      type: stored.mediaType,
      size: stored.size,
      confidential,
    }));
    return stored;
  });
}

// ---------------------------------------------------------------------------------------------
// Letters

/** Links a stored letter (published or not) to a case by its reference, as people type it. */
export async function linkLetter(tx: Queryable, caseId: number, referenceText: string, actor: Actor): Promise<{ communicationId: number; reference: string }> {
  const typed = cleanText(referenceText).replace(/\s+/g, ' ');
  if (!typed) throw new InvalidInput({ reference: 'Give the reference of the letter, for example AL XAA 1/2024.' });
  const key = typed.length <= 100 ? referenceKey(typed) : null;
  if (!key) throw new InvalidInput({ reference: `“${typed.slice(0, 100)}” is not a reference of the form TYPE CODE n/YYYY (for example AL XAA 1/2024).` });
  const letter = await findLetterByKey(tx, key.key);
  if (!letter) throw new InvalidInput({ reference: `No letter ${key.text} is stored. Check the reference, or import the letter first.` });
  if (letter.status === 'placeholder') throw new InvalidInput({ reference: `${letter.referenceText} is only cited by other letters; the letter itself is not stored yet.` });
  if (!(await findCase(tx, caseId, { lock: true }))) throw notFound(`there is no case #${caseId}`);
  if (!(await insertCaseLetter(tx, caseId, letter.id, actor.userId))) {
    throw new RapError('RAP_ERR_CONFLICT', `${letter.referenceText} is already linked to this case`, { field: 'reference' });
  }
  await touchCase(tx, caseId);
  await appendAudit(tx, entry(actor, 'case.letter.link', caseId, null, { communicationId: letter.id, reference: letter.referenceText }));
  return { communicationId: letter.id, reference: letter.referenceText };
}

export async function unlinkLetter(tx: Queryable, caseId: number, communicationId: number, actor: Actor): Promise<void> {
  if (!(await findCase(tx, caseId, { lock: true }))) throw notFound(`there is no case #${caseId}`);
  const reference = await deleteCaseLetter(tx, caseId, communicationId);
  if (reference === null) throw notFound(`letter #${communicationId} is not linked to case #${caseId}`);
  await touchCase(tx, caseId);
  await appendAudit(tx, entry(actor, 'case.letter.unlink', caseId, { communicationId, reference }, null));
}

// ---------------------------------------------------------------------------------------------
// What a case page shows

export type EventSourceView =
  | { kind: 'none' }
  | { kind: 'note'; note: string }
  | { kind: 'submission'; id: number; receiptCode: string }
  | { kind: 'file'; id: number; fileName: string | null };

export interface TimelineEvent extends EventDate {
  id: number;
  confidential: boolean;
  /** A confidential event for someone who may not read it: only its date is shown. */
  hidden: boolean;
  description: string | null;
  place: string | null;
  source: EventSourceView;
}

export interface CaseDocument extends StaffFileSummary {
  /** The submission it came with; null for a document of the case itself. */
  fromSubmission: { id: number; receiptCode: string } | null;
  /** A confidential document for someone who may not read it: its name is not shown. */
  hidden: boolean;
}

export interface CaseFileView {
  case: CaseRow;
  events: TimelineEvent[];
  documents: CaseDocument[];
  submissions: CaseSubmission[];
  letters: CaseLetter[];
  people: CasePeopleData;
  /** Newest first. */
  history: AuditEntry[];
}

/**
 * Everything a case page shows. Confidential descriptions are opened only for someone who may
 * read them (`readConfidential`); for anyone else they are not in the result at all.
 */
export async function loadCaseFile(db: Queryable, cipher: FieldCipher, caseId: number, { readConfidential }: { readConfidential: boolean }): Promise<CaseFileView | null> {
  const found = await findCase(db, caseId);
  if (!found) return null;
  const submissions = await listCaseSubmissions(db, caseId);
  const documents: CaseDocument[] = [];
  const hide = (f: StaffFileSummary) => f.confidential && !readConfidential;
  for (const f of await listStaffFiles(db, { caseId })) documents.push({ ...f, fromSubmission: null, hidden: hide(f) });
  for (const s of submissions) {
    for (const f of await listStaffFiles(db, { submissionId: s.id })) documents.push({ ...f, fromSubmission: { id: s.id, receiptCode: s.receiptCode }, hidden: hide(f) });
  }
  const receipt = new Map(submissions.map((s) => [s.id, s.receiptCode]));
  const fileName = new Map(documents.map((d) => [d.id, d.hidden ? null : d.fileName]));

  const events = sortTimeline(
    (await listEventRows(db, caseId)).map((row): TimelineEvent => {
      const base = { id: row.id, date: row.eventDate, precision: row.precision, confidential: row.confidential };
      if (row.confidential && !readConfidential) return { ...base, hidden: true, description: null, place: null, source: { kind: 'none' } };
      const { description, place, note } = eventWords(cipher, row);
      const source: EventSourceView =
        row.sourceSubmissionId !== null ? { kind: 'submission', id: row.sourceSubmissionId, receiptCode: receipt.get(row.sourceSubmissionId) ?? `#${row.sourceSubmissionId}` }
        : row.sourceFileId !== null ? { kind: 'file', id: row.sourceFileId, fileName: fileName.get(row.sourceFileId) ?? null }
        : note !== null ? { kind: 'note', note }
        : { kind: 'none' };
      return { ...base, hidden: false, description, place, source };
    }),
  );

  const [letters, people, history] = await Promise.all([
    listCaseLetters(db, caseId),
    loadCasePeople(db, caseId),
    historyOf(db, 'case', String(caseId), 5_000),
  ]);
  return { case: found, events, documents, submissions, letters, people, history: history.reverse() };
}
