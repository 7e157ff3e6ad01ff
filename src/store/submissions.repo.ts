/**
 * Submissions in the database. The source arrives sealed and leaves sealed: opening it is the
 * service's business. The search vector is built here from the words the caller gives (never the
 * source), in plain words: the victims' names first (A), then place and perpetrators (B), then
 * what happened (D).
 */
import type { FormLanguage, VictimInput } from '../domain/submission.js';
import type { Queryable } from './database.js';

export type SubmissionStatus = 'new' | 'triaged' | 'rejected';
export const SUBMISSION_STATUSES: readonly SubmissionStatus[] = ['new', 'triaged', 'rejected'];

export interface NewSubmission {
  receiptCode: string;
  language: FormLanguage;
  summary: string;
  place: string | null;
  countryCode: string | null;
  incidentDate: string | null;
  perpetrators: string | null;
  victims: VictimInput[];
  submitterSealed: string;
}

export async function insertSubmission(tx: Queryable, s: NewSubmission): Promise<number> {
  const names = s.victims.flatMap((v) => [v.name, ...v.otherNames]).join(' ');
  const { rows } = await tx.query<{ id: string | number }>(
    `insert into submissions (receipt_code, language, summary, place, country_code, incident_date, perpetrators, victims,
                              submitter_sealed, search_vector)
     values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9,
             setweight(to_tsvector('rap_simple', $10::text), 'A')
             || setweight(to_tsvector('rap_simple', concat_ws(' ', $4::text, $7::text)), 'B')
             || setweight(to_tsvector('rap_simple', $3::text), 'D'))
     returning id`,
    [s.receiptCode, s.language, s.summary, s.place, s.countryCode, s.incidentDate, s.perpetrators, JSON.stringify(s.victims), s.submitterSealed, names],
  );
  return Number(rows[0]!.id);
}

export interface SubmissionListRow {
  id: number;
  receiptCode: string;
  language: FormLanguage;
  status: SubmissionStatus;
  receivedAt: Date;
  victimNames: string[];
  place: string | null;
  countryCode: string | null;
  incidentDate: string | null;
  fileCount: number;
  caseId: number | null;
}

export async function listSubmissionRows(
  db: Queryable,
  { status, limit, offset }: { status: SubmissionStatus | null; limit: number; offset: number },
): Promise<{ rows: SubmissionListRow[]; total: number }> {
  const { rows } = await db.query<{
    id: string | number; receipt_code: string; language: FormLanguage; status: SubmissionStatus; received_at: Date | string;
    victim_names: string[] | null; place: string | null; country_code: string | null; incident_date: string | null;
    file_count: number; case_id: string | number | null; total: number;
  }>(
    `select s.id, s.receipt_code, s.language, s.status, s.received_at, s.place, s.country_code, s.incident_date, s.case_id,
            (select array_agg(v->>'name') from jsonb_array_elements(s.victims) v) as victim_names,
            (select count(*)::int from staff_files f where f.submission_id = s.id) as file_count,
            count(*) over ()::int as total
       from submissions s
      where $1::text is null or s.status = $1
      order by s.received_at desc, s.id desc
      limit $2 offset $3`,
    [status, limit, offset],
  );
  const total = rows[0]?.total ?? (offset > 0 ? await countSubmissions(db, status) : 0);
  return {
    total,
    rows: rows.map((r) => ({
      id: Number(r.id),
      receiptCode: r.receipt_code,
      language: r.language,
      status: r.status,
      receivedAt: new Date(r.received_at),
      victimNames: r.victim_names ?? [],
      place: r.place,
      countryCode: r.country_code,
      incidentDate: r.incident_date,
      fileCount: r.file_count,
      caseId: r.case_id === null ? null : Number(r.case_id),
    })),
  };
}

async function countSubmissions(db: Queryable, status: SubmissionStatus | null): Promise<number> {
  const { rows } = await db.query<{ n: number }>('select count(*)::int as n from submissions where $1::text is null or status = $1', [status]);
  return rows[0]?.n ?? 0;
}

/** How many submissions there are in each state. */
export async function countByStatus(db: Queryable): Promise<Record<SubmissionStatus, number>> {
  const { rows } = await db.query<{ status: SubmissionStatus; n: number }>('select status, count(*)::int as n from submissions group by status');
  const counts: Record<SubmissionStatus, number> = { new: 0, triaged: 0, rejected: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

export interface SubmissionRow {
  id: number;
  receiptCode: string;
  language: FormLanguage;
  status: SubmissionStatus;
  receivedAt: Date;
  summary: string;
  place: string | null;
  countryCode: string | null;
  incidentDate: string | null;
  perpetrators: string | null;
  victims: VictimInput[];
  submitterSealed: string;
  caseId: number | null;
  triagedAt: Date | null;
  triagedBy: number | null;
  rejectionReason: string | null;
}

export async function findSubmission(db: Queryable, id: number, { forUpdate = false } = {}): Promise<SubmissionRow | null> {
  const { rows } = await db.query<{
    id: string | number; receipt_code: string; language: FormLanguage; status: SubmissionStatus; received_at: Date | string;
    summary: string; place: string | null; country_code: string | null; incident_date: string | null; perpetrators: string | null;
    victims: VictimInput[]; submitter_sealed: string; case_id: string | number | null; triaged_at: Date | string | null;
    triaged_by: string | number | null; rejection_reason: string | null;
  }>(
    `select id, receipt_code, language, status, received_at, summary, place, country_code, incident_date, perpetrators, victims,
            submitter_sealed, case_id, triaged_at, triaged_by, rejection_reason
       from submissions where id = $1${forUpdate ? ' for update' : ''}`,
    [id],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: Number(r.id),
    receiptCode: r.receipt_code,
    language: r.language,
    status: r.status,
    receivedAt: new Date(r.received_at),
    summary: r.summary,
    place: r.place,
    countryCode: r.country_code,
    incidentDate: r.incident_date,
    perpetrators: r.perpetrators,
    victims: r.victims,
    submitterSealed: r.submitter_sealed,
    caseId: r.case_id === null ? null : Number(r.case_id),
    triagedAt: r.triaged_at === null ? null : new Date(r.triaged_at),
    triagedBy: r.triaged_by === null ? null : Number(r.triaged_by),
    rejectionReason: r.rejection_reason,
  };
}

export async function markRejected(tx: Queryable, id: number, reason: string, userId: number | null): Promise<void> {
  await tx.query(
    `update submissions set status = 'rejected', rejection_reason = $2, triaged_at = now(), triaged_by = $3 where id = $1`,
    [id, reason, userId],
  );
}

/** The open cases a submission can be triaged into: the 50 most recently updated. */
export async function openCasesForTriage(db: Queryable, limit = 50): Promise<Array<{ id: number; title: string }>> {
  const { rows } = await db.query<{ id: string | number; title: string }>(
    `select id, title from cases where status = 'open' order by updated_at desc, id desc limit $1`,
    [limit],
  );
  return rows.map((r) => ({ id: Number(r.id), title: r.title }));
}
