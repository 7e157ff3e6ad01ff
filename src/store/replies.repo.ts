/** Replies of recipients, each attached to the letter it answers. */
import type { Communication } from '../domain/communication.js';
import type { Queryable } from './database.js';

export interface ReplyFields {
  communicationId: number;
  referenceText: string;
  date: string | null;
  language: string | null;
  title: string | null;
  /** The interchange record without its text. */
  record: Communication;
  body: string | null;
  documentId: number;
  /** The search vector in binary form (store/tsvector-binary.ts) when computed ahead; else the statement computes it. */
  searchVector?: Uint8Array | null;
}

export async function insertReply(db: Queryable, f: ReplyFields): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `insert into replies (communication_id, reference_text, reply_date, language, title, record, body, document_id, search_vector)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8,
       coalesce($9::tsvector, rap_document_vector($2, $4, $5, null, $7)))
     returning id`,
    [f.communicationId, f.referenceText, f.date, f.language, f.title, JSON.stringify(f.record), f.body, f.documentId, f.searchVector ?? null],
  );
  return rows[0]!.id;
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
