/**
 * Keeping a file for staff (an attachment of a submission, a document of a case): recognised by
 * its bytes, bounded in size, its text read for search, its bytes sealed, its arrival audited.
 * Preparing (the slow part: reading a PDF) is apart from storing, so that a caller can read every
 * file of a form before it opens the transaction that stores them.
 */
import { createHash } from 'node:crypto';
import { CONFIDENTIAL_VALUE } from '../domain/audit-chain.js';
import type { Actor } from '../domain/actor.js';
import { ERROR_CODES, isRapError, RapError } from '../domain/errors.js';
import { cleanName, REFUSAL_EN, safeDisplayName, sniffUpload } from '../domain/file-sniff.js';
import { UPLOAD_LIMITS, type UploadType } from '../domain/uploads.js';
import { formatBytes } from '../extract/readers/format-bytes.js';
import { readDocument } from '../extract/readers/read-document.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { SEALED } from '../security/sealed-columns.js';
import { appendAudit } from '../store/audit.repo.js';
import type { Queryable } from '../store/database.js';
import { findStaffFile, findStaffFileInfo, insertStaffFile, listStaffFileRows, staffFileText, type StaffFileRow } from '../store/staff-files.repo.js';

export interface UploadedFile {
  /** The name the browser sent: only ever shown, cleaned. */
  fileName: string;
  bytes: Buffer;
}

export interface FileOwner {
  submissionId?: number;
  caseId?: number;
}

export interface StoredFile {
  id: number;
  fileName: string;
  mediaType: UploadType;
  size: number;
}

/** A file checked and read, ready to store. */
export interface PreparedFile {
  fileName: string;
  mediaType: UploadType;
  bytes: Buffer;
  size: number;
  sha256: string;
  text: string | null;
  /** Why `text` is null, in words for staff. */
  textNote: string | null;
  confidential: boolean;
}

export const TEXT_NOTES = {
  image: 'no text (image)',
  confidential: 'text not kept: the file is confidential',
} as const;

const WORD_TYPES: ReadonlySet<UploadType> = new Set(['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);

/** The type of an upload, or a RapError naming the file and what it looks like. */
export function checkUpload(file: UploadedFile): { fileName: string; mediaType: UploadType } {
  const shown = cleanName(file.fileName) || 'attachment';
  const where = { file: shown, field: 'attachments' };
  if (file.bytes.length > UPLOAD_LIMITS.fileBytes) {
    throw new RapError('RAP_ERR_FILE_TOO_LARGE', `${shown} is ${formatBytes(file.bytes.length)}; the limit is ${formatBytes(UPLOAD_LIMITS.fileBytes)}`, where);
  }
  const sniffed = sniffUpload(file.bytes);
  if (!sniffed.ok) throw new RapError('RAP_ERR_INVALID', `${shown} ${REFUSAL_EN[sniffed.looksLike]}`, where);
  return { fileName: safeDisplayName(file.fileName, sniffed.mediaType), mediaType: sniffed.mediaType };
}

/**
 * Checks a file and reads its text. A PDF or DOCX that cannot be read (damaged, truncated, a scan
 * without text) is still kept, as sent, with no text and a note saying why: a family's only copy
 * of a document is worth keeping even when the machine cannot read it.
 */
export async function prepareStaffFile(file: UploadedFile, { confidential = false }: { confidential?: boolean } = {}): Promise<PreparedFile> {
  const { fileName, mediaType } = checkUpload(file);
  let text: string | null = null;
  let textNote: string | null = null;
  if (confidential) textNote = TEXT_NOTES.confidential;
  else if (!WORD_TYPES.has(mediaType)) textNote = TEXT_NOTES.image;
  else ({ text, textNote } = await readText(file.bytes, fileName));
  return {
    fileName,
    mediaType,
    bytes: file.bytes,
    size: file.bytes.length,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    text,
    textNote,
    confidential,
  };
}

async function readText(bytes: Buffer, fileName: string): Promise<{ text: string | null; textNote: string | null }> {
  try {
    const doc = await readDocument(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName);
    return { text: doc.text, textNote: null };
  } catch (e) {
    // The catalogue's words only: a reader's detail could quote the document.
    return { text: null, textNote: `no text: ${isRapError(e) ? ERROR_CODES[e.code] : 'the text could not be read'}` };
  }
}

/** Stores a prepared file in the caller's transaction, with its audit entry. */
export async function storePreparedFile(
  tx: Queryable,
  cipher: FieldCipher,
  file: PreparedFile,
  owner: FileOwner,
  { actor }: { actor: Actor },
): Promise<StoredFile> {
  const id = await insertStaffFile(tx, {
    submissionId: owner.submissionId ?? null,
    caseId: owner.caseId ?? null,
    fileName: file.fileName,
    mediaType: file.mediaType,
    sealed: cipher.sealBytes(file.bytes, SEALED.fileBytes.context),
    size: file.size,
    sha256: file.sha256,
    text: file.confidential ? null : file.text,
    textNote: file.textNote,
    confidential: file.confidential,
    uploadedBy: actor.userId,
    searchText: file.confidential ? null : file.text,
  });
  await appendAudit(tx, {
    actorId: actor.userId,
    actor: actor.label,
    action: 'file.add',
    entity: 'staff_file',
    entityId: String(id),
    before: null,
    // A confidential file's name can say as much as its content: the trail keeps only the marker.
    after: { name: file.confidential ? CONFIDENTIAL_VALUE : file.fileName, type: file.mediaType, size: file.size, owner: ownerOf(owner), confidential: file.confidential },
  });
  return { id, fileName: file.fileName, mediaType: file.mediaType, size: file.size };
}

const ownerOf = (owner: FileOwner) => ({
  ...(owner.submissionId !== undefined ? { submissionId: owner.submissionId } : {}),
  ...(owner.caseId !== undefined ? { caseId: owner.caseId } : {}),
});

/**
 * Checks, reads and stores one file in the caller's transaction. Throws a RapError with
 * `{ file, field: 'attachments' }` for a file of the wrong kind (RAP_ERR_INVALID) or too large
 * (RAP_ERR_FILE_TOO_LARGE); nothing is written then.
 */
export async function storeStaffFile(
  tx: Queryable,
  cipher: FieldCipher,
  file: UploadedFile,
  owner: FileOwner,
  options: { actor: Actor; confidential?: boolean },
): Promise<StoredFile> {
  const prepared = await prepareStaffFile(file, { confidential: options.confidential ?? false });
  return storePreparedFile(tx, cipher, prepared, owner, { actor: options.actor });
}

export interface StaffFileContent {
  fileName: string;
  mediaType: UploadType;
  bytes: Buffer;
  size: number;
  submissionId: number | null;
  caseId: number | null;
  confidential: boolean;
}

/** A file with its bytes opened; null when there is none. Whoever calls decides who may see it. */
export async function readStaffFile(db: Queryable, cipher: FieldCipher, id: number): Promise<StaffFileContent | null> {
  const row = await findStaffFile(db, id);
  if (!row) return null;
  return {
    fileName: row.fileName,
    mediaType: row.mediaType,
    bytes: cipher.openBytes(row.sealed, SEALED.fileBytes.context),
    size: row.size,
    submissionId: row.submissionId,
    caseId: row.caseId,
    confidential: row.confidential,
  };
}

export type StaffFileSummary = StaffFileRow;

/** What a file is and whose it is, without opening it: enough to decide who may. */
export function getStaffFileInfo(db: Queryable, id: number): Promise<StaffFileSummary | null> {
  return findStaffFileInfo(db, id);
}

/** The files of a submission or a case (no bytes, no text), oldest first. */
export function listStaffFiles(db: Queryable, owner: FileOwner): Promise<StaffFileSummary[]> {
  return listStaffFileRows(db, owner);
}

/**
 * The text of a file: the stored text, or for a confidential file the text read from its opened
 * bytes (never stored in clear). Null for images and files that could not be read.
 */
export async function readStaffFileText(db: Queryable, cipher: FieldCipher, id: number): Promise<string | null> {
  const row = await findStaffFile(db, id);
  if (!row) return null;
  if (!row.confidential) return staffFileText(db, id);
  if (!WORD_TYPES.has(row.mediaType)) return null;
  return (await readText(cipher.openBytes(row.sealed, SEALED.fileBytes.context), row.fileName)).text;
}
