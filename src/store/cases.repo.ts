/**
 * Case files in the database: the case row (its words indexed for staff search in plain words,
 * `rap_simple`: a case has no one language), the list of cases, and the submissions triaged
 * into a case.
 */
import type { CaseFields, CaseStatus } from '../domain/case.js';
import type { Queryable } from './database.js';

export interface CaseRow extends CaseFields {
  id: number;
  createdBy: number | null;
  createdAt: Date;
  updatedAt: Date;
}

interface Raw {
  id: string | number;
  title: string;
  summary: string;
  status: CaseStatus;
  country_code: string | null;
  created_by: string | number | null;
  created_at: Date | string;
  updated_at: Date | string;
}

const COLUMNS = 'id, title, summary, status, country_code, created_by, created_at, updated_at';
const VECTOR = `setweight(to_tsvector('rap_simple', $1::text), 'A') || setweight(to_tsvector('rap_simple', $2::text), 'B')`;

const date = (v: Date | string) => (v instanceof Date ? v : new Date(v));

const toCase = (r: Raw): CaseRow => ({
  id: Number(r.id),
  title: r.title,
  summary: r.summary,
  status: r.status,
  countryCode: r.country_code,
  createdBy: r.created_by === null ? null : Number(r.created_by),
  createdAt: date(r.created_at),
  updatedAt: date(r.updated_at),
});

export async function insertCase(tx: Queryable, c: CaseFields & { createdBy: number | null }): Promise<number> {
  const { rows } = await tx.query<{ id: string | number }>(
    `insert into cases (title, summary, status, country_code, created_by, search_vector)
     values ($1, $2, $3, $4, $5, ${VECTOR}) returning id`,
    [c.title, c.summary, c.status, c.countryCode, c.createdBy],
  );
  return Number(rows[0]!.id);
}

export async function updateCaseRow(tx: Queryable, id: number, c: CaseFields): Promise<void> {
  await tx.query(
    `update cases set title = $1, summary = $2, status = $3, country_code = $4, updated_at = now(), search_vector = ${VECTOR}
      where id = $5`,
    [c.title, c.summary, c.status, c.countryCode, id],
  );
}

/** Marks a case as changed now (an event, a document, a letter): the list shows it first. */
export async function touchCase(tx: Queryable, id: number): Promise<void> {
  await tx.query('update cases set updated_at = now() where id = $1', [id]);
}

/** A case; `lock` holds its row until the transaction ends (two edits of one case one after the other). */
export async function findCase(db: Queryable, id: number, { lock = false }: { lock?: boolean } = {}): Promise<CaseRow | null> {
  const { rows } = await db.query<Raw>(`select ${COLUMNS} from cases where id = $1${lock ? ' for update' : ''}`, [id]);
  return rows[0] ? toCase(rows[0]) : null;
}

export interface CaseListFilter {
  status: CaseStatus | null;
  /** Words of the title, in any case. */
  title: string | null;
  limit: number;
  offset: number;
}

export interface CaseListItem extends CaseRow {
  people: number;
  events: number;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Cases, most recently changed first, with how many people and events each holds; and how many match. */
export async function listCaseRows(db: Queryable, f: CaseListFilter): Promise<{ total: number; cases: CaseListItem[] }> {
  const where = `($1::text is null or c.status = $1) and ($2::text is null or c.title ilike $2)`;
  const params = [f.status, f.title ? likePattern(f.title) : null];
  const [count, list] = await Promise.all([
    db.query<{ n: string | number }>(`select count(*) as n from cases c where ${where}`, params),
    db.query<Raw & { people: string | number; events: string | number }>(
      `select ${COLUMNS.split(', ').map((c) => `c.${c}`).join(', ')},
              (select count(*) from case_people p where p.case_id = c.id) as people,
              (select count(*) from case_events e where e.case_id = c.id) as events
         from cases c where ${where}
        order by c.updated_at desc, c.id desc limit $3 offset $4`,
      [...params, f.limit, f.offset],
    ),
  ]);
  return {
    total: Number(count.rows[0]?.n ?? 0),
    cases: list.rows.map((r) => ({ ...toCase(r), people: Number(r.people), events: Number(r.events) })),
  };
}

/** What triage reads of a submission. */
export interface SubmissionForTriage {
  id: number;
  receiptCode: string;
  status: 'new' | 'triaged' | 'rejected';
  caseId: number | null;
  summary: string;
  place: string | null;
  countryCode: string | null;
  incidentDate: string | null;
  victims: unknown;
}

/** A submission, its row held until the transaction ends so that two triages of it cannot both pass. */
export async function lockSubmissionForTriage(tx: Queryable, id: number): Promise<SubmissionForTriage | null> {
  const { rows } = await tx.query<{
    id: string | number; receipt_code: string; status: SubmissionForTriage['status']; case_id: string | number | null;
    summary: string; place: string | null; country_code: string | null; incident_date: string | null; victims: unknown;
  }>(
    `select id, receipt_code, status, case_id, summary, place, country_code, incident_date, victims
       from submissions where id = $1 for update`,
    [id],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: Number(r.id),
    receiptCode: r.receipt_code,
    status: r.status,
    caseId: r.case_id === null ? null : Number(r.case_id),
    summary: r.summary,
    place: r.place,
    countryCode: r.country_code,
    incidentDate: r.incident_date,
    victims: r.victims,
  };
}

export async function markSubmissionTriaged(tx: Queryable, submissionId: number, caseId: number, userId: number | null): Promise<void> {
  await tx.query(
    `update submissions set case_id = $2, status = 'triaged', triaged_at = now(), triaged_by = $3 where id = $1`,
    [submissionId, caseId, userId],
  );
}

export interface CaseSubmission {
  id: number;
  receiptCode: string;
  receivedAt: Date;
  triagedAt: Date | null;
}

/** The submissions triaged into a case, oldest first. */
export async function listCaseSubmissions(db: Queryable, caseId: number): Promise<CaseSubmission[]> {
  const { rows } = await db.query<{ id: string | number; receipt_code: string; received_at: Date | string; triaged_at: Date | string | null }>(
    'select id, receipt_code, received_at, triaged_at from submissions where case_id = $1 order by received_at, id',
    [caseId],
  );
  return rows.map((r) => ({ id: Number(r.id), receiptCode: r.receipt_code, receivedAt: date(r.received_at), triagedAt: r.triaged_at === null ? null : date(r.triaged_at) }));
}

/** The open cases a submission may be triaged into, most recently changed first. */
export async function listOpenCases(db: Queryable, limit = 50): Promise<Array<{ id: number; title: string }>> {
  const { rows } = await db.query<{ id: string | number; title: string }>(
    `select id, title from cases where status = 'open' order by updated_at desc, id desc limit $1`,
    [limit],
  );
  return rows.map((r) => ({ id: Number(r.id), title: r.title }));
}
