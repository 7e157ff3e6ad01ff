/**
 * Letters written in Rapporteur (migration 0017): drafts and the mandates consulted on them, and
 * what sending writes: the frozen version and the letter itself, a row of `communications` like
 * an imported letter (origin `sent`, with its reply due date). SQL only: the lifecycle's rules are
 * in domain/letter-lifecycle.ts, the use cases in services/drafting.ts and services/sending.ts.
 */
import type { CommunicationType } from '../domain/communication.js';
import type { Language } from '../domain/dates.js';
import type { DraftMandate, DraftStatus } from '../domain/letter-lifecycle.js';
import type { Queryable } from './database.js';

// ---------------------------------------------------------------------------------------------
// Drafts

export interface DraftMandateRow extends DraftMandate {
  position: number;
  answeredBy: number | null;
  answeredAt: Date | null;
  onBehalf: boolean;
}

/** A draft with its mandates, the lead first. `C` is the composer's content (stored as JSON). */
export interface DraftRow<C = unknown> {
  id: number;
  caseId: number | null;
  type: CommunicationType;
  recipientCode: string;
  language: Language;
  leadMandateId: string;
  status: DraftStatus;
  content: C;
  followsCommunicationId: number | null;
  communicationId: number | null;
  createdBy: number | null;
  createdAt: Date;
  updatedBy: number | null;
  updatedAt: Date;
  version: number;
  mandates: DraftMandateRow[];
}

interface RawDraft {
  id: string | number;
  case_id: string | number | null;
  type: CommunicationType;
  recipient_code: string;
  language: Language;
  lead_mandate_id: string;
  status: DraftStatus;
  content: unknown;
  follows_communication_id: string | number | null;
  communication_id: string | number | null;
  created_by: string | number | null;
  created_at: Date | string;
  updated_by: string | number | null;
  updated_at: Date | string;
  version: number;
  mandates: Array<{ mandate_id: string; position: number; role: DraftMandate['role']; answer: DraftMandate['answer']; answered_by: number | null; answered_at: string | null; on_behalf: boolean }> | null;
}

const num = (v: string | number | null) => (v === null ? null : Number(v));
const date = (v: Date | string) => (v instanceof Date ? v : new Date(v));

const DRAFT_COLUMNS = `d.id, d.case_id, d.type, d.recipient_code, d.language, d.lead_mandate_id, d.status, d.content,
  d.follows_communication_id, d.communication_id, d.created_by, d.created_at, d.updated_by, d.updated_at, d.version,
  (select json_agg(json_build_object('mandate_id', m.mandate_id, 'position', m.position, 'role', m.role, 'answer', m.answer,
            'answered_by', m.answered_by, 'answered_at', m.answered_at, 'on_behalf', m.on_behalf) order by m.position)
     from draft_mandates m where m.draft_id = d.id) as mandates`;

function toDraft<C>(r: RawDraft): DraftRow<C> {
  return {
    id: Number(r.id),
    caseId: num(r.case_id),
    type: r.type,
    recipientCode: r.recipient_code,
    language: r.language,
    leadMandateId: r.lead_mandate_id,
    status: r.status,
    content: r.content as C,
    followsCommunicationId: num(r.follows_communication_id),
    communicationId: num(r.communication_id),
    createdBy: num(r.created_by),
    createdAt: date(r.created_at),
    updatedBy: num(r.updated_by),
    updatedAt: date(r.updated_at),
    version: Number(r.version),
    mandates: (r.mandates ?? []).map((m) => ({
      mandateId: m.mandate_id,
      position: Number(m.position),
      role: m.role,
      answer: m.answer,
      answeredBy: num(m.answered_by),
      answeredAt: m.answered_at === null ? null : new Date(m.answered_at),
      onBehalf: m.on_behalf,
    })),
  };
}

export interface DraftFields {
  caseId: number | null;
  type: CommunicationType;
  recipientCode: string;
  language: Language;
  leadMandateId: string;
  content: unknown;
}

export async function insertDraft(tx: Queryable, f: DraftFields & { followsCommunicationId: number | null; createdBy: number | null }): Promise<number> {
  const { rows } = await tx.query<{ id: string | number }>(
    `insert into drafts (case_id, type, recipient_code, language, lead_mandate_id, content, follows_communication_id, created_by, updated_by)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $8) returning id`,
    [f.caseId, f.type, f.recipientCode, f.language, f.leadMandateId, JSON.stringify(f.content ?? {}), f.followsCommunicationId, f.createdBy],
  );
  return Number(rows[0]!.id);
}

/** A draft with its mandates; `lock` holds its row until the transaction ends. */
export async function findDraft<C = unknown>(db: Queryable, id: number, { lock = false }: { lock?: boolean } = {}): Promise<DraftRow<C> | null> {
  // The lock is taken first, alone: `for update` does not mix with the aggregate's subquery.
  if (lock) await db.query('select id from drafts where id = $1 for update', [id]);
  const { rows } = await db.query<RawDraft>(`select ${DRAFT_COLUMNS} from drafts d where d.id = $1`, [id]);
  return rows[0] ? toDraft<C>(rows[0]) : null;
}

/** Writes a draft's fields and status, and counts one more version. */
export async function updateDraftRow(tx: Queryable, id: number, f: DraftFields & { status: DraftStatus; updatedBy: number | null }): Promise<number> {
  const { rows } = await tx.query<{ version: number }>(
    `update drafts set case_id = $2, type = $3, recipient_code = $4, language = $5, lead_mandate_id = $6, content = $7::jsonb,
       status = $8, updated_by = $9, updated_at = now(), version = version + 1
     where id = $1 returning version`,
    [id, f.caseId, f.type, f.recipientCode, f.language, f.leadMandateId, JSON.stringify(f.content ?? {}), f.status, f.updatedBy],
  );
  return Number(rows[0]!.version);
}

/** Changes a draft's status (and counts one more version); `communicationId` once it is sent. */
export async function setDraftStatus(tx: Queryable, id: number, status: DraftStatus, updatedBy: number | null, communicationId: number | null = null): Promise<number> {
  const { rows } = await tx.query<{ version: number }>(
    `update drafts set status = $2, updated_by = $3, updated_at = now(), version = version + 1,
       communication_id = coalesce($4, communication_id)
     where id = $1 returning version`,
    [id, status, updatedBy, communicationId],
  );
  return Number(rows[0]!.version);
}

export interface DraftMandateWrite {
  mandateId: string;
  role: DraftMandate['role'];
  answer: DraftMandate['answer'];
  answeredBy: number | null;
  answeredAt: Date | null;
  onBehalf: boolean;
}

/** Replaces the mandates of a draft with these, in this order (the lead first). */
export async function writeDraftMandates(tx: Queryable, draftId: number, mandates: DraftMandateWrite[]): Promise<void> {
  await tx.query('delete from draft_mandates where draft_id = $1', [draftId]);
  await tx.query(
    `insert into draft_mandates (draft_id, mandate_id, position, role, answer, answered_by, answered_at, on_behalf)
     select $1, m.mandate_id, m.position - 1, m.role, m.answer, m.answered_by, m.answered_at, m.on_behalf
       from unnest($2::text[], $3::text[], $4::text[], $5::bigint[], $6::timestamptz[], $7::boolean[])
            with ordinality as m(mandate_id, role, answer, answered_by, answered_at, on_behalf, position)`,
    [
      draftId,
      mandates.map((m) => m.mandateId),
      mandates.map((m) => m.role),
      mandates.map((m) => m.answer),
      mandates.map((m) => m.answeredBy),
      mandates.map((m) => (m.answeredAt ? m.answeredAt.toISOString() : null)),
      mandates.map((m) => m.onBehalf),
    ],
  );
}

export interface DraftListFilter {
  status?: DraftStatus | null;
  caseId?: number | null;
  /** Drafts on which this mandate is lead or invited. */
  mandateId?: string | null;
  limit?: number;
}

/** Drafts, most recently changed first. */
export async function listDraftRows<C = unknown>(db: Queryable, f: DraftListFilter = {}): Promise<Array<DraftRow<C>>> {
  const { rows } = await db.query<RawDraft>(
    `select ${DRAFT_COLUMNS} from drafts d
      where ($1::text is null or d.status = $1) and ($2::bigint is null or d.case_id = $2)
        and ($3::text is null or exists (select 1 from draft_mandates x where x.draft_id = d.id and x.mandate_id = $3))
      order by d.updated_at desc, d.id desc limit $4`,
    [f.status ?? null, f.caseId ?? null, f.mandateId ?? null, f.limit ?? 100],
  );
  return rows.map((r) => toDraft<C>(r));
}

// ---------------------------------------------------------------------------------------------
// Sending

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

export interface LetterVersion {
  id: number;
  draftId: number;
  communicationId: number;
  draftVersion: number;
  content: unknown;
  text: string;
  sha256: string;
  frozenBy: number | null;
  frozenAt: Date;
}

export async function insertLetterVersion(tx: Queryable, v: Omit<LetterVersion, 'id' | 'frozenAt'>): Promise<number> {
  const { rows } = await tx.query<{ id: string | number }>(
    `insert into letter_versions (draft_id, communication_id, draft_version, content, text, sha256, frozen_by)
     values ($1, $2, $3, $4::jsonb, $5, $6, $7) returning id`,
    [v.draftId, v.communicationId, v.draftVersion, JSON.stringify(v.content ?? {}), v.text, v.sha256, v.frozenBy],
  );
  return Number(rows[0]!.id);
}

/** The frozen version of a sent letter; null for a letter not sent from Rapporteur. */
export async function findLetterVersion(db: Queryable, communicationId: number): Promise<LetterVersion | null> {
  const { rows } = await db.query<{
    id: string | number; draft_id: string | number; communication_id: string | number; draft_version: number; content: unknown;
    text: string; sha256: string; frozen_by: string | number | null; frozen_at: Date | string;
  }>('select * from letter_versions where communication_id = $1', [communicationId]);
  const r = rows[0];
  if (!r) return null;
  return {
    id: Number(r.id), draftId: Number(r.draft_id), communicationId: Number(r.communication_id), draftVersion: Number(r.draft_version),
    content: r.content, text: r.text, sha256: r.sha256, frozenBy: num(r.frozen_by), frozenAt: date(r.frozen_at),
  };
}

// ---------------------------------------------------------------------------------------------
// The letter a follow-up or a reply starts from

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

// ---------------------------------------------------------------------------------------------
// Replies registered by staff, and the letters whose replies are tracked

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

/** The due day of a letter's replies: set for a sent letter, else its date plus `defaultDays`. */
const DUE = (c: string, days: string) => `coalesce(${c}.reply_due_date, ${c}.letter_date + ${days}::int)`;

export interface ReplyWithDeadline {
  id: number;
  date: string | null;
  sender: string | null;
  title: string | null;
  staffFileId: number | null;
  registeredBy: number | null;
  /** Dated after the letter's due day. */
  late: boolean;
}

/** The replies to a letter in date order, each saying whether it came late. */
export async function repliesWithDeadline(db: Queryable, communicationId: number, defaultDays: number): Promise<ReplyWithDeadline[]> {
  const { rows } = await db.query<{
    id: string | number; reply_date: string | null; sender: string | null; title: string | null; staff_file_id: string | number | null;
    registered_by: string | number | null; late: boolean | null;
  }>(
    `select r.id, to_char(r.reply_date, 'YYYY-MM-DD') as reply_date, r.sender, r.title, r.staff_file_id, r.registered_by,
            r.reply_date > ${DUE('c', '$2')} as late
       from replies r join communications c on c.id = r.communication_id
      where r.communication_id = $1 order by r.reply_date nulls last, r.id`,
    [communicationId, defaultDays],
  );
  return rows.map((r) => ({
    id: Number(r.id), date: r.reply_date, sender: r.sender, title: r.title, staffFileId: num(r.staff_file_id),
    registeredBy: num(r.registered_by), late: r.late === true,
  }));
}

export type TrackedStanding = 'awaiting' | 'overdue' | 'replied';

export interface TrackedLetterRow {
  communicationId: number;
  referenceText: string;
  recipientCode: string;
  recipientName: string | null;
  title: string | null;
  letterDate: string;
  replyDueDate: string;
  /** Replies known on the day asked (dated on or before it, or undated). */
  replies: number;
  lateReplies: number;
  firstReplyDate: string | null;
  lastReplyDate: string | null;
  caseIds: number[];
}

/**
 * Sent letters (those with a reply due date) in one standing on `asOf`, as domain/deadlines.ts
 * defines it: `replied` when a reply dated on or before `asOf` (or undated) exists, else
 * `overdue` when `asOf` is past the due day, else `awaiting`. Letters dated after `asOf` are left
 * out. Awaiting and overdue letters come by due day (the most pressing first), replied ones by
 * their latest reply, newest first.
 */
export async function trackedLetters(
  db: Queryable,
  { standing, asOf, limit, offset }: { standing: TrackedStanding; asOf: string; limit: number; offset: number },
): Promise<{ total: number; rows: TrackedLetterRow[] }> {
  const { rows } = await db.query<{
    id: string | number; reference_text: string; recipient_code: string; recipient_name: string | null; title: string | null;
    letter_date: string; reply_due_date: string; replies: number; late_replies: number; first_reply: string | null;
    last_reply: string | null; case_ids: Array<string | number> | null; total: number;
  }>(
    `with tracked as (
       select c.id, c.reference_text, c.recipient_code, c.recipient_name, c.title, c.letter_date, c.reply_due_date,
              count(r.id) filter (where r.reply_date is null or r.reply_date <= $1::date)::int as replies,
              count(r.id) filter (where r.reply_date <= $1::date and r.reply_date > c.reply_due_date)::int as late_replies,
              min(r.reply_date) filter (where r.reply_date <= $1::date) as first_reply,
              max(r.reply_date) filter (where r.reply_date <= $1::date) as last_reply
         from communications c left join replies r on r.communication_id = c.id
        where c.reply_due_date is not null and c.status = 'imported' and c.letter_date <= $1::date
        group by c.id
     )
     select t.id, t.reference_text, t.recipient_code, t.recipient_name, t.title,
            to_char(t.letter_date, 'YYYY-MM-DD') as letter_date, to_char(t.reply_due_date, 'YYYY-MM-DD') as reply_due_date,
            t.replies, t.late_replies, to_char(t.first_reply, 'YYYY-MM-DD') as first_reply, to_char(t.last_reply, 'YYYY-MM-DD') as last_reply,
            (select array_agg(l.case_id order by l.case_id) from case_letters l where l.communication_id = t.id) as case_ids,
            count(*) over ()::int as total
       from tracked t
      where case $2::text
              when 'replied' then t.replies > 0
              when 'overdue' then t.replies = 0 and $1::date > t.reply_due_date
              else t.replies = 0 and $1::date <= t.reply_due_date
            end
      order by case when $2::text = 'replied' then t.last_reply end desc nulls last, t.reply_due_date, t.id
      limit $3 offset $4`,
    [asOf, standing, limit, offset],
  );
  return {
    total: rows[0] ? Number(rows[0].total) : 0,
    rows: rows.map((r) => ({
      communicationId: Number(r.id), referenceText: r.reference_text, recipientCode: r.recipient_code, recipientName: r.recipient_name,
      title: r.title, letterDate: r.letter_date, replyDueDate: r.reply_due_date, replies: Number(r.replies), lateReplies: Number(r.late_replies),
      firstReplyDate: r.first_reply, lastReplyDate: r.last_reply, caseIds: (r.case_ids ?? []).map(Number),
    })),
  };
}
