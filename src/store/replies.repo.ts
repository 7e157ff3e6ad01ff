/** Replies of recipients, each attached to the letter it answers. */
import type { Communication } from '../domain/communication.js';
import type { Queryable } from './database.js';
import { documentCtes, documentValues, type NewDocument } from './documents.repo.js';

export interface ReplyFields {
  /** The reference of the letter it answers, as the reply gives it (canonical text). */
  referenceText: string;
  date: string | null;
  language: string | null;
  title: string | null;
  /** The interchange record without its text. */
  record: Communication;
  body: string | null;
  /** The search vector in binary form (store/tsvector-binary.ts) when computed ahead; else the statement computes it. */
  searchVector?: Uint8Array | null;
}

/** A reply as an import writes it: its file, and the letter it answers, a placeholder if that letter is not stored yet. */
export interface ReplyWrite {
  reply: ReplyFields;
  /** The answered letter's reference, parsed (its placeholder's fields). */
  answered: { text: string; key: string; type: string | null; recipient: string; number: number; year: number };
  document: NewDocument;
}

/**
 * Writes an imported reply in one statement (four before: placeholder, letter, file and reply,
 * 1.18 ms of the writer's thread a reply against 0.68): the answered letter is the one stored
 * under its reference (exact text first, then key, as findStoredLetter) or else the placeholder
 * made here.
 */
export async function writeReply(db: Queryable, w: ReplyWrite): Promise<{ id: number; communicationId: number; referenceText: string; placeholderCreated: boolean }> {
  const r = w.reply;
  const a = w.answered;
  const { rows } = await db.query<{ id: number; communication_id: number; letter_reference: string; created: boolean }>(
    `with placeholder as (
       insert into communications (reference_text, reference_key, reference_type, recipient_code, reference_number, reference_year, status)
       select $8::text, $9::text, $10::text, $11::text, $12::int, $13::int, 'placeholder'
       where not exists (select 1 from communications c where c.reference_key = $9::text)
       on conflict (reference_text) do nothing
       returning id, reference_text
     ), letter as (
       select id, reference_text from placeholder
       union all
       (select c.id, c.reference_text from communications c
        where c.reference_text = $8 or c.reference_key = $9
        order by (c.reference_text = $8) desc, (c.status = 'imported') desc, c.id
        limit 1)
       limit 1
     ), ${documentCtes(14)}, reply as (
       insert into replies (communication_id, reference_text, reply_date, language, title, record, body, document_id, search_vector)
       select letter.id, $1, $2, $3, $4, $5::jsonb, $6, doc.id, coalesce($7::tsvector, rap_document_vector($1, $3, $4, null, $6))
       from letter, doc
       returning id, communication_id
     )
     select reply.id, reply.communication_id, letter.reference_text as letter_reference,
       exists (select 1 from placeholder) as created
     from reply join letter on letter.id = reply.communication_id`,
    [
      r.referenceText, r.date, r.language, r.title, JSON.stringify(r.record), r.body, r.searchVector ?? null,
      a.text, a.key, a.type, a.recipient, a.number, a.year,
      ...documentValues(w.document),
    ],
  );
  const row = rows[0]!;
  return { id: row.id, communicationId: row.communication_id, referenceText: row.letter_reference, placeholderCreated: row.created };
}

export interface ReplyRow {
  id: number;
  communication_id: number;
  reference_text: string;
  reply_date: string | null;
  language: string | null;
  title: string | null;
  document_path: string | null;
}

/** The replies to a letter, in date order. */
export async function repliesOf(db: Queryable, communicationId: number): Promise<ReplyRow[]> {
  const { rows } = await db.query<ReplyRow>(
    `select r.id, r.communication_id, r.reference_text, r.reply_date, r.language, r.title, d.path as document_path
     from replies r left join documents d on d.id = r.document_id
     where r.communication_id = $1 order by r.reply_date nulls last, r.id`,
    [communicationId],
  );
  return rows;
}

/** One reply with its record and text. */
export async function getReply(db: Queryable, id: number): Promise<(ReplyRow & { record: Communication; body: string | null }) | null> {
  const { rows } = await db.query<ReplyRow & { record: Communication; body: string | null }>(
    `select r.id, r.communication_id, r.reference_text, r.reply_date, r.language, r.title, r.record, r.body,
       d.path as document_path
     from replies r left join documents d on d.id = r.document_id where r.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}
