/**
 * Letters: stored records, placeholders for letters cited before they are imported, their
 * mandates and their citations. SQL only; what to store and when is decided in services/.
 */
import type { Communication } from '../domain/communication.js';
import type { Queryable } from './database.js';
import { documentCtes, documentValues, type NewDocument } from './documents.repo.js';

export type CommunicationStatus = 'placeholder' | 'imported';

/** A letter as listed: every column except the record, the text and the search vector. */
export interface CommunicationRow {
  id: number;
  reference_text: string;
  reference_key: string;
  reference_type: string | null;
  recipient_code: string;
  reference_number: number;
  reference_year: number;
  internal_codes: string[];
  status: CommunicationStatus;
  letter_date: string | null;
  language: string | null;
  title: string | null;
  joint: boolean | null;
  recipient_name: string | null;
  copied_to: string[];
  publication_date: string | null;
  document_id: number | null;
  created_at: Date;
  updated_at: Date;
}

/** A letter with its stored record and text. */
export interface CommunicationFull extends CommunicationRow {
  record: Communication | null;
  body: string | null;
  /** The file it was imported from, when there is one. */
  document_path: string | null;
  document_sha256: string | null;
}

const ROW_COLUMNS = `c.id, c.reference_text, c.reference_key, c.reference_type, c.recipient_code, c.reference_number,
  c.reference_year, c.internal_codes, c.status, c.letter_date, c.language, c.title, c.joint, c.recipient_name,
  c.copied_to, c.publication_date, c.document_id, c.created_at, c.updated_at`;

/** What the store writes for an imported letter. */
export interface CommunicationFields {
  referenceText: string;
  referenceKey: string;
  type: string;
  recipient: string;
  number: number;
  year: number;
  internalCodes: string[];
  date: string | null;
  language: string | null;
  title: string | null;
  joint: boolean | null;
  recipientName: string | null;
  copiedTo: string[];
  /** The interchange record without its text. */
  record: Communication;
  body: string | null;
  publicationDate: string | null;
  /** Names of persons and organisations, indexed with the weight of the title. */
  peopleText: string;
}

/**
 * Reference weighted A in plain words, title and people A and the body D, in the letter's
 * language: rap_search_config(language), which folds diacritics (migration 0001).
 */
// Computed here unless the caller brings it computed ahead ($32, see services/document-vector.ts).
const SEARCH_VECTOR = `coalesce($32::tsvector, rap_document_vector($1, $10, $11, $19, $16))`;
/** The file's parameters (documentCtes), after the letter's. */
const DOCUMENT_PARAMS = 33;

/** What storing a letter needs of the one already stored under its reference (no record, no text). */
export interface StoredLetter {
  id: number;
  reference_text: string;
  status: CommunicationStatus;
  document_id: number | null;
  document_path: string | null;
  /** `sent` for a letter Rapporteur sent; `archive` for one read from a file. */
  origin: string;
}

/** As `findCommunicationForReference`, without reading the record and the text. */
export async function findStoredLetter(db: Queryable, text: string, key: string): Promise<StoredLetter | null> {
  const { rows } = await db.query<StoredLetter>(
    `select c.id, c.reference_text, c.status, c.document_id, d.path as document_path, c.origin
     from communications c left join documents d on d.id = c.document_id
     where c.reference_text = $1 or c.reference_key = $2
     order by (c.reference_text = $1) desc, (c.status = 'imported') desc, c.id
     limit 1`,
    [text, key],
  );
  return rows[0] ?? null;
}

/** Everything `writeLetter` stores for one letter. */
export interface LetterWrite {
  fields: CommunicationFields;
  /** The file the letter comes from (inserted into documents). */
  document: NewDocument;
  /** The stored row to fill (a placeholder, or the letter being replaced); null for a new row. */
  existingId: number | null;
  /** Placeholders for cited letters not known by key yet. */
  placeholders: PlaceholderKey[];
  cites: CitationLink[];
  mandates: MandateLink[];
  /** The search vector in binary form (store/tsvector-binary.ts) when computed ahead; else the statement computes it. */
  searchVector?: Uint8Array | null;
}

/**
 * Writes a letter in one statement: its file, the letter (a new row, or the existing row filled
 * in, keeping its id), placeholders for the letters it cites that are not stored yet, its
 * citations (each linked to the cited letter or its new placeholder) and its mandates. The
 * citations and mandates of a row being replaced must be deleted before. Returns the letter's
 * id and how many placeholders were created.
 */
export async function writeLetter(db: Queryable, w: LetterWrite): Promise<{ id: number; placeholdersCreated: number }> {
  const f = w.fields;
  const d = w.document;
  const letter =
    w.existingId === null
      ? `insert into communications (reference_text, reference_key, reference_type, recipient_code, reference_number,
           reference_year, internal_codes, letter_date, joint, language, title, recipient_name, copied_to, publication_date,
           record, body, document_id, status, search_vector)
         select $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::jsonb, $16, doc.id, $18, ${SEARCH_VECTOR}
         from doc
         where $17::bigint is null -- no row to fill: the parameter is there for the update's numbering
         returning id`
      : `update communications set reference_text = $1, reference_key = $2, reference_type = $3, recipient_code = $4,
           reference_number = $5, reference_year = $6, internal_codes = $7, letter_date = $8, joint = $9, language = $10,
           title = $11, recipient_name = $12, copied_to = $13, publication_date = $14, record = $15::jsonb, body = $16,
           document_id = (select id from doc), status = $18, search_vector = ${SEARCH_VECTOR}, updated_at = now()
         where id = $17::bigint
         returning id`;
  const { rows } = await db.query<{ id: number; created: number }>(
    `with ${documentCtes(DOCUMENT_PARAMS)}, letter as (
       ${letter}
     ), placeholders as (
       insert into communications (reference_text, reference_key, reference_type, recipient_code, reference_number,
         reference_year, status)
       select distinct on (r.key) r.text, r.key, r.type, r.recipient, r.number, r.year, 'placeholder'
       from unnest($20::text[], $21::text[], $22::text[], $23::text[], $24::int[], $25::int[])
         as r(text, key, type, recipient, number, year)
       where not exists (select 1 from communications c where c.reference_key = r.key)
       on conflict (reference_text) do nothing
       returning id, reference_key
     ), cites as (
       insert into citations (citing_communication_id, position, cited_reference, cited_key, cited_date, cited_communication_id)
       select letter.id, x.position, x.reference, x.key, x.date::date,
         coalesce(
           (select c.id from communications c where c.reference_text = x.text or c.reference_key = x.key
            order by (c.reference_text = x.text) desc, c.id limit 1),
           (select p.id from placeholders p where p.reference_key = x.key))
       from letter, unnest($26::text[], $27::text[], $28::text[], $29::text[]) with ordinality as x(reference, text, key, date, position)
     ), mandates as (
       insert into communication_mandates (communication_id, position, mandate_id, title)
       select letter.id, m.position, m.mandate_id, m.title
       from letter, unnest($30::text[], $31::text[]) with ordinality as m(mandate_id, title, position)
     )
     select (select id from letter) as id, (select count(*) from placeholders)::int as created`,
    [
      f.referenceText, f.referenceKey, f.type, f.recipient, f.number, f.year, f.internalCodes, f.date, f.joint,
      f.language, f.title, f.recipientName, f.copiedTo, f.publicationDate, JSON.stringify(f.record), f.body,
      w.existingId, 'imported', f.peopleText,
      w.placeholders.map((r) => r.text), w.placeholders.map((r) => r.key), w.placeholders.map((r) => r.type),
      w.placeholders.map((r) => r.recipient), w.placeholders.map((r) => r.number), w.placeholders.map((r) => r.year),
      w.cites.map((c) => c.reference), w.cites.map((c) => c.text), w.cites.map((c) => c.key), w.cites.map((c) => c.date),
      w.mandates.map((m) => m.mandateId), w.mandates.map((m) => m.title),
      w.searchVector ?? null, ...documentValues(d),
    ],
  );
  return { id: rows[0]!.id, placeholdersCreated: rows[0]!.created };
}

/** The letter with this canonical reference, else one with the same key (`KAZ 1/2024`), exact first. */
export async function findCommunicationForReference(db: Queryable, text: string, key: string): Promise<CommunicationFull | null> {
  const { rows } = await db.query<CommunicationFull>(
    `select ${ROW_COLUMNS}, c.record, c.body, d.path as document_path, d.sha256 as document_sha256
     from communications c left join documents d on d.id = c.document_id
     where c.reference_text = $1 or c.reference_key = $2
     order by (c.reference_text = $1) desc, (c.status = 'imported') desc, c.id
     limit 1`,
    [text, key],
  );
  return rows[0] ?? null;
}

export async function getCommunication(db: Queryable, id: number): Promise<CommunicationFull | null> {
  const { rows } = await db.query<CommunicationFull>(
    `select ${ROW_COLUMNS}, c.record, c.body, d.path as document_path, d.sha256 as document_sha256
     from communications c left join documents d on d.id = c.document_id where c.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export interface ListOptions {
  limit: number;
  offset: number;
  /** Only letters to this recipient code. */
  recipient?: string;
  /** Include placeholders (letters only cited so far); default false. */
  withPlaceholders?: boolean;
}

/** Letters newest first, with the total for paging. */
export async function listCommunications(db: Queryable, o: ListOptions): Promise<{ rows: CommunicationRow[]; total: number }> {
  const where = `where ($1::text is null or c.recipient_code = $1) and ($2 or c.status <> 'placeholder')`;
  const params = [o.recipient ?? null, o.withPlaceholders ?? false];
  const [list, count] = await Promise.all([
    db.query<CommunicationRow>(
      `select ${ROW_COLUMNS} from communications c ${where}
       order by c.letter_date desc nulls last, c.id desc limit $3 offset $4`,
      [...params, o.limit, o.offset],
    ),
    db.query<{ n: number }>(`select count(*) as n from communications c ${where}`, params),
  ]);
  return { rows: list.rows, total: count.rows[0]!.n };
}

export interface PlaceholderKey {
  text: string;
  key: string;
  type: string | null;
  recipient: string;
  number: number;
  year: number;
}

/** Creates placeholders for the cited letters not known by key yet; returns how many were created. */
export async function ensurePlaceholders(db: Queryable, refs: PlaceholderKey[]): Promise<number> {
  if (refs.length === 0) return 0;
  const { affectedRows } = await db.query(
    `insert into communications (reference_text, reference_key, reference_type, recipient_code, reference_number,
       reference_year, status)
     select distinct on (r.key) r.text, r.key, r.type, r.recipient, r.number, r.year, 'placeholder'
     from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[])
       as r(text, key, type, recipient, number, year)
     where not exists (select 1 from communications c where c.reference_key = r.key)
     on conflict (reference_text) do nothing`,
    [refs.map((r) => r.text), refs.map((r) => r.key), refs.map((r) => r.type), refs.map((r) => r.recipient),
      refs.map((r) => r.number), refs.map((r) => r.year)],
  );
  return affectedRows;
}

export interface MandateLink {
  mandateId: string | null;
  title: string;
}

export interface CitationLink {
  /** As the letter writes it. */
  reference: string;
  /** Canonical text when the type is known, and key. */
  text: string;
  key: string;
  date: string | null;
}

/** Before a replacement: the citations and mandates of the letter's old record. */
export async function deleteCitationsAndMandates(db: Queryable, communicationId: number): Promise<void> {
  await db.query('delete from citations where citing_communication_id = $1', [communicationId]);
  await db.query('delete from communication_mandates where communication_id = $1', [communicationId]);
}

/** Before a replacement: the mentions and mandates of the letter's old record. */
export async function deleteMentionsOfCommunication(db: Queryable, communicationId: number): Promise<void> {
  await db.query('delete from person_mentions where communication_id = $1', [communicationId]);
  await db.query('delete from organization_mentions where communication_id = $1', [communicationId]);
}

export interface MandateRow {
  position: number;
  mandate_id: string | null;
  title: string;
}

export async function mandatesOf(db: Queryable, communicationId: number): Promise<MandateRow[]> {
  const { rows } = await db.query<MandateRow>(
    'select position, mandate_id, title from communication_mandates where communication_id = $1 order by position',
    [communicationId],
  );
  return rows;
}

export interface CitationRow {
  /** The other letter: cited (for citationsFrom) or citing (for citationsTo). */
  id: number | null;
  reference_text: string;
  letter_date: string | null;
  status: CommunicationStatus | null;
  cited_reference: string;
  cited_date: string | null;
}

/** The letters this letter cites, in its order. */
export async function citationsFrom(db: Queryable, communicationId: number): Promise<CitationRow[]> {
  const { rows } = await db.query<CitationRow>(
    `select c.id, coalesce(c.reference_text, x.cited_reference) as reference_text, c.letter_date, c.status,
       x.cited_reference, x.cited_date
     from citations x left join communications c on c.id = x.cited_communication_id
     where x.citing_communication_id = $1 order by x.position`,
    [communicationId],
  );
  return rows;
}

/** The letters that cite this one, oldest first. */
export async function citationsTo(db: Queryable, communicationId: number): Promise<CitationRow[]> {
  const { rows } = await db.query<CitationRow>(
    `select c.id, c.reference_text, c.letter_date, c.status, x.cited_reference, x.cited_date
     from citations x join communications c on c.id = x.citing_communication_id
     where x.cited_communication_id = $1 order by c.letter_date nulls last, c.id`,
    [communicationId],
  );
  return rows;
}

/** Counts by status, for summaries. */
export async function countCommunications(db: Queryable): Promise<Record<CommunicationStatus, number>> {
  const { rows } = await db.query<{ status: CommunicationStatus; n: number }>(
    'select status, count(*) as n from communications group by status',
  );
  const out = { placeholder: 0, imported: 0 } as Record<CommunicationStatus, number>;
  for (const r of rows) out[r.status] = r.n;
  return out;
}
