/**
 * Reads of the public record as open data: whole records of published letters and their replies,
 * by reference or in keyset-paginated batches for bulk export. The public tables only
 * (migration 0004): an unpublished letter is not in them, whatever the filter.
 */
import type { Communication } from '../domain/communication.js';
import type { SearchFilters } from '../domain/search-query.js';
import type { Queryable } from './database.js';

/** One published letter with what the flat export columns need besides its record. */
export interface PublicLetterRow {
  id: string;
  reference_text: string;
  letter_date: string | null;
  reply_count: number;
  first_reply_date: string | null;
  /** The interchange record as published, without its text. */
  record: Communication;
  /** The published text; null when not asked for. */
  body: string | null;
}

/** Where a batch starts: after the letter with this date and id, in the export's order. */
export interface ExportCursor {
  date: string | null;
  id: string;
}

export type ExportOrder = 'newest' | 'oldest';

const COLUMNS = (withBody: boolean) =>
  `c.communication_id::text as id, c.reference_text, to_char(c.letter_date, 'YYYY-MM-DD') as letter_date,
   c.reply_count, to_char(c.first_reply_date, 'YYYY-MM-DD') as first_reply_date, c.record,
   ${withBody ? 'c.body' : 'null::text as body'}`;

/**
 * The facet filters of a search as SQL over public_letters, numbering parameters after `params`:
 * the same meaning as the public search's filters (a letter of unknown jointness is neither).
 */
function filterSql(f: SearchFilters, params: unknown[]): string {
  const where: string[] = [];
  const add = (value: unknown) => `$${params.push(value)}`;
  if (f.state.length) where.push(`c.recipient_code = any(${add(f.state)}::text[])`);
  if (f.mandate.length) where.push(`c.mandate_ids && ${add(f.mandate)}::text[]`);
  if (f.type.length) where.push(`c.reference_type = any(${add(f.type)}::text[])`);
  if (f.joint) where.push(f.joint === 'yes' ? 'c.joint is true' : 'c.joint is false');
  if (f.year.length) where.push(`c.year = any(${add(f.year)}::int[])`);
  if (f.reply) where.push(f.reply === 'yes' ? 'c.reply_count > 0' : 'c.reply_count = 0');
  if (f.lang.length) where.push(`c.language = any(${add(f.lang)}::text[])`);
  return where.length ? where.join(' and ') : 'true';
}

export async function countPublicLetters(db: Queryable, filters: SearchFilters): Promise<number> {
  const params: unknown[] = [];
  const { rows } = await db.query<{ n: string }>(`select count(*) as n from public_letters c where ${filterSql(filters, params)}`, params);
  return Number(rows[0]?.n ?? 0);
}

/**
 * The next batch of published letters matching the filters, after `cursor`, dated letters in date
 * order then undated ones. Keyset, not offset: each batch costs the same however deep the export.
 */
export async function publicLetterBatch(
  db: Queryable,
  q: { filters: SearchFilters; order: ExportOrder; after: ExportCursor | null; limit: number; withBody: boolean },
): Promise<PublicLetterRow[]> {
  const params: unknown[] = [];
  const filters = filterSql(q.filters, params);
  const dir = q.order === 'newest' ? 'desc' : 'asc';
  const cmp = q.order === 'newest' ? '<' : '>';
  const rows: PublicLetterRow[] = [];
  // Dated letters first, on the (letter_date, communication_id) index; then the undated ones.
  if (!q.after || q.after.date !== null) {
    const p = [...params];
    const after = q.after ? `and (c.letter_date, c.communication_id) ${cmp} ($${p.push(q.after.date)}::date, $${p.push(q.after.id)}::bigint)` : '';
    const { rows: dated } = await db.query<PublicLetterRow>(
      `select ${COLUMNS(q.withBody)} from public_letters c
        where c.letter_date is not null and ${filters} ${after}
        order by c.letter_date ${dir}, c.communication_id ${dir} limit $${p.push(q.limit)}`,
      p,
    );
    rows.push(...dated);
    if (rows.length === q.limit) return rows;
  }
  const p = [...params];
  const afterId = q.after?.date === null ? `and c.communication_id ${cmp} $${p.push(q.after.id)}::bigint` : '';
  const { rows: undated } = await db.query<PublicLetterRow>(
    `select ${COLUMNS(q.withBody)} from public_letters c
      where c.letter_date is null and ${filters} ${afterId}
      order by c.communication_id ${dir} limit $${p.push(q.limit - rows.length)}`,
    p,
  );
  rows.push(...undated);
  return rows;
}

/** The published letters among these references, in no particular order. */
export async function publicLettersByReference(db: Queryable, references: string[], withBody: boolean): Promise<PublicLetterRow[]> {
  if (references.length === 0) return [];
  const { rows } = await db.query<PublicLetterRow>(
    `select ${COLUMNS(withBody)} from public_letters c where c.reference_text = any($1::text[])`,
    [references],
  );
  return rows;
}

/**
 * One published letter by its reference as printed (`AL XAA 1/2025`) or by its key without the
 * type (`XAA 1/2025`), with its text.
 */
export async function publicLetter(db: Queryable, ref: { text: string } | { key: string }): Promise<PublicLetterRow | null> {
  const [column, value] = 'text' in ref ? ['reference_text', ref.text] : ['reference_key', ref.key];
  const { rows } = await db.query<PublicLetterRow>(
    `select ${COLUMNS(true)} from public_letters c where c.${column} = $1 order by c.communication_id limit 1`,
    [value],
  );
  return rows[0] ?? null;
}

export interface PublicReplyRow {
  record: Communication;
  body: string | null;
}

/** The published replies to a published letter, in date order. */
export async function publicRepliesOf(db: Queryable, communicationId: string): Promise<PublicReplyRow[]> {
  const { rows } = await db.query<PublicReplyRow>(
    `select r.record, r.body from public_replies r
      where r.communication_id = $1 order by r.reply_date nulls last, r.reply_id`,
    [communicationId],
  );
  return rows;
}
