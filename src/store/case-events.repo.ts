/**
 * The dated events of cases. A confidential event's description arrives sealed; the search
 * vector is built only from the words the caller gives (`searchable`), in plain words.
 */
import type { EventPrecision } from '../domain/case-event.js';
import type { Queryable } from './database.js';

export interface EventFields {
  eventDate: string | null;
  precision: EventPrecision;
  place: string | null;
  /** Null when the event is confidential. */
  description: string | null;
  /** Set when (and only when) the event is confidential. */
  descriptionSealed: string | null;
  sourceSubmissionId: number | null;
  sourceFileId: number | null;
  sourceNote: string | null;
  /** The words staff search may find this event by; null keeps it out of search. */
  searchable: { description: string; place: string | null } | null;
}

export interface EventRow {
  id: number;
  caseId: number;
  eventDate: string | null;
  precision: EventPrecision;
  place: string | null;
  description: string | null;
  descriptionSealed: string | null;
  confidential: boolean;
  sourceSubmissionId: number | null;
  sourceFileId: number | null;
  sourceNote: string | null;
  createdBy: number | null;
  createdAt: Date;
}

interface Raw {
  id: string | number;
  case_id: string | number;
  event_date: string | null;
  date_precision: EventPrecision;
  place: string | null;
  description: string | null;
  description_sealed: string | null;
  confidential: boolean;
  source_submission_id: string | number | null;
  source_file_id: string | number | null;
  source_note: string | null;
  created_by: string | number | null;
  created_at: Date | string;
}

const COLUMNS = `id, case_id, event_date, date_precision, place, description, description_sealed, confidential,
                 source_submission_id, source_file_id, source_note, created_by, created_at`;

const VECTOR = (d: string, p: string) =>
  `case when ${d}::text is null then null
        else setweight(to_tsvector('rap_simple', ${d}::text), 'A') || setweight(to_tsvector('rap_simple', coalesce(${p}::text, '')), 'B') end`;

const num = (v: string | number | null) => (v === null ? null : Number(v));

const toEvent = (r: Raw): EventRow => ({
  id: Number(r.id),
  caseId: Number(r.case_id),
  eventDate: r.event_date,
  precision: r.date_precision,
  place: r.place,
  description: r.description,
  descriptionSealed: r.description_sealed,
  confidential: r.confidential,
  sourceSubmissionId: num(r.source_submission_id),
  sourceFileId: num(r.source_file_id),
  sourceNote: r.source_note,
  createdBy: num(r.created_by),
  createdAt: r.created_at instanceof Date ? r.created_at : new Date(r.created_at),
});

const values = (e: EventFields) => [
  e.eventDate, e.precision, e.place, e.description, e.descriptionSealed, e.descriptionSealed !== null,
  e.sourceSubmissionId, e.sourceFileId, e.sourceNote, e.searchable?.description ?? null, e.searchable?.place ?? null,
];

export async function insertEvent(tx: Queryable, caseId: number, e: EventFields, createdBy: number | null): Promise<number> {
  const { rows } = await tx.query<{ id: string | number }>(
    `insert into case_events (event_date, date_precision, place, description, description_sealed, confidential,
                              source_submission_id, source_file_id, source_note, search_vector, case_id, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, ${VECTOR('$10', '$11')}, $12, $13) returning id`,
    [...values(e), caseId, createdBy],
  );
  return Number(rows[0]!.id);
}

export async function updateEventRow(tx: Queryable, id: number, e: EventFields): Promise<void> {
  await tx.query(
    `update case_events set event_date = $1, date_precision = $2, place = $3, description = $4, description_sealed = $5,
            confidential = $6, source_submission_id = $7, source_file_id = $8, source_note = $9, search_vector = ${VECTOR('$10', '$11')}
      where id = $12`,
    [...values(e), id],
  );
}

/** One event of a case (null when the event belongs to another case or does not exist). */
export async function findEvent(db: Queryable, caseId: number, id: number, { lock = false }: { lock?: boolean } = {}): Promise<EventRow | null> {
  const { rows } = await db.query<Raw>(`select ${COLUMNS} from case_events where case_id = $1 and id = $2${lock ? ' for update' : ''}`, [caseId, id]);
  return rows[0] ? toEvent(rows[0]) : null;
}

/** The events of a case in the order they were recorded (the timeline's order is a domain rule). */
export async function listEventRows(db: Queryable, caseId: number): Promise<EventRow[]> {
  const { rows } = await db.query<Raw>(`select ${COLUMNS} from case_events where case_id = $1 order by id`, [caseId]);
  return rows.map(toEvent);
}

/** The confidential events of every case a letter belongs to, each once. */
export async function confidentialEventsOfLetter(db: Queryable, communicationId: number): Promise<EventRow[]> {
  const { rows } = await db.query<Raw>(
    `select ${COLUMNS} from case_events
      where confidential and case_id in (select case_id from case_letters where communication_id = $1) order by id`,
    [communicationId],
  );
  return rows.map(toEvent);
}

/** Whether a submission was triaged into the case (an event may cite it as its source). */
export async function isSubmissionOfCase(db: Queryable, caseId: number, submissionId: number): Promise<boolean> {
  const { rows } = await db.query('select 1 from submissions where id = $1 and case_id = $2', [submissionId, caseId]);
  return rows.length > 0;
}

/** Whether a file is a document of the case or an attachment of one of its submissions. */
export async function isFileOfCase(db: Queryable, caseId: number, fileId: number): Promise<boolean> {
  const { rows } = await db.query(
    `select 1 from staff_files f where f.id = $1
        and (f.case_id = $2 or f.submission_id in (select s.id from submissions s where s.case_id = $2))`,
    [fileId, caseId],
  );
  return rows.length > 0;
}
