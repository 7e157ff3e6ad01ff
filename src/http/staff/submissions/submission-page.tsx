import type { Gender } from '../../../domain/submission.js';
import { formatBytes } from '../../../extract/readers/format-bytes.js';
import type { SubmissionDetail } from '../../../services/intake.js';
import { StaffLayout } from '../staff-layout.js';
import type { StaffSession } from '../workspace.js';
import { consentText, fileUrl, FORM_LANGUAGE_NAMES, receivedAt, stateName, typeName } from './format.js';
import { listUrl } from './submissions-page.js';
import { RejectForm, TriageForm, type RejectState } from './triage-forms.js';

export interface SubmissionPageProps {
  staff: StaffSession;
  submission: SubmissionDetail;
  /** Whether this account may read the source; `submission.submitter` is null otherwise. */
  canSeeSource: boolean;
  /** The triage and reject forms, for an account that may triage a new submission. */
  triage: { openCases: Array<{ id: number; title: string }>; reject: RejectState } | null;
  notice?: string | undefined;
}

const GENDER: Record<Gender, string> = { female: 'Female', male: 'Male' };

/** A submission as received: the people, what happened, the files, the source if allowed, and what to do with it. */
export function SubmissionPage({ staff, submission: s, canSeeSource, triage, notice }: SubmissionPageProps) {
  const title = `Submission ${s.receiptCode}`;
  return (
    <StaffLayout title={title} staff={staff} notice={notice}>
      <p>
        <a href={listUrl(s.status)}>All {s.status} submissions</a>
      </p>
      <h1>{title}</h1>
      <dl class="facts">
        <dt>Received</dt>
        <dd>{receivedAt(s.receivedAt)}</dd>
        <dt>Language of the form</dt>
        <dd>{FORM_LANGUAGE_NAMES[s.language] ?? s.language}</dd>
        <dt>State</dt>
        <dd>
          {s.status === 'new' && 'New: not yet triaged'}
          {s.status === 'triaged' && (
            <>
              Triaged {s.triagedAt ? `on ${receivedAt(s.triagedAt)}` : ''}
              {s.caseId !== null && (
                <>
                  {' '}
                  into <a href={`/staff/cases/${s.caseId}`}>case #{s.caseId}</a>
                </>
              )}
            </>
          )}
          {s.status === 'rejected' && `Rejected${s.triagedAt ? ` on ${receivedAt(s.triagedAt)}` : ''}`}
        </dd>
        {s.status === 'rejected' && s.rejectionReason && (
          <>
            <dt>Reason</dt>
            <dd class="submission-text">{s.rejectionReason}</dd>
          </>
        )}
      </dl>

      <h2>Alleged victims</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Other spellings</th>
            <th scope="col">Gender</th>
            <th scope="col">Role or occupation</th>
            <th scope="col">Name may be given to the State</th>
            <th scope="col">Name may be made public</th>
          </tr>
        </thead>
        <tbody>
          {s.victims.map((v) => (
            <tr>
              <th scope="row">{v.name}</th>
              <td>{v.otherNames.join('; ') || '—'}</td>
              <td>{v.gender ? GENDER[v.gender] : 'Not given'}</td>
              <td>{v.role || '—'}</td>
              <td>{consentText(v.consentToState)}</td>
              <td>{consentText(v.consentPublic)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>What happened</h2>
      <dl class="facts">
        <dt>Where</dt>
        <dd>{s.place || '—'}</dd>
        <dt>Country</dt>
        <dd>{stateName(s.countryCode)}</dd>
        <dt>When</dt>
        <dd>{s.incidentDate ?? 'Not given'}</dd>
        <dt>Alleged perpetrators</dt>
        <dd class="submission-text">{s.perpetrators || '—'}</dd>
      </dl>
      <h3>In the sender’s words</h3>
      <div class="submission-text">{s.summary}</div>

      <h2>Attachments</h2>
      {s.files.length === 0 ? (
        <p>No files were sent.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Type (from its content)</th>
              <th scope="col" class="num">Size</th>
              <th scope="col">Text</th>
            </tr>
          </thead>
          <tbody>
            {s.files.map((f) => (
              <tr>
                <th scope="row">
                  <a href={fileUrl(f.id)}>{f.fileName}</a>
                </th>
                <td>{typeName(f.mediaType)}</td>
                <td class="num">{formatBytes(f.size)}</td>
                <td>{f.hasText ? 'text extracted, searchable' : (f.textNote ?? 'no text')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <section class="source-block" aria-labelledby="source-title">
        <h2 id="source-title">Source (confidential)</h2>
        {canSeeSource && s.submitter ? (
          <dl class="facts">
            <dt>Name</dt>
            <dd>{s.submitter.name || '—'}</dd>
            <dt>Organisation</dt>
            <dd>{s.submitter.organization || '—'}</dd>
            <dt>E-mail</dt>
            <dd>{s.submitter.email || '—'}</dd>
            <dt>Telephone</dt>
            <dd>{s.submitter.phone || '—'}</dd>
            <dt>Relation to the victims</dt>
            <dd class="submission-text">{s.submitter.relation || '—'}</dd>
          </dl>
        ) : (
          <p>The identity and contact details of the source are confidential: your role does not show them.</p>
        )}
      </section>

      {triage && s.status === 'new' && (
        <>
          <TriageForm staff={staff} submission={s} openCases={triage.openCases} />
          <RejectForm staff={staff} submissionId={s.id} state={triage.reject} />
        </>
      )}
    </StaffLayout>
  );
}
