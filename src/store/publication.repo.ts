/**
 * The publication step's writes: copies letters whose publication date has come, and the replies
 * to them, into the public tables (migration 0004), and withdraws what no longer qualifies; and
 * the redacted copy it copies from (migration 0018): what the case files say to hide, the
 * passages marked confidential, and the public copy kept beside the private text. Every function
 * runs inside the caller's transaction.
 */
import type { Communication } from '../domain/communication.js';
import type { Queryable } from './database.js';
import { indexPublicLetters, indexPublicReplies } from './public-search-index.repo.js';

/** Any constant: the advisory lock that makes publishers on several nodes take turns. */
const PUBLICATION_LOCK = 7_261_002;

// A letter written in Rapporteur is published only as its redacted copy: never before that copy is made.
const DUE = `c.status = 'imported' and c.publication_date is not null and c.publication_date <= $1::date
  and (c.origin <> 'sent' or c.public_record is not null)`;

// The private path of the imported file never leaves the private tables.
const PUBLIC_RECORD = (r: string) =>
  `case when jsonb_typeof(${r}->'source') = 'object' then jsonb_set(${r}, '{source,file}', 'null'::jsonb) else ${r} end`;

/**
 * What a document (`c`: a letter, `r`: a reply) shows in public: its redacted copy when it has one
 * (migration 0018), else the document as imported. The subject line may name the people, so the
 * title comes from the copy too.
 */
const SHOWN = (d: string) => ({
  record: PUBLIC_RECORD(`coalesce(${d}.public_record, ${d}.record)`),
  body: `coalesce(${d}.public_body, ${d}.body)`,
  title: `case when ${d}.public_record is not null then ${d}.public_record->>'title' else ${d}.title end`,
});
const LETTER = SHOWN('c');
const REPLY = SHOWN('r');

export async function takePublicationTurn(db: Queryable): Promise<void> {
  await db.query('select pg_advisory_xact_lock($1)', [PUBLICATION_LOCK]);
}

/**
 * Vacuums and analyses the public tables a publication rewrites (not the passages, which are only
 * inserted and deleted). Publishing replies updates their letters' search rows, and a letter
 * published again replaces its rows: the dead rows, and the new entries waiting in the GIN
 * indexes' pending lists, slow every search until a vacuum. The embedded engine never vacuums
 * by itself. Outside any transaction.
 */
export async function tidyPublicTables(db: Queryable): Promise<void> {
  await db.exec('vacuum (analyze) public_letters, public_letter_search, public_replies, public_reply_search, public_generation');
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
        c.language, ${LETTER.title}, c.joint, c.copied_to,
        coalesce((select array_agg(m.mandate_id order by m.position) from communication_mandates m
                   where m.communication_id = c.id and m.mandate_id is not null), '{}'),
        ${LETTER.record}, ${LETTER.body}, c.publication_date, c.updated_at,
        -- An imported letter's file is the published original; a redacted letter's file holds the names.
        case when c.public_record is null then c.document_id end
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
     select r.id, r.communication_id, r.reply_date, r.language, ${REPLY.title}, ${REPLY.record}, ${REPLY.body}
       from replies r join public_letters p on p.communication_id = r.communication_id
       join communications c on c.id = r.communication_id
      where not exists (select 1 from public_replies x where x.reply_id = r.id)
        -- The reply to a redacted letter waits for its own redacted copy.
        and (c.public_record is null or r.public_record is not null)
     on conflict (reply_id) do nothing
     returning reply_id::text, (select l.reference_text from public_letters l where l.communication_id = public_replies.communication_id)`,
  );
  await indexPublicReplies(db, rows.map((r) => Number(r.reply_id)));
  await recountReplies(db);
  return rows.map((r) => ({ replyId: Number(r.reply_id), reference: r.reference_text }));
}

async function recountReplies(db: Queryable): Promise<void> {
  await db.query(
    `update public_letters p set reply_count = s.n, first_reply_date = s.first
       from (select p2.communication_id, count(r.reply_id)::int as n, min(r.reply_date) as first
               from public_letters p2 left join public_replies r on r.communication_id = p2.communication_id
              group by p2.communication_id) s
      where s.communication_id = p.communication_id
        and (p.reply_count <> s.n or p.first_reply_date is distinct from s.first)`,
  );
}

/**
 * Takes down public replies whose redacted copy changed, with their passages and search rows; the
 * next publication run publishes them again as they now read. Answers the ids taken down.
 */
export async function unpublishReplies(db: Queryable, replyIds: number[]): Promise<number[]> {
  if (replyIds.length === 0) return [];
  const { rows } = await db.query<{ reply_id: string; communication_id: string }>(
    'delete from public_replies where reply_id = any($1::bigint[]) returning reply_id::text, communication_id::text',
    [replyIds],
  );
  if (rows.length === 0) return [];
  await db.query(
    `update public_letter_search s
        set has_reply = exists (select 1 from public_replies r where r.communication_id = s.communication_id)
      where s.communication_id = any($1::bigint[])`,
    [rows.map((r) => r.communication_id)],
  );
  await recountReplies(db);
  return rows.map((r) => Number(r.reply_id));
}

export async function countPublicLetters(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: string }>('select count(*) as n from public_letters');
  return Number(rows[0]?.n ?? 0);
}

// --- The redacted copy (migration 0018): what it is made from, and where it is kept. ---

export interface LetterForCopy {
  id: number;
  referenceText: string;
  status: 'placeholder' | 'imported';
  /** `sent`: written and sent from Rapporteur (migration 0017); `archive`: imported. */
  origin: string;
  body: string | null;
  record: Communication | null;
  publicBody: string | null;
  publicRecord: Communication | null;
}

/** A letter with its private text and its public copy, locked until the caller's transaction ends. */
export async function letterForCopy(db: Queryable, id: number): Promise<LetterForCopy | null> {
  const { rows } = await db.query<{
    id: string; reference_text: string; status: LetterForCopy['status']; origin: string; body: string | null; record: Communication | null;
    public_body: string | null; public_record: Communication | null;
  }>(
    'select id::text, reference_text, status, origin, body, record, public_body, public_record from communications where id = $1 for update',
    [id],
  );
  const r = rows[0];
  return r
    ? { id: Number(r.id), referenceText: r.reference_text, status: r.status, origin: r.origin, body: r.body, record: r.record, publicBody: r.public_body, publicRecord: r.public_record }
    : null;
}

export interface PersonOfLetter {
  personId: number;
  /** True only when every case of the letter that names the person records their consent to publication. */
  consentPublic: boolean;
  /** Every spelling known for the person, and the name they are shown under. */
  spellings: string[];
}

/** The persons of the cases a letter is linked to, with their consent to publication and their spellings. */
export async function personsOfLetter(db: Queryable, communicationId: number): Promise<PersonOfLetter[]> {
  const { rows } = await db.query<{ person_id: string; consent_public: boolean; spellings: string[] }>(
    `with people as (
       select cp.person_id, bool_and(coalesce(cp.consent_public, false)) as consent_public
         from case_letters l join case_people cp on cp.case_id = l.case_id
        where l.communication_id = $1
        group by cp.person_id)
     select p.person_id::text, p.consent_public,
            array(select s.name from (select n.name, n.id from person_names n where n.person_id = p.person_id
                                      union all select x.display_name, 0 from persons x where x.id = p.person_id) s
                   group by s.name order by min(s.id), s.name) as spellings
       from people p order by p.person_id`,
    [communicationId],
  );
  return rows.map((r) => ({ personId: Number(r.person_id), consentPublic: r.consent_public, spellings: r.spellings }));
}

export interface ConfidentialPassage {
  id: number;
  communicationId: number;
  text: string;
  markedBy: number | null;
  markedAt: Date;
}

export async function confidentialPassages(db: Queryable, communicationId: number): Promise<ConfidentialPassage[]> {
  const { rows } = await db.query<{ id: string; communication_id: string; text: string; marked_by: string | null; marked_at: Date | string }>(
    `select id::text, communication_id::text, text, marked_by::text, marked_at from confidential_passages
      where communication_id = $1 order by id`,
    [communicationId],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    communicationId: Number(r.communication_id),
    text: r.text,
    markedBy: r.marked_by === null ? null : Number(r.marked_by),
    markedAt: r.marked_at instanceof Date ? r.marked_at : new Date(r.marked_at),
  }));
}

export async function insertConfidentialPassage(db: Queryable, communicationId: number, text: string, markedBy: number | null): Promise<number> {
  const { rows } = await db.query<{ id: string }>(
    'insert into confidential_passages (communication_id, text, marked_by) values ($1, $2, $3) returning id::text',
    [communicationId, text, markedBy],
  );
  return Number(rows[0]!.id);
}

/** Removes a marked passage; answers its letter, or null when there was none. */
export async function deleteConfidentialPassage(db: Queryable, passageId: number): Promise<number | null> {
  const { rows } = await db.query<{ communication_id: string }>(
    'delete from confidential_passages where id = $1 returning communication_id::text',
    [passageId],
  );
  return rows[0] ? Number(rows[0].communication_id) : null;
}

/**
 * Keeps a letter's public copy. A copy that differs from the one kept marks the letter changed
 * (updated_at), so that a letter already public is published again as it now reads.
 */
export async function saveLetterCopy(db: Queryable, id: number, body: string | null, record: Communication): Promise<boolean> {
  const { affectedRows } = await db.query(
    `update communications set public_body = $2, public_record = $3::jsonb, updated_at = now()
      where id = $1 and (public_body is distinct from $2 or public_record is distinct from $3::jsonb)`,
    [id, body, JSON.stringify(record)],
  );
  return affectedRows === 1;
}

export interface ReplyForCopy {
  id: number;
  body: string | null;
  record: Communication;
}

/** The replies to a letter, locked until the caller's transaction ends. */
export async function repliesForCopy(db: Queryable, communicationId: number): Promise<ReplyForCopy[]> {
  const { rows } = await db.query<{ id: string; body: string | null; record: Communication }>(
    'select id::text, body, record from replies where communication_id = $1 order by id for update',
    [communicationId],
  );
  return rows.map((r) => ({ id: Number(r.id), body: r.body, record: r.record }));
}

/** Keeps a reply's public copy; true when it changed. */
export async function saveReplyCopy(db: Queryable, id: number, body: string | null, record: Communication): Promise<boolean> {
  const { affectedRows } = await db.query(
    `update replies set public_body = $2, public_record = $3::jsonb
      where id = $1 and (public_body is distinct from $2 or public_record is distinct from $3::jsonb)`,
    [id, body, JSON.stringify(record)],
  );
  return affectedRows === 1;
}

/** Letters Rapporteur sent whose publication date has come and that are not public yet. */
export async function dueSentLetterIds(db: Queryable, asOf: string): Promise<number[]> {
  const { rows } = await db.query<{ id: string }>(
    `select c.id::text from communications c
      where c.origin = 'sent' and c.status = 'imported' and c.publication_date <= $1::date
        and not exists (select 1 from public_letters p where p.communication_id = c.id)
      order by c.id`,
    [asOf],
  );
  return rows.map((r) => Number(r.id));
}

/** Removes the public copy of a sent letter (it is then not due until a copy is made again). */
export async function dropPublicCopy(db: Queryable, communicationId: number): Promise<void> {
  await db.query('update communications set public_body = null, public_record = null where id = $1', [communicationId]);
}
