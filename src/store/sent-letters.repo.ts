/**
 * What sending writes as the letter itself: a row of `communications` like an imported letter
 * (origin `sent`, with its reply due date), with its mandates and citations. The use case is in
 * services/sending.ts.
 */
import type { CommunicationType } from '../domain/communication.js';
import type { Queryable } from './database.js';

/** What sending stores as the letter, a row of `communications`. */
export interface SentLetterFields {
  referenceText: string;
  referenceKey: string;
  type: CommunicationType;
  recipientCode: string;
  number: number;
  year: number;
  date: string;
  language: string;
  title: string | null;
  joint: boolean;
  recipientName: string | null;
  copiedTo: string[];
  /** The interchange record without its text. */
  record: unknown;
  body: string;
  publicationDate: string;
  replyDueDate: string;
  /** Names of persons and organisations, searched with the weight of the title. */
  peopleText: string;
  /** The signing mandates in the letter's order. */
  mandates: Array<{ mandateId: string | null; title: string }>;
  /** The letters it cites (placeholders must exist already for those not stored). */
  cites: Array<{ reference: string; text: string; key: string; date: string | null }>;
}

/** Stores a sent letter with its mandates and citations; its id. */
export async function insertSentLetter(tx: Queryable, f: SentLetterFields): Promise<number> {
  const { rows } = await tx.query<{ id: string | number }>(
    `insert into communications (reference_text, reference_key, reference_type, recipient_code, reference_number, reference_year,
        status, origin, letter_date, language, title, joint, recipient_name, copied_to, record, body, publication_date,
        reply_due_date, search_vector)
     values ($1, $2, $3, $4, $5, $6, 'imported', 'sent', $7, $8, $9, $10, $11, $12, $13::jsonb, $14, $15, $16,
        rap_document_vector($1, $8, $9, $17, $14))
     returning id`,
    [f.referenceText, f.referenceKey, f.type, f.recipientCode, f.number, f.year, f.date, f.language, f.title, f.joint,
      f.recipientName, f.copiedTo, JSON.stringify(f.record), f.body, f.publicationDate, f.replyDueDate, f.peopleText],
  );
  const id = Number(rows[0]!.id);
  await tx.query(
    `insert into communication_mandates (communication_id, position, mandate_id, title)
     select $1, m.position, m.mandate_id, m.title from unnest($2::text[], $3::text[]) with ordinality as m(mandate_id, title, position)`,
    [id, f.mandates.map((m) => m.mandateId), f.mandates.map((m) => m.title)],
  );
  await tx.query(
    `insert into citations (citing_communication_id, position, cited_reference, cited_key, cited_date, cited_communication_id)
     select $1, x.position, x.reference, x.key, x.date::date,
            (select c.id from communications c where c.id <> $1 and (c.reference_text = x.text or c.reference_key = x.key)
              order by (c.reference_text = x.text) desc, (c.status = 'imported') desc, c.id limit 1)
       from unnest($2::text[], $3::text[], $4::text[], $5::text[]) with ordinality as x(reference, text, key, date, position)`,
    [id, f.cites.map((c) => c.reference), f.cites.map((c) => c.text), f.cites.map((c) => c.key), f.cites.map((c) => c.date)],
  );
  return id;
}
