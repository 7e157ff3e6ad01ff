/**
 * A letter as staff see it: any publication state, with its people, replies and the cases that
 * concern it, and for a letter sent from Rapporteur its reply due date and public copy. Never read
 * by a public route.
 */
import type { Queryable } from './database.js';

export interface StaffLetterReply {
  id: number;
  date: string | null;
  title: string | null;
  sender: string | null;
  /** The reply's file, sealed as a staff file; null when its text was typed in or it was imported. */
  staffFileId: number | null;
  /** Dated after the letter's due day (its date plus the reply window when no due day was set). */
  late: boolean;
}

export interface StaffLetter {
  id: number;
  referenceText: string;
  status: 'placeholder' | 'imported';
  /** `sent`: written and sent from Rapporteur; `archive`: imported. */
  origin: 'sent' | 'archive';
  letterDate: string | null;
  /** Set when the letter was sent from Rapporteur. */
  replyDueDate: string | null;
  publicationDate: string | null;
  /** When the public copy was written; null while unpublished. */
  publishedAt: Date | null;
  recipientCode: string;
  recipientName: string | null;
  title: string | null;
  language: string | null;
  body: string | null;
  /** The redacted copy made for publication (sent letters only); null until it is made. */
  publicCopy: { body: string | null } | null;
  mandates: string[];
  persons: Array<{ personId: number; name: string; role: string }>;
  replies: StaffLetterReply[];
  cases: Array<{ id: number; title: string; status: string }>;
}

export async function findStaffLetter(db: Queryable, referenceText: string, replyDays = 60): Promise<StaffLetter | null> {
  const { rows } = await db.query<{
    id: string; reference_text: string; status: 'placeholder' | 'imported'; origin: 'sent' | 'archive'; letter_date: string | null;
    reply_due_date: string | null; publication_date: string | null; published_at: Date | null; recipient_code: string; recipient_name: string | null;
    title: string | null; language: string | null; body: string | null; copy_made: boolean; public_body: string | null;
    mandates: string[]; persons: Array<{ personId: number; name: string; role: string }> | null;
    replies: StaffLetterReply[] | null; cases: Array<{ id: number; title: string; status: string }> | null;
  }>(
    `select c.id::text, c.reference_text, c.status, c.origin, to_char(c.letter_date, 'YYYY-MM-DD') as letter_date,
            to_char(c.reply_due_date, 'YYYY-MM-DD') as reply_due_date,
            to_char(c.publication_date, 'YYYY-MM-DD') as publication_date, p.published_at,
            c.recipient_code, c.recipient_name, c.title, c.language, c.body,
            c.public_record is not null as copy_made, c.public_body,
            coalesce((select array_agg(m.title order by m.position) from communication_mandates m where m.communication_id = c.id), '{}') as mandates,
            (select jsonb_agg(jsonb_build_object('personId', coalesce(e.merged_into, e.id), 'name', pm.name, 'role', pm.role) order by pm.role desc, pm.id)
               from person_mentions pm join persons e on e.id = pm.person_id where pm.communication_id = c.id) as persons,
            (select jsonb_agg(jsonb_build_object(
                      'id', r.id, 'date', to_char(r.reply_date, 'YYYY-MM-DD'), 'title', r.title, 'sender', r.sender, 'staffFileId', r.staff_file_id,
                      'late', coalesce(r.reply_date > coalesce(c.reply_due_date, c.letter_date + $2::int), false))
                    order by r.reply_date nulls last, r.id)
               from replies r where r.communication_id = c.id) as replies,
            (select jsonb_agg(jsonb_build_object('id', k.id, 'title', k.title, 'status', k.status) order by k.id)
               from case_letters cl join cases k on k.id = cl.case_id where cl.communication_id = c.id) as cases
       from communications c left join public_letters p on p.communication_id = c.id
      where c.reference_text = $1`,
    [referenceText, replyDays],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: Number(r.id), referenceText: r.reference_text, status: r.status, origin: r.origin, letterDate: r.letter_date, replyDueDate: r.reply_due_date,
    publicationDate: r.publication_date, publishedAt: r.published_at, recipientCode: r.recipient_code, recipientName: r.recipient_name,
    title: r.title, language: r.language, body: r.body, publicCopy: r.copy_made ? { body: r.public_body } : null,
    mandates: r.mandates ?? [], persons: r.persons ?? [], cases: r.cases ?? [],
    replies: (r.replies ?? []).map((x) => ({ ...x, staffFileId: x.staffFileId === null ? null : Number(x.staffFileId) })),
  };
}
