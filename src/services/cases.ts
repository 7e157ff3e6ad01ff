/**
 * A case file itself: creating and editing it, the list of cases, its documents and the letters
 * that concern it. Each change runs in the caller's transaction (uploads open their own) and
 * appends its audit entry there, under the case itself. Its events are in `case-events.ts`,
 * triage in `case-triage.ts` and what its page shows in `case-file-view.ts`.
 */
import type { Actor } from '../domain/actor.js';
import { CONFIDENTIAL_VALUE } from '../domain/audit-chain.js';
import { caseAuditEntry, checkCaseFields, type CaseFields, type CaseInput, type CaseStatus } from '../domain/case.js';
import { cleanText } from '../domain/case-event.js';
import { RapError } from '../domain/errors.js';
import { InvalidInput, notFound, unwrap } from '../domain/form-failures.js';
import { isUserAssignedCode, stateByCode } from '../reference-data/index.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { appendAudit } from '../store/audit.repo.js';
import { deleteCaseLetter, findLetterByKey, insertCaseLetter } from '../store/case-letters.repo.js';
import { findCase, insertCase, listCaseRows, touchCase, updateCaseRow, type CaseListItem } from '../store/cases.repo.js';
import type { Database, Queryable } from '../store/database.js';
import { referenceKey } from './reference-key.js';
import { prepareStaffFile, storePreparedFile, type StoredFile, type UploadedFile } from './staff-files.js';

/** Whether a case may name a country code: a State of the reference data, or a user-assigned code. */
export const isCaseCountry = (code: string): boolean => Boolean(stateByCode(code) || isUserAssignedCode(code));

const caseValues = (c: CaseFields) => ({ title: c.title, summary: c.summary, status: c.status, countryCode: c.countryCode });

export async function createCase(tx: Queryable, input: CaseInput, actor: Actor): Promise<number> {
  const fields = unwrap(checkCaseFields({ ...input, status: 'open' }, { isCountry: isCaseCountry }));
  const id = await insertCase(tx, { ...fields, createdBy: actor.userId });
  await appendAudit(tx, caseAuditEntry(actor, 'case.create', id, null, caseValues(fields)));
  return id;
}

/** Edits a case; the trail keeps the fields that changed, before and after. Nothing changes, nothing is written. */
export async function updateCase(tx: Queryable, caseId: number, input: CaseInput, actor: Actor): Promise<void> {
  const current = await findCase(tx, caseId, { lock: true });
  if (!current) throw notFound(`there is no case #${caseId}`);
  const next = unwrap(checkCaseFields(input, { isCountry: isCaseCountry }));
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const was = caseValues(current);
  for (const [key, value] of Object.entries(caseValues(next))) {
    if (was[key as keyof typeof was] !== value) {
      before[key] = was[key as keyof typeof was];
      after[key] = value;
    }
  }
  if (Object.keys(after).length === 0) return;
  await updateCaseRow(tx, caseId, next);
  await appendAudit(tx, caseAuditEntry(actor, 'case.update', caseId, before, after));
}

export const CASES_PAGE_SIZE = 25;

export function listCases(db: Queryable, { status, title, page }: { status: CaseStatus | null; title: string | null; page: number }): Promise<{ total: number; cases: CaseListItem[] }> {
  return listCaseRows(db, { status, title, limit: CASES_PAGE_SIZE, offset: (page - 1) * CASES_PAGE_SIZE });
}

// ---------------------------------------------------------------------------------------------
// Documents

/**
 * Adds a document to a case. The file is checked and read before the transaction (reading a
 * PDF takes time); a file of the wrong kind or size is refused with a RapError naming it, and
 * nothing is written.
 */
export async function uploadCaseDocument(
  db: Database,
  cipher: FieldCipher,
  caseId: number,
  file: UploadedFile,
  { confidential = false }: { confidential?: boolean },
  actor: Actor,
): Promise<StoredFile> {
  const prepared = await prepareStaffFile(file, { confidential });
  return db.transaction(async (tx) => {
    if (!(await findCase(tx, caseId, { lock: true }))) throw notFound(`there is no case #${caseId}`);
    const stored = await storePreparedFile(tx, cipher, prepared, { caseId }, { actor });
    await touchCase(tx, caseId);
    await appendAudit(tx, caseAuditEntry(actor, 'case.document.add', caseId, null, {
      fileId: stored.id,
      name: confidential ? CONFIDENTIAL_VALUE : stored.fileName,
      type: stored.mediaType,
      size: stored.size,
      confidential,
    }));
    return stored;
  });
}

// ---------------------------------------------------------------------------------------------
// Letters

/** Links a stored letter (published or not) to a case by its reference, as people type it. */
export async function linkLetter(tx: Queryable, caseId: number, referenceText: string, actor: Actor): Promise<{ communicationId: number; reference: string }> {
  const typed = cleanText(referenceText).replace(/\s+/g, ' ');
  if (!typed) throw new InvalidInput({ reference: 'Give the reference of the letter, for example AL XAA 1/2024.' });
  const key = typed.length <= 100 ? referenceKey(typed) : null;
  if (!key) throw new InvalidInput({ reference: `“${typed.slice(0, 100)}” is not a reference of the form TYPE CODE n/YYYY (for example AL XAA 1/2024).` });
  const letter = await findLetterByKey(tx, key.key);
  if (!letter) throw new InvalidInput({ reference: `No letter ${key.text} is stored. Check the reference, or import the letter first.` });
  if (letter.status === 'placeholder') throw new InvalidInput({ reference: `${letter.referenceText} is only cited by other letters; the letter itself is not stored yet.` });
  if (!(await findCase(tx, caseId, { lock: true }))) throw notFound(`there is no case #${caseId}`);
  if (!(await insertCaseLetter(tx, caseId, letter.id, actor.userId))) {
    throw new RapError('RAP_ERR_CONFLICT', `${letter.referenceText} is already linked to this case`, { field: 'reference' });
  }
  await touchCase(tx, caseId);
  await appendAudit(tx, caseAuditEntry(actor, 'case.letter.link', caseId, null, { communicationId: letter.id, reference: letter.referenceText }));
  return { communicationId: letter.id, reference: letter.referenceText };
}

export async function unlinkLetter(tx: Queryable, caseId: number, communicationId: number, actor: Actor): Promise<void> {
  if (!(await findCase(tx, caseId, { lock: true }))) throw notFound(`there is no case #${caseId}`);
  const reference = await deleteCaseLetter(tx, caseId, communicationId);
  if (reference === null) throw notFound(`letter #${communicationId} is not linked to case #${caseId}`);
  await touchCase(tx, caseId);
  await appendAudit(tx, caseAuditEntry(actor, 'case.letter.unlink', caseId, { communicationId, reference }, null));
}
