/**
 * Submissions: received from the public form (the source sealed, the files checked and sealed,
 * all in one transaction), listed and read by staff (the source opened only when asked), and
 * rejected with a reason. Whoever calls decides who may see the source.
 */
import type { Actor } from '../domain/actor.js';
import { publicActor } from '../domain/actor.js';
import { CONFIDENTIAL_VALUE } from '../domain/audit-chain.js';
import { RapError } from '../domain/errors.js';
import { newReceiptCode, type SubmissionInput, type SubmitterInput } from '../domain/submission.js';
import { UPLOAD_LIMITS } from '../domain/uploads.js';
import { formatBytes } from '../extract/readers/format-bytes.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { SEALED } from '../security/sealed-columns.js';
import { appendAudit } from '../store/audit.repo.js';
import type { Database, Queryable } from '../store/database.js';
import {
  findSubmission,
  insertSubmission,
  listSubmissionRows,
  markRejected,
  openCasesForTriage,
  type SubmissionListRow,
  type SubmissionRow,
  type SubmissionStatus,
} from '../store/submissions.repo.js';
import {
  listStaffFiles,
  prepareStaffFile,
  storePreparedFile,
  type PreparedFile,
  type StaffFileSummary,
  type UploadedFile,
} from './staff-files.js';

export const SUBMISSION_FORM_ACTOR = publicActor('submission-form');
export const SUBMISSIONS_PAGE_SIZE = 25;
export const MAX_REJECTION_REASON = 2_000;

/**
 * Stores a submission and its files. Every file is checked and read before anything is written;
 * a file of the wrong kind or size throws a RapError naming it, and nothing is stored.
 */
export async function receiveSubmission(db: Database, cipher: FieldCipher, input: SubmissionInput, files: UploadedFile[]): Promise<string> {
  if (files.length > UPLOAD_LIMITS.files) {
    throw new RapError('RAP_ERR_INVALID', `${files.length} files; at most ${UPLOAD_LIMITS.files} may be sent`, { field: 'attachments' });
  }
  const total = files.reduce((n, f) => n + f.bytes.length, 0);
  if (total > UPLOAD_LIMITS.totalBytes) {
    throw new RapError('RAP_ERR_FILE_TOO_LARGE', `the files add up to ${formatBytes(total)}; the limit is ${formatBytes(UPLOAD_LIMITS.totalBytes)}`, { field: 'attachments' });
  }
  const prepared: PreparedFile[] = [];
  for (const f of files) prepared.push(await prepareStaffFile(f));

  const receiptCode = newReceiptCode();
  const actor = SUBMISSION_FORM_ACTOR;
  await db.transaction(async (tx) => {
    const id = await insertSubmission(tx, {
      receiptCode,
      language: input.language,
      summary: input.summary,
      place: input.place || null,
      countryCode: input.countryCode,
      incidentDate: input.incidentDate,
      perpetrators: input.perpetrators || null,
      victims: input.victims,
      submitterSealed: cipher.seal(JSON.stringify(input.submitter), SEALED.submitter.context),
    });
    await appendAudit(tx, {
      actorId: null,
      actor: actor.label,
      action: 'submission.receive',
      entity: 'submission',
      entityId: String(id),
      before: null,
      after: { receiptCode, language: input.language, victims: input.victims.length, files: files.length, submitter: CONFIDENTIAL_VALUE },
    });
    for (const file of prepared) await storePreparedFile(tx, cipher, file, { submissionId: id }, { actor });
  });
  return receiptCode;
}

export interface SubmissionPage {
  rows: SubmissionListRow[];
  total: number;
  page: number;
  pages: number;
}

/** A page (from 1) of submissions in a state (or all), newest first. */
export async function listSubmissions(db: Queryable, { status, page = 1 }: { status: SubmissionStatus | null; page?: number }): Promise<SubmissionPage> {
  const p = Math.max(1, Math.floor(page));
  const { rows, total } = await listSubmissionRows(db, { status, limit: SUBMISSIONS_PAGE_SIZE, offset: (p - 1) * SUBMISSIONS_PAGE_SIZE });
  return { rows, total, page: p, pages: Math.max(1, Math.ceil(total / SUBMISSIONS_PAGE_SIZE)) };
}

export interface SubmissionDetail extends Omit<SubmissionRow, 'submitterSealed'> {
  files: StaffFileSummary[];
  /** The source, when asked for; null otherwise. */
  submitter: SubmitterInput | null;
}

/** A submission with its files; its source opened only `withSource`. */
export async function getSubmission(
  db: Queryable,
  id: number,
  { withSource, cipher }: { withSource: boolean; cipher: FieldCipher },
): Promise<SubmissionDetail | null> {
  const row = await findSubmission(db, id);
  if (!row) return null;
  const { submitterSealed, ...rest } = row;
  const submitter = withSource ? (JSON.parse(cipher.open(submitterSealed, SEALED.submitter.context)) as SubmitterInput) : null;
  return { ...rest, files: await listStaffFiles(db, { submissionId: id }), submitter };
}

/** Rejects a new submission with a reason, in the caller's transaction, audited. */
export async function rejectSubmission(tx: Queryable, id: number, reason: string, actor: Actor): Promise<void> {
  const why = reason.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  if (!why) throw new RapError('RAP_ERR_INVALID', 'say why the submission is rejected', { field: 'reason' });
  if (why.length > MAX_REJECTION_REASON) throw new RapError('RAP_ERR_INVALID', `the reason is longer than ${MAX_REJECTION_REASON} characters`, { field: 'reason' });
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(why)) throw new RapError('RAP_ERR_INVALID', 'the reason holds control characters', { field: 'reason' });
  const row = await findSubmission(tx, id, { forUpdate: true });
  if (!row) throw new RapError('RAP_ERR_NOT_FOUND', `submission ${id}`);
  if (row.status !== 'new') throw new RapError('RAP_ERR_CONFLICT', `submission ${row.receiptCode} is already ${row.status}`);
  await markRejected(tx, id, why, actor.userId);
  await appendAudit(tx, {
    actorId: actor.userId,
    actor: actor.label,
    action: 'submission.reject',
    entity: 'submission',
    entityId: String(id),
    before: { status: row.status },
    after: { status: 'rejected', reason: why },
  });
}

/** The open cases an officer can triage a submission into (the 50 most recently updated). */
export function triageTargets(db: Queryable): Promise<Array<{ id: number; title: string }>> {
  return openCasesForTriage(db);
}
