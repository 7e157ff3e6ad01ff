/**
 * Everything a case page shows: the case, its timeline, its documents and those of its
 * submissions, its letters, its people and its history. A confidential event or document is
 * shown whole only to someone who may read it.
 */
import type { AuditEntry } from '../domain/audit-chain.js';
import { sortTimeline, type EventDate } from '../domain/case-event.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { latestHistoryOf } from '../store/audit.repo.js';
import { listEventRows } from '../store/case-events.repo.js';
import { listCaseLetters, type CaseLetter } from '../store/case-letters.repo.js';
import { findCase, listCaseSubmissions, type CaseRow, type CaseSubmission } from '../store/cases.repo.js';
import type { Queryable } from '../store/database.js';
import { eventWords } from './case-event-columns.js';
import { loadCasePeople, type CasePeopleData } from './case-people-view.js';
import { listStaffFiles, type StaffFileSummary } from './staff-files.js';

export type EventSourceView =
  | { kind: 'none' }
  | { kind: 'note'; note: string }
  | { kind: 'submission'; id: number; receiptCode: string }
  | { kind: 'file'; id: number; fileName: string | null };

export interface TimelineEvent extends EventDate {
  id: number;
  confidential: boolean;
  /** A confidential event for someone who may not read it: only its date is shown. */
  hidden: boolean;
  description: string | null;
  place: string | null;
  source: EventSourceView;
}

export interface CaseDocument extends StaffFileSummary {
  /** The submission it came with; null for a document of the case itself. */
  fromSubmission: { id: number; receiptCode: string } | null;
  /** A confidential document for someone who may not read it: its name is not shown. */
  hidden: boolean;
}

export interface CaseFileView {
  case: CaseRow;
  events: TimelineEvent[];
  documents: CaseDocument[];
  submissions: CaseSubmission[];
  letters: CaseLetter[];
  people: CasePeopleData;
  /** Newest first. */
  history: AuditEntry[];
}

/**
 * Everything a case page shows. Confidential descriptions are opened only for someone who may
 * read them (`readConfidential`); for anyone else they are not in the result at all.
 */
export async function loadCaseFile(db: Queryable, cipher: FieldCipher, caseId: number, { readConfidential }: { readConfidential: boolean }): Promise<CaseFileView | null> {
  const found = await findCase(db, caseId);
  if (!found) return null;
  const submissions = await listCaseSubmissions(db, caseId);
  const documents: CaseDocument[] = [];
  const hide = (f: StaffFileSummary) => f.confidential && !readConfidential;
  for (const f of await listStaffFiles(db, { caseId })) documents.push({ ...f, fromSubmission: null, hidden: hide(f) });
  for (const s of submissions) {
    for (const f of await listStaffFiles(db, { submissionId: s.id })) documents.push({ ...f, fromSubmission: { id: s.id, receiptCode: s.receiptCode }, hidden: hide(f) });
  }
  const receipt = new Map(submissions.map((s) => [s.id, s.receiptCode]));
  const fileName = new Map(documents.map((d) => [d.id, d.hidden ? null : d.fileName]));

  const events = sortTimeline(
    (await listEventRows(db, caseId)).map((row): TimelineEvent => {
      const base = { id: row.id, date: row.eventDate, precision: row.precision, confidential: row.confidential };
      if (row.confidential && !readConfidential) return { ...base, hidden: true, description: null, place: null, source: { kind: 'none' } };
      const { description, place, note } = eventWords(cipher, row);
      const source: EventSourceView =
        row.sourceSubmissionId !== null ? { kind: 'submission', id: row.sourceSubmissionId, receiptCode: receipt.get(row.sourceSubmissionId) ?? `#${row.sourceSubmissionId}` }
        : row.sourceFileId !== null ? { kind: 'file', id: row.sourceFileId, fileName: fileName.get(row.sourceFileId) ?? null }
        : note !== null ? { kind: 'note', note }
        : { kind: 'none' };
      return { ...base, hidden: false, description, place, source };
    }),
  );

  const [letters, people, history] = await Promise.all([
    listCaseLetters(db, caseId),
    loadCasePeople(db, caseId),
    latestHistoryOf(db, 'case', String(caseId), 1_000),
  ]);
  return { case: found, events, documents, submissions, letters, people, history };
}
