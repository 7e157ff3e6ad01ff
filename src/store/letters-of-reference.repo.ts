/** The letter a follow-up or a reply starts from: a stored letter with its draft, case and mandates. */
import type { CommunicationType } from '../domain/communication.js';
import type { Queryable } from './database.js';

const num = (v: string | number | null) => (v === null ? null : Number(v));

export interface LetterOfReference {
  id: number;
  referenceText: string;
  status: 'placeholder' | 'imported';
  type: CommunicationType | null;
  recipientCode: string;
  language: string | null;
  letterDate: string | null;
  replyDueDate: string | null;
  /** The draft it was sent from, when it was sent from Rapporteur. */
  draftId: number | null;
  /** The case of that draft, else the first case the letter is linked to. */
  caseId: number | null;
  /** Registry ids of the mandates that signed it, in its order. */
  mandateIds: string[];
}

/** A stored letter by id, or by reference key (`XAA 3/2025`): the stored letter first when a placeholder shares its key. */
export async function findLetterOf(db: Queryable, by: { id: number } | { key: string }): Promise<LetterOfReference | null> {
  const { rows } = await db.query<{
    id: string | number; reference_text: string; status: LetterOfReference['status']; reference_type: CommunicationType | null;
    recipient_code: string; language: string | null; letter_date: string | null; reply_due_date: string | null;
    draft_id: string | number | null; case_id: string | number | null; mandate_ids: string[] | null;
  }>(
    `select c.id, c.reference_text, c.status, c.reference_type, c.recipient_code, c.language,
            to_char(c.letter_date, 'YYYY-MM-DD') as letter_date, to_char(c.reply_due_date, 'YYYY-MM-DD') as reply_due_date,
            d.id as draft_id,
            coalesce(d.case_id, (select l.case_id from case_letters l where l.communication_id = c.id order by l.linked_at, l.case_id limit 1)) as case_id,
            (select array_agg(m.mandate_id order by m.position) from communication_mandates m
              where m.communication_id = c.id and m.mandate_id is not null) as mandate_ids
       from communications c left join drafts d on d.communication_id = c.id
      where ${'id' in by ? 'c.id = $1' : 'c.reference_key = $1'}
      order by (c.status = 'imported') desc, c.id limit 1`,
    ['id' in by ? by.id : by.key],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: Number(r.id), referenceText: r.reference_text, status: r.status, type: r.reference_type, recipientCode: r.recipient_code,
    language: r.language, letterDate: r.letter_date, replyDueDate: r.reply_due_date, draftId: num(r.draft_id), caseId: num(r.case_id),
    mandateIds: r.mandate_ids ?? [],
  };
}
