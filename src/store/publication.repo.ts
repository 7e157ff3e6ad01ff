/**
 * The publication step's writes: copies letters whose publication date has come, and the replies
 * to them, into the public tables (migration 0004), and withdraws what no longer qualifies. Every
 * function runs inside the caller's transaction.
 */
import type { Queryable } from './database.js';
import { indexPublicLetters, indexPublicReplies } from './public-search-index.repo.js';

/** Any constant: the advisory lock that makes publishers on several nodes take turns. */
const PUBLICATION_LOCK = 7_261_002;

const DUE = `c.status = 'imported' and c.publication_date is not null and c.publication_date <= $1::date`;

// The private path of the imported file never leaves the private tables.
const PUBLIC_RECORD = (r: string) =>
  `case when jsonb_typeof(${r}->'source') = 'object' then jsonb_set(${r}, '{source,file}', 'null'::jsonb) else ${r} end`;

export async function takePublicationTurn(db: Queryable): Promise<void> {
  await db.query('select pg_advisory_xact_lock($1)', [PUBLICATION_LOCK]);
}

/** Ids of letters due and not yet public, or changed since they were published; oldest first. */
export async function dueLetterIds(db: Queryable, asOf: string, limit: number): Promise<number[]> {
  const { rows } = await db.query<{ id: string }>(
    `select c.id::text from communications c
       left join public_letters p on p.communication_id = c.id
      where ${DUE} and (p.communication_id is null or p.source_updated_at < c.updated_at)
      order by c.publication_date, c.id
      limit $2`,
    [asOf, limit],
  );
  return rows.map((r) => Number(r.id));
}

/** Publishes these letters (inserting or refreshing their public copy); answers how many were new. */
export interface PublishedLetters {
  added: number;
  refreshed: number;
  /** The references of the letters published for the first time, and of those refreshed. */
  addedReferences: string[];
  refreshedReferences: string[];
}

export async function publishLetters(db: Queryable, asOf: string, ids: number[]): Promise<PublishedLetters> {
  if (ids.length === 0) return { added: 0, refreshed: 0, addedReferences: [], refreshedReferences: [] };
  const { rows } = await db.query<{ id: number; reference_text: string; added: boolean }>(
    `insert into public_letters as p (communication_id, reference_text, reference_key, reference_type, recipient_code,
        recipient_name, reference_number, reference_year, letter_date, year, language, title, joint, copied_to,
        mandate_ids, record, body, publication_date, source_updated_at, document_id)
     select c.id, c.reference_text, c.reference_key, c.reference_type, c.recipient_code, c.recipient_name,
        c.reference_number, c.reference_year, c.letter_date, coalesce(extract(year from c.letter_date)::int, c.reference_year),
        c.language, c.title, c.joint, c.copied_to,
        coalesce((select array_agg(m.mandate_id order by m.position) from communication_mandates m
                   where m.communication_id = c.id and m.mandate_id is not null), '{}'),
        ${PUBLIC_RECORD('c.record')}, c.body, c.publication_date, c.updated_at,
        -- Nothing is redacted from imported letters yet: their file is the published original.
        c.document_id
       from communications c
      where c.id = any($2::bigint[]) and ${DUE}
     on conflict (communication_id) do update set
        reference_text = excluded.reference_text, reference_key = excluded.reference_key,
        reference_type = excluded.reference_type, recipient_code = excluded.recipient_code,
        recipient_name = excluded.recipient_name, reference_number = excluded.reference_number,
        reference_year = excluded.reference_year, letter_date = excluded.letter_date, year = excluded.year,
        language = excluded.language, title = excluded.title, joint = excluded.joint, copied_to = excluded.copied_to,
        mandate_ids = excluded.mandate_ids, record = excluded.record, body = excluded.body,
        publication_date = excluded.publication_date, source_updated_at = excluded.source_updated_at,
        document_id = excluded.document_id,
        published_at = now()
     returning p.communication_id as id, p.reference_text, (xmax = 0) as added`,
    [asOf, ids],
  );
  await indexPublicLetters(db, rows.map((r) => Number(r.id)));
  const addedReferences = rows.filter((r) => r.added).map((r) => r.reference_text);
  const refreshedReferences = rows.filter((r) => !r.added).map((r) => r.reference_text);
  return { added: addedReferences.length, refreshed: refreshedReferences.length, addedReferences, refreshedReferences };
}

/** Removes the public copy of letters that are no longer due (deleted, or their date moved); answers their references. */
export async function withdrawNotDue(db: Queryable, asOf: string): Promise<string[]> {
  const { rows } = await db.query<{ reference_text: string }>(
    `delete from public_letters p
      where not exists (select 1 from communications c where c.id = p.communication_id and ${DUE})
      returning p.reference_text`,
    [asOf],
  );
  return rows.map((r) => r.reference_text);
}

/** Publishes the replies to public letters that are not public yet, and recounts each letter's replies; answers those published. */
export async function publishReplies(db: Queryable): Promise<Array<{ replyId: number; reference: string }>> {
  const { rows } = await db.query<{ reply_id: string; reference_text: string }>(
    `insert into public_replies (reply_id, communication_id, reply_date, language, title, record, body)
     select r.id, r.communication_id, r.reply_date, r.language, r.title, ${PUBLIC_RECORD('r.record')}, r.body
       from replies r join public_letters p on p.communication_id = r.communication_id
      where not exists (select 1 from public_replies x where x.reply_id = r.id)
     on conflict (reply_id) do nothing
     returning reply_id::text, (select l.reference_text from public_letters l where l.communication_id = public_replies.communication_id)`,
  );
  await indexPublicReplies(db, rows.map((r) => Number(r.reply_id)));
  await db.query(
    `update public_letters p set reply_count = s.n, first_reply_date = s.first
       from (select p2.communication_id, count(r.reply_id)::int as n, min(r.reply_date) as first
               from public_letters p2 left join public_replies r on r.communication_id = p2.communication_id
              group by p2.communication_id) s
      where s.communication_id = p.communication_id
        and (p.reply_count <> s.n or p.first_reply_date is distinct from s.first)`,
  );
  return rows.map((r) => ({ replyId: Number(r.reply_id), reference: r.reference_text }));
}

export async function countPublicLetters(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: string }>('select count(*) as n from public_letters');
  return Number(rows[0]?.n ?? 0);
}
