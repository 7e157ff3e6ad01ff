/**
 * A letter as staff see it: any publication state, with its people, replies and the cases that
 * concern it. Never read by a public route.
 */
import type { Queryable } from './database.js';

export interface StaffLetter {
  id: number;
  referenceText: string;
  status: 'placeholder' | 'imported';
  letterDate: string | null;
  publicationDate: string | null;
  /** When the public copy was written; null while unpublished. */
  publishedAt: Date | null;
  recipientCode: string;
  recipientName: string | null;
  title: string | null;
  language: string | null;
  body: string | null;
  mandates: string[];
  persons: Array<{ personId: number; name: string; role: string }>;
  replies: Array<{ id: number; date: string | null; title: string | null }>;
  cases: Array<{ id: number; title: string; status: string }>;
}

export async function findStaffLetter(db: Queryable, referenceText: string): Promise<StaffLetter | null> {
  const { rows } = await db.query<{
    id: string; reference_text: string; status: 'placeholder' | 'imported'; letter_date: string | null; publication_date: string | null;
    published_at: Date | null; recipient_code: string; recipient_name: string | null; title: string | null; language: string | null; body: string | null;
    mandates: string[]; persons: Array<{ personId: number; name: string; role: string }> | null;
    replies: Array<{ id: number; date: string | null; title: string | null }> | null; cases: Array<{ id: number; title: string; status: string }> | null;
  }>(
    `select c.id::text, c.reference_text, c.status, to_char(c.letter_date, 'YYYY-MM-DD') as letter_date,
            to_char(c.publication_date, 'YYYY-MM-DD') as publication_date, p.published_at,
            c.recipient_code, c.recipient_name, c.title, c.language, c.body,
            coalesce((select array_agg(m.title order by m.position) from communication_mandates m where m.communication_id = c.id), '{}') as mandates,
            (select jsonb_agg(jsonb_build_object('personId', coalesce(e.merged_into, e.id), 'name', pm.name, 'role', pm.role) order by pm.role desc, pm.id)
               from person_mentions pm join persons e on e.id = pm.person_id where pm.communication_id = c.id) as persons,
            (select jsonb_agg(jsonb_build_object('id', r.id, 'date', to_char(r.reply_date, 'YYYY-MM-DD'), 'title', r.title) order by r.reply_date nulls last, r.id)
               from replies r where r.communication_id = c.id) as replies,
            (select jsonb_agg(jsonb_build_object('id', k.id, 'title', k.title, 'status', k.status) order by k.id)
               from case_letters cl join cases k on k.id = cl.case_id where cl.communication_id = c.id) as cases
       from communications c left join public_letters p on p.communication_id = c.id
      where c.reference_text = $1`,
    [referenceText],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: Number(r.id), referenceText: r.reference_text, status: r.status, letterDate: r.letter_date, publicationDate: r.publication_date,
    publishedAt: r.published_at, recipientCode: r.recipient_code, recipientName: r.recipient_name, title: r.title, language: r.language,
    body: r.body, mandates: r.mandates ?? [], persons: r.persons ?? [], replies: r.replies ?? [], cases: r.cases ?? [],
  };
}
