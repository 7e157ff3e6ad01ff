/** Replies registered by staff against a letter (as opposed to those imported, replies.repo.ts). */
import type { Queryable } from './database.js';

export interface RegisteredReplyFields {
  communicationId: number;
  referenceText: string;
  date: string;
  language: string | null;
  title: string | null;
  sender: string;
  /** The interchange record without its text. */
  record: unknown;
  body: string | null;
  staffFileId: number | null;
  registeredBy: number | null;
}

export async function insertRegisteredReply(tx: Queryable, f: RegisteredReplyFields): Promise<number> {
  const { rows } = await tx.query<{ id: string | number }>(
    `insert into replies (communication_id, reference_text, reply_date, language, title, record, body, sender, staff_file_id,
        registered_by, search_vector)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, rap_document_vector($2, $4, $5, null, $7))
     returning id`,
    [f.communicationId, f.referenceText, f.date, f.language, f.title, JSON.stringify(f.record), f.body, f.sender, f.staffFileId, f.registeredBy],
  );
  return Number(rows[0]!.id);
}
