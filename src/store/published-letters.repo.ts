/**
 * Reads of the public record for the public side: the public tables only (migration 0004), which
 * hold nothing but what the publication step copied there.
 */
import type { Communication } from '../domain/communication.js';
import type { Queryable } from './database.js';

export interface PublishedLetterRow {
  id: string;
  reference_text: string;
  letter_date: string | null;
  recipient_code: string;
  recipient_name: string | null;
  title: string | null;
  joint: boolean | null;
  mandate_count: number;
  reply_count: number;
}

export interface PublishedListQuery {
  asOf: string;
  limit: number;
  offset: number;
  /** Full-text query in the user's words; empty for all letters. */
  query?: string;
}

// `$1` is kept in every query's numbering while the search moves to the public tables.
const PUBLISHED = `$1::date is not null`;
// The query is read in each letter's own language configuration, as its vector was built (migration 0001).
const MATCHES = `exists (select 1 from communications s where s.id = c.communication_id
  and s.search_vector @@ websearch_to_tsquery(rap_search_config(c.language), $2))`;

export async function countPublished(db: Queryable, q: PublishedListQuery): Promise<number> {
  const { rows } = await db.query<{ n: string }>(
    `select count(*) as n from public_letters c where ${PUBLISHED} ${q.query ? `and ${MATCHES}` : ''}`,
    q.query ? [q.asOf, q.query] : [q.asOf],
  );
  return Number(rows[0]?.n ?? 0);
}

export async function listPublished(db: Queryable, q: PublishedListQuery): Promise<PublishedLetterRow[]> {
  const params: unknown[] = q.query ? [q.asOf, q.query, q.limit, q.offset] : [q.asOf, q.limit, q.offset];
  const page = q.query ? 'limit $3 offset $4' : 'limit $2 offset $3';
  const { rows } = await db.query<PublishedLetterRow>(
    `select c.communication_id::text as id, c.reference_text, to_char(c.letter_date, 'YYYY-MM-DD') as letter_date,
            c.recipient_code, c.recipient_name, c.title, c.joint,
            cardinality(c.mandate_ids) as mandate_count, c.reply_count
       from public_letters c
      where ${PUBLISHED} ${q.query ? `and ${MATCHES}` : ''}
      order by c.letter_date desc nulls last, c.communication_id desc
      ${page}`,
    params,
  );
  return rows;
}

export async function listPublishedRecords(db: Queryable, q: PublishedListQuery): Promise<Communication[]> {
  const params: unknown[] = q.query ? [q.asOf, q.query, q.limit, q.offset] : [q.asOf, q.limit, q.offset];
  const page = q.query ? 'limit $3 offset $4' : 'limit $2 offset $3';
  const { rows } = await db.query<{ record: Communication }>(
    `select c.record from public_letters c
      where ${PUBLISHED} ${q.query ? `and ${MATCHES}` : ''}
      order by c.letter_date desc nulls last, c.communication_id desc ${page}`,
    params,
  );
  return rows.map((r) => r.record);
}

export interface PublishedLetterDetail {
  id: string;
  record: Communication;
  body: string | null;
}

export async function getPublished(db: Queryable, asOf: string, reference: string): Promise<PublishedLetterDetail | null> {
  const { rows } = await db.query<PublishedLetterDetail>(
    `select c.communication_id::text as id, c.record, c.body from public_letters c where ${PUBLISHED} and c.reference_text = $2`,
    [asOf, reference],
  );
  return rows[0] ?? null;
}

export interface PublishedReplyRow {
  reply_date: string | null;
  title: string | null;
  body: string | null;
}

export async function repliesOf(db: Queryable, communicationId: string): Promise<PublishedReplyRow[]> {
  const { rows } = await db.query<PublishedReplyRow>(
    `select to_char(reply_date, 'YYYY-MM-DD') as reply_date, title, body from public_replies
      where communication_id = $1 order by reply_date nulls last, reply_id`,
    [communicationId],
  );
  return rows;
}

/** Published letters that cite this one. */
export async function publishedCitersOf(db: Queryable, asOf: string, communicationId: string): Promise<Array<{ reference_text: string; letter_date: string | null }>> {
  const { rows } = await db.query<{ reference_text: string; letter_date: string | null }>(
    `select distinct c.reference_text, to_char(c.letter_date, 'YYYY-MM-DD') as letter_date
       from citations x join public_letters c on c.communication_id = x.citing_communication_id
      where x.cited_communication_id = $2 and ${PUBLISHED}
      order by letter_date`,
    [asOf, communicationId],
  );
  return rows;
}

/** Of these references, the ones published. */
export async function publishedAmong(db: Queryable, asOf: string, references: string[]): Promise<Set<string>> {
  if (references.length === 0) return new Set();
  const { rows } = await db.query<{ reference_text: string }>(
    `select c.reference_text from public_letters c where ${PUBLISHED} and c.reference_text = any($2::text[])`,
    [asOf, references],
  );
  return new Set(rows.map((r) => r.reference_text));
}
