/**
 * A case file: what it is about, its people, timeline, documents, submissions and letters, and
 * its history; with the forms to change each for those who may. A form sent back with problems
 * keeps what was typed and says what is wrong, first at the top of the page, then at the field.
 */
import { can } from '../../../domain/permissions.js';
import { stateByCode } from '../../../reference-data/index.js';
import type { CaseFileView } from '../../../services/case-file-view.js';
import { HistoryList } from '../components/history-list.js';
import { CsrfField } from '../csrf-field.js';
import { CasePeopleSection } from '../people/case-people-section.js';
import { StaffLayout } from '../staff-layout.js';
import type { StaffSession } from '../workspace.js';
import { CaseFieldInputs, CASE_FIELDS } from './case-fields.js';
import { dateOnly } from './cases-page.js';
import { DocumentsSection, DOCUMENT_FIELDS } from './documents-section.js';
import { EVENT_FIELDS } from './event-form.js';
import { ErrorSummary, stateOf, type FormState } from '../components/form-state.js';
import { LettersSection, LETTER_FIELDS } from './letters-section.js';
import { TimelineSection } from './timeline-section.js';

export interface CasePageProps {
  staff: StaffSession;
  view: CaseFileView;
  /** The form sent back with its problems. */
  form?: FormState | undefined;
  notice?: string | undefined;
}

function fieldsOf(form: FormState | undefined): readonly string[] {
  if (!form) return [];
  if (form.form === 'case') return CASE_FIELDS;
  if (form.form === 'document') return DOCUMENT_FIELDS;
  if (form.form === 'letter') return LETTER_FIELDS;
  return EVENT_FIELDS;
}

function Submissions({ view }: { view: CaseFileView }) {
  return (
    <section aria-labelledby="submissions-title">
      <h2 id="submissions-title">Submissions</h2>
      {view.submissions.length === 0 ? (
        <p class="empty">No submission was triaged into this case.</p>
      ) : (
        <ul class="plain">
          {view.submissions.map((s) => (
            <li>
              <a href={`/staff/submissions/${s.id}`}>Submission {s.receiptCode}</a>{' '}
              <span class="muted">
                received {dateOnly(s.receivedAt)}
                {s.triagedAt && <>, triaged {dateOnly(s.triagedAt)}</>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function CasePage({ staff, view, form, notice }: CasePageProps) {
  const c = view.case;
  const canWrite = can(staff.role, 'case.write');
  const editState = stateOf(form, 'case');
  const country = c.countryCode ? (stateByCode(c.countryCode)?.name.en ?? c.countryCode) : null;
  return (
    <StaffLayout title={`Case #${c.id}: ${c.title}`} staff={staff} notice={notice}>
      <ErrorSummary state={form} fields={fieldsOf(form)} />
      <p class="breadcrumb">
        <a href="/staff/cases">Cases</a>
      </p>
      <h1>
        <span class="case-number">Case #{c.id}</span> {c.title}
      </h1>
      <dl class="facts">
        <dt>Status</dt>
        <dd>{c.status === 'open' ? 'Open' : 'Closed'}</dd>
        <dt>Country</dt>
        <dd>{country ? `${country} (${c.countryCode})` : 'Not set'}</dd>
        <dt>Opened</dt>
        <dd>{dateOnly(c.createdAt)}</dd>
        <dt>Last change</dt>
        <dd>{dateOnly(c.updatedAt)}</dd>
      </dl>
      {c.summary ? <p class="case-summary">{c.summary}</p> : <p class="empty">No summary yet.</p>}
      {canWrite && (
        <details class="edit-case" open={editState !== undefined}>
          <summary>Edit the case</summary>
          <form method="post" action={`/staff/cases/${c.id}`} id="case" class="case-form">
            <CsrfField token={staff.csrfToken} />
            <CaseFieldInputs form="case" state={editState} stored={c} withStatus={true} />
            <button type="submit">Save the case</button>
          </form>
        </details>
      )}

      <CasePeopleSection caseId={c.id} staff={staff} data={view.people} />
      <TimelineSection view={view} csrfToken={staff.csrfToken} canWrite={canWrite} form={form} />
      <DocumentsSection caseId={c.id} documents={view.documents} csrfToken={staff.csrfToken} canWrite={canWrite} form={form} />
      <Submissions view={view} />
      <LettersSection caseId={c.id} letters={view.letters} csrfToken={staff.csrfToken} canWrite={canWrite} form={form} />
      {can(staff.role, 'draft.write') && (
        <p>
          <a href={`/staff/cases/${c.id}/drafts/new`}>Start a letter from this case</a>
        </p>
      )}

      {can(staff.role, 'history.read') && (
        <section aria-labelledby="history-title">
          <h2 id="history-title">History</h2>
          <p class="hint">Every change to the case, newest first. Confidential values are shown as [confidential].</p>
          <HistoryList entries={view.history} />
        </section>
      )}
    </StaffLayout>
  );
}
