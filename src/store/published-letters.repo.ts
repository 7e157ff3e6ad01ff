/**
 * Reads of published letters and replies for the public side: the public tables only
 * (migration 0004), which hold nothing but what the publication step copied there.
 */
import type { Communication } from '../domain/communication.js';
import type { Queryable } from './database.js';

/** A published letter as listed. */
export interface PublishedLetterRow {
  reference_text: string;
  letter_date: string | null;
  reference_type: string | null;
  recipient_code: string;
  recipient_name: string | null;
  title: string | null;
  joint: boolean | null;
  mandate_ids: string[];
  reply_count: number;
}

const ROW = `p.reference_text, to_char(p.letter_date, 'YYYY-MM-DD') as letter_date, p.reference_type,
  p.recipient_code, p.recipient_name, p.title, p.joint, p.mandate_ids, p.reply_count`;
const NEWEST_FIRST = 'p.letter_date desc nulls last, p.communication_id desc';

/** Which published letters a list shows. */
export type LetterScope =
  | { all: true }
  | { recipient: string }
  | { mandate: string }
  | { recipient: string; awaitingReply: true };

function scopeWhere(scope: LetterScope): { where: string; params: unknown[] } {
  if ('all' in scope) return { where: 'true', params: [] };
  if ('mandate' in scope) return { where: '$1 = any(p.mandate_ids)', params: [scope.mandate] };
  if ('awaitingReply' in scope) return { where: 'p.recipient_code = $1 and p.reply_count = 0', params: [scope.recipient] };
  return { where: 'p.recipient_code = $1', params: [scope.recipient] };
}

/** A page of published letters, newest first. */
export async function listPublished(db: Queryable, scope: LetterScope, limit: number, offset: number): Promise<PublishedLetterRow[]> {
  const { where, params } = scopeWhere(scope);
  const n = params.length;
  const { rows } = await db.query<PublishedLetterRow>(
    `select ${ROW} from public_letters p where ${where} order by ${NEWEST_FIRST} limit $${n + 1} offset $${n + 2}`,
    [...params, limit, offset],
  );
  return rows;
}

export async function countPublished(db: Queryable, scope: LetterScope): Promise<number> {
  const { where, params } = scopeWhere(scope);
  const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from public_letters p where ${where}`, params);
  return rows[0]?.n ?? 0;
}

/**
 * What a letter's page does not show of its record (its JSON does). The events alone are most of
 * a record (17 of 20 KB in the benchmark's letters): reading them for each page view took a
 * third of the time the letter's row took.
 */
const NOT_ON_PAGE = [
  'events', 'questions', 'signatories', 'legalReferences', 'organizations', 'documentSymbols', 'countries', 'redactions', 'source',
] as const satisfies ReadonlyArray<keyof Communication>;

/** A published record as its page shows it. */
export type PageRecord = Omit<Communication, (typeof NOT_ON_PAGE)[number]>;

export interface PublishedReplyRow {
  reply_date: string | null;
  title: string | null;
  language: string | null;
  body: string | null;
}

export interface CitingLetterRow {
  reference_text: string;
  letter_date: string | null;
}

export interface NamedPersonRow {
  person_id: string;
  name: string;
  role: 'victim' | 'mentioned';
}

/** A published letter with what its page shows around it. */
export interface PublishedLetterDetail {
  id: string;
  reference_text: string;
  record: PageRecord;
  body: string | null;
  /** Whether its original file may be served (`/letters/:reference/original`). */
  has_original: boolean;
  /** Its published replies, oldest first. */
  replies: PublishedReplyRow[];
  /**
   * Published letters that cite it. The citation index finds them; the citing letter's published
   * record must still carry the citation (what was published is what counts).
   */
  citers: CitingLetterRow[];
  /** The persons it names, victims first, each with the spelling this letter uses. */
  persons: NamedPersonRow[];
}

/**
 * The published letter a reference designates: its exact text first, else its key (`XAA 1/2024`,
 * as listings and citations write it without the type), when the key names one letter only.
 * Its replies, the letters citing it and the persons it names come in the same statement: on the
 * embedded database each statement costs about 0.07 ms before it reads anything.
 */
export async function findPublished(db: Queryable, text: string, key: string | null): Promise<PublishedLetterDetail | null> {
  const { rows } = await db.query<PublishedLetterDetail>(
    `select p.communication_id::text as id, p.reference_text, p.record - $3::text[] as record, p.body,
            exists (select 1 from document_files f where f.document_id = p.document_id) as has_original,
            (select coalesce(json_agg(json_build_object('reply_date', to_char(r.reply_date, 'YYYY-MM-DD'), 'title', r.title,
                                                        'language', r.language, 'body', r.body)
                                      order by r.reply_date nulls last, r.reply_id), '[]')
               from public_replies r where r.communication_id = p.communication_id) as replies,
            (select coalesce(json_agg(json_build_object('reference_text', c.reference_text, 'letter_date', c.letter_date)
                                      order by c.letter_date, c.reference_text), '[]')
               from (select distinct citing.reference_text, to_char(citing.letter_date, 'YYYY-MM-DD') as letter_date
                       from citations x join public_letters citing on citing.communication_id = x.citing_communication_id
                      where x.cited_communication_id = p.communication_id
                        and exists (select 1 from jsonb_array_elements(citing.record->'relatedCommunications') r
                                     where r->>'reference' = x.cited_reference)) c) as citers,
            (select coalesce(json_agg(json_build_object('person_id', m.person_id::text, 'name', m.name, 'role', m.role)
                                      order by (m.role = 'victim') desc, m.id), '[]')
               from person_mentions m
              where m.communication_id = p.communication_id and m.name = any(p.named_spellings)) as persons
       from public_letters p
      where p.reference_text = $1 or p.reference_key = $2
      order by (p.reference_text = $1) desc limit 2`,
    [text, key, NOT_ON_PAGE],
  );
  const [first, second] = rows;
  if (!first) return null;
  if (first.reference_text === text || !second) return first;
  return null;
}

/** Of these references or keys (`AL XAA 1/2024`, `XAA 1/2024`), the published letters they designate. */
export async function publishedAmong(db: Queryable, refs: Array<{ text: string; key: string }>): Promise<Array<{ text: string; key: string; reference_text: string }>> {
  if (refs.length === 0) return [];
  const { rows } = await db.query<{ text: string; key: string; reference_text: string }>(
    `select distinct on (q.text) q.text, q.key, p.reference_text
       from unnest($1::text[], $2::text[]) as q(text, key)
       join public_letters p on p.reference_text = q.text or p.reference_key = q.key
      order by q.text, (p.reference_text = q.text) desc, p.communication_id`,
    [refs.map((r) => r.text), refs.map((r) => r.key)],
  );
  return rows;
}

export interface ArchiveCountsRow {
  letters: number;
  replies: number;
  states: number;
  mandates: number;
}

export async function countArchive(db: Queryable): Promise<ArchiveCountsRow> {
  const { rows } = await db.query<ArchiveCountsRow>(
    `select (select count(*)::int from public_letters) as letters,
            (select count(*)::int from public_replies) as replies,
            (select count(distinct recipient_code)::int from public_letters) as states,
            (select count(distinct m)::int from public_letters, unnest(mandate_ids) m) as mandates`,
  );
  return rows[0]!;
}
