/**
 * Writing one interchange record into the store, in the caller's transaction: a letter (new,
 * filling its placeholder, or replacing a stored one), a reply (attached to its letter, a
 * placeholder if that letter is not there yet) or a source document; with its file, mandates,
 * citations (placeholders for cited letters not yet stored), persons and organisations.
 */
import type { Communication } from '../domain/communication.js';
import { addDays } from '../domain/dates.js';
import { cliActor, type Actor } from '../domain/actor.js';
import type { AuditChange } from '../domain/audit-chain.js';
import { RapError } from '../domain/errors.js';
import { LIMITS } from '../domain/limits.js';
import { formatKey, formatReference } from '../domain/reference.js';
import type { Queryable } from '../store/database.js';
import {
  deleteCitationsAndMandates,
  deleteMentionsOfCommunication,
  findStoredLetter,
  writeLetter,
  type CitationLink,
  type LetterWrite,
} from '../store/communications.repo.js';
import { appendAudit } from '../store/audit.repo.js';
import { deleteDocument, insertDocument, type NewDocument } from '../store/documents.repo.js';
import { writeReply } from '../store/replies.repo.js';
import { insertSourceDocument } from '../store/sources.repo.js';
import { answeredReference, peopleText } from './document-vector.js';
import { referenceKey, type ReferenceKey } from './reference-key.js';
import { resolveMentions } from './resolve-names.js';

interface Stored {
  status: 'stored';
  id: number;
  placeholdersCreated: number;
  /** Merges made because the record gives two known spellings for one person or organisation. */
  merges: number;
  created: NewEntities;
}

export type StoreResult =
  | (Stored & { kind: 'communication'; reference: string; filledPlaceholder: boolean; replaced: boolean })
  | (Stored & { kind: 'reply'; reference: string; communicationId: number })
  | (Stored & { kind: 'source'; reference: null })
  | { status: 'duplicate'; reference: string; firstFile: string | null };

export interface StoreOptions {
  /** Replace a letter already stored under the same reference (from another file). */
  replace?: boolean;
  /** The record's search vector in binary form, computed ahead from `vectorInputs(record)`. */
  searchVector?: Uint8Array | null;
  /** Who stores it, for the audit trail (default: the import command). */
  actor?: Actor;
}

/** The record as kept in JSONB: everything but the text, which has its own column. */
function withoutText(record: Communication): Communication {
  const { text: _text, ...rest } = record;
  return rest;
}

function keyOrFail(text: string, field: string): ReferenceKey {
  const key = referenceKey(text);
  if (!key) throw new RapError('RAP_ERR_BAD_REFERENCE', text, { field });
  return key;
}

/** Citations of a record, each with its key; unreadable and self references left out. */
function citationsOf(record: Communication, self: string | null): CitationLink[] {
  const out: CitationLink[] = [];
  for (const r of record.relatedCommunications) {
    const k = referenceKey(r.reference);
    if (!k || k.key === self) continue;
    out.push({ reference: r.reference, text: k.text, key: k.key, date: r.date });
  }
  return out;
}

const placeholderOf = (k: ReferenceKey) => ({ text: k.text, key: k.key, type: k.type, recipient: k.recipient, number: k.number, year: k.year });

/** Persons and organisations created by a stored record: the resolve step puts them to the rules. */
export interface NewEntities {
  person: number[];
  organization: number[];
}

interface PeopleResult {
  merges: number;
  created: NewEntities;
}

async function resolvePeople(tx: Queryable, record: Communication, target: Parameters<typeof resolveMentions>[1]): Promise<PeopleResult> {
  const { person, organization } = await resolveMentions(tx, target, {
    person: record.persons.map((p) => ({ name: p.name, variants: p.variants, role: p.role, gender: p.gender ?? null, descriptors: p.descriptors ?? [] })),
    organization: record.organizations.map((o) => ({ name: o.name, variants: o.variants, role: null })),
  });
  return { merges: person.merged + organization.merged, created: { person: person.createdIds, organization: organization.createdIds } };
}

export async function storeRecord(tx: Queryable, record: Communication, file: NewDocument, options: StoreOptions = {}): Promise<StoreResult> {
  const result =
    record.kind === 'communication'
      ? await storeCommunication(tx, record, file, options)
      : record.kind === 'reply'
        ? await storeReply(tx, record, file, options)
        : await storeSource(tx, record, file, options);
  if (result.status === 'stored') await appendAudit(tx, storedChange(result, record, file, options.actor ?? cliActor('import')));
  return result;
}

/** The audit entry of a stored document: letters and their replies under the letter's reference. */
function storedChange(result: Extract<StoreResult, { status: 'stored' }>, record: Communication, file: NewDocument, actor: Actor): AuditChange {
  const common = { actorId: actor.userId, actor: actor.label, before: null };
  const document = { file: file.path.split(/[\\/]/).pop() ?? file.path, sha256: file.sha256, format: file.format };
  if (result.kind === 'communication') {
    const action = result.replaced ? 'letter.replace' : result.filledPlaceholder ? 'letter.import-cited' : 'letter.import';
    return { ...common, action, entity: 'communication', entityId: result.reference, after: { date: record.date, title: record.title, persons: record.persons.length, ...document } };
  }
  if (result.kind === 'reply') {
    return { ...common, action: 'reply.import', entity: 'communication', entityId: result.reference, after: { replyId: result.id, date: record.date, ...document } };
  }
  return { ...common, action: 'source.import', entity: 'source_document', entityId: String(result.id), after: { title: record.title, ...document } };
}

async function storeCommunication(tx: Queryable, record: Communication, file: NewDocument, options: StoreOptions): Promise<StoreResult> {
  if (!record.reference) throw new RapError('RAP_ERR_NO_REFERENCE', 'no reference', { field: 'reference' });
  const ref = record.reference;
  const key = formatKey(ref);
  const text = formatReference(ref);
  const existing = await findStoredLetter(tx, text, key);
  const sameLetter = existing && existing.status === 'imported' && existing.reference_text === text;
  // A letter Rapporteur sent is the original: no file, however named, replaces it.
  if (existing?.origin === 'sent') {
    throw new RapError('RAP_ERR_CONFLICT', `${existing.reference_text} was sent by Rapporteur; a file cannot be imported in its place`, { field: 'reference' });
  }
  if (sameLetter && !options.replace) return { status: 'duplicate', reference: text, firstFile: existing.document_path };

  const fields: LetterWrite['fields'] = {
    referenceText: text,
    referenceKey: key,
    type: ref.type,
    recipient: ref.recipient,
    number: ref.number,
    year: ref.year,
    internalCodes: ref.internalCodes ?? [],
    date: record.date,
    language: record.language,
    title: record.title,
    joint: record.joint,
    recipientName: record.recipient?.name ?? null,
    copiedTo: record.copiedTo.map((c) => c.code),
    record: withoutText(record),
    body: record.text ?? null,
    publicationDate: record.date ? addDays(record.date, LIMITS.publicationDelayDays) : null,
    peopleText: peopleText(record),
  };
  // A placeholder is filled (it has no mandates, citations or mentions yet); a replaced letter
  // keeps its id and loses what its old record gave it.
  const fillable = existing && (sameLetter || existing.status === 'placeholder');
  if (sameLetter) {
    await deleteMentionsOfCommunication(tx, existing.id);
    await deleteCitationsAndMandates(tx, existing.id);
  }
  const cites = citationsOf(record, key);
  const { id, placeholdersCreated } = await writeLetter(tx, {
    fields,
    document: file,
    existingId: fillable ? existing.id : null,
    placeholders: cites.map((c) => placeholderOf(keyOrFail(c.text, 'relatedCommunications'))),
    cites,
    mandates: record.mandates.map((m) => ({ mandateId: m.id, title: m.title })),
    searchVector: options.searchVector ?? null,
  });
  if (sameLetter && existing.document_id !== null) await deleteDocument(tx, existing.document_id);
  const people = await resolvePeople(tx, record, { communicationId: id });
  return {
    status: 'stored',
    kind: 'communication',
    id,
    reference: text,
    filledPlaceholder: !!existing && existing.status === 'placeholder',
    replaced: !!sameLetter,
    placeholdersCreated,
    ...people,
  };
}

async function storeReply(tx: Queryable, record: Communication, file: NewDocument, options: StoreOptions): Promise<StoreResult> {
  const answered = answeredReference(record);
  if (!answered) throw new RapError('RAP_ERR_NO_REFERENCE', 'no reference of the letter the reply answers', { field: 'relatedCommunications' });
  const k = keyOrFail(answered, 'relatedCommunications');
  const { id, communicationId, referenceText, placeholderCreated } = await writeReply(tx, {
    reply: {
      referenceText: k.text,
      date: record.date,
      language: record.language,
      title: record.title,
      record: withoutText(record),
      body: record.text ?? null,
      searchVector: options.searchVector ?? null,
    },
    answered: placeholderOf(k),
    document: file,
  });
  const people = await resolvePeople(tx, record, { replyId: id });
  return { status: 'stored', kind: 'reply', id, reference: referenceText, communicationId, placeholdersCreated: placeholderCreated ? 1 : 0, ...people };
}

async function storeSource(tx: Queryable, record: Communication, file: NewDocument, options: StoreOptions): Promise<StoreResult> {
  const documentId = await insertDocument(tx, file);
  const id = await insertSourceDocument(tx, {
    title: record.title,
    date: record.date,
    language: record.language,
    countries: record.countries,
    record: withoutText(record),
    body: record.text ?? null,
    documentId,
    searchVector: options.searchVector ?? null,
  });
  const people = await resolvePeople(tx, record, { sourceDocumentId: id });
  return { status: 'stored', kind: 'source', id, reference: null, placeholdersCreated: 0, ...people };
}
