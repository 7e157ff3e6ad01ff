/**
 * Staff files in the database: attachments of submissions and documents of cases. The bytes come
 * in already sealed; the search vector is built here from the text given, in plain words
 * (`rap_simple`: a file's language is not known), and only from what the caller lets in.
 */
import type { UploadType } from '../domain/uploads.js';
import type { Queryable } from './database.js';

/** Words past this many characters are not indexed: a tsvector holds at most 1 MB. */
export const MAX_INDEXED_CHARS = 300_000;

export interface NewStaffFile {
  submissionId: number | null;
  caseId: number | null;
  fileName: string;
  mediaType: UploadType;
  sealed: Buffer;
  size: number;
  sha256: string;
  text: string | null;
  textNote: string | null;
  confidential: boolean;
  uploadedBy: number | null;
  /** The text to index; null keeps the file out of search. */
  searchText: string | null;
}

export async function insertStaffFile(tx: Queryable, f: NewStaffFile): Promise<number> {
  const { rows } = await tx.query<{ id: string | number }>(
    `insert into staff_files (submission_id, case_id, file_name, media_type, bytes_sealed, size, sha256, text, text_note,
                              confidential, uploaded_by, search_vector)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
             case when $12::text is null then null else to_tsvector('rap_simple', left($12::text, ${MAX_INDEXED_CHARS})) end)
     returning id`,
    [f.submissionId, f.caseId, f.fileName, f.mediaType, f.sealed, f.size, f.sha256, f.text, f.textNote, f.confidential, f.uploadedBy, f.searchText],
  );
  return Number(rows[0]!.id);
}

export interface StaffFileRow {
  id: number;
  submissionId: number | null;
  caseId: number | null;
  fileName: string;
  mediaType: UploadType;
  size: number;
  confidential: boolean;
  hasText: boolean;
  textNote: string | null;
  uploadedBy: number | null;
  uploadedAt: Date;
}

interface Row {
  id: string | number;
  submission_id: string | number | null;
  case_id: string | number | null;
  file_name: string;
  media_type: string;
  size: string | number;
  confidential: boolean;
  has_text: boolean;
  text_note: string | null;
  uploaded_by: string | number | null;
  uploaded_at: Date | string;
}

const COLUMNS = `id, submission_id, case_id, file_name, media_type, size, confidential, text is not null as has_text, text_note,
                 uploaded_by, uploaded_at`;

const num = (v: string | number | null) => (v === null ? null : Number(v));

function toRow(r: Row): StaffFileRow {
  return {
    id: Number(r.id),
    submissionId: num(r.submission_id),
    caseId: num(r.case_id),
    fileName: r.file_name,
    mediaType: r.media_type as UploadType,
    size: Number(r.size),
    confidential: r.confidential,
    hasText: r.has_text,
    textNote: r.text_note,
    uploadedBy: num(r.uploaded_by),
    uploadedAt: r.uploaded_at instanceof Date ? r.uploaded_at : new Date(r.uploaded_at),
  };
}

export async function findStaffFile(db: Queryable, id: number): Promise<(StaffFileRow & { sealed: Buffer }) | null> {
  const { rows } = await db.query<Row & { bytes_sealed: Uint8Array }>(`select ${COLUMNS}, bytes_sealed from staff_files where id = $1`, [id]);
  const r = rows[0];
  if (!r) return null;
  return { ...toRow(r), sealed: Buffer.from(r.bytes_sealed.buffer, r.bytes_sealed.byteOffset, r.bytes_sealed.byteLength) };
}

/** A file's description, without its bytes. */
export async function findStaffFileInfo(db: Queryable, id: number): Promise<StaffFileRow | null> {
  const { rows } = await db.query<Row>(`select ${COLUMNS} from staff_files where id = $1`, [id]);
  return rows[0] ? toRow(rows[0]) : null;
}

/** The stored text of a file (null for images, confidential files and files that could not be read). */
export async function staffFileText(db: Queryable, id: number): Promise<string | null> {
  const { rows } = await db.query<{ text: string | null }>('select text from staff_files where id = $1', [id]);
  return rows[0]?.text ?? null;
}

/** The files of a submission or of a case, oldest first. */
export async function listStaffFileRows(db: Queryable, owner: { submissionId?: number; caseId?: number }): Promise<StaffFileRow[]> {
  if (owner.submissionId === undefined && owner.caseId === undefined) return [];
  const { rows } = await db.query<Row>(
    `select ${COLUMNS} from staff_files
      where ($1::bigint is null or submission_id = $1) and ($2::bigint is null or case_id = $2)
      order by uploaded_at, id`,
    [owner.submissionId ?? null, owner.caseId ?? null],
  );
  return rows.map(toRow);
}
