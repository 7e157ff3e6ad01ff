/**
 * What an officer does with a new submission: triage it into a new or an existing case (the
 * route that receives this belongs to the case files), or reject it with a reason.
 */
import type { SubmissionDetail } from '../../../services/intake.js';
import { MAX_REJECTION_REASON } from '../../../services/intake.js';
import { CsrfField } from '../csrf-field.js';
import type { StaffSession } from '../workspace.js';

export interface RejectState {
  reason: string;
  error: string | null;
}

export const NO_REJECT_ERROR: RejectState = { reason: '', error: null };

/** The first victim's name and the place: a title the officer can keep or change. */
export function suggestedTitle(s: Pick<SubmissionDetail, 'victims' | 'place'>): string {
  return [s.victims[0]?.name, s.place].filter(Boolean).join(', ').slice(0, 200);
}

export function TriageForm({ staff, submission, openCases }: { staff: StaffSession; submission: SubmissionDetail; openCases: Array<{ id: number; title: string }> }) {
  return (
    <form class="staff-form" method="post" action={`/staff/submissions/${submission.id}/triage`}>
      <h2>Triage into a case</h2>
      <CsrfField token={staff.csrfToken} />
      <fieldset>
        <legend>Where does it go?</legend>
        <div class="choice">
          <input type="radio" id="triage-target-new" name="target" value="new" checked />
          <label for="triage-target-new">A new case</label>
        </div>
        <label for="triage-title">Title of the new case</label>
        <input id="triage-title" name="title" type="text" maxLength={200} value={suggestedTitle(submission)} />
        {openCases.length > 0 && (
          <>
            <div class="choice">
              <input type="radio" id="triage-target-existing" name="target" value="existing" />
              <label for="triage-target-existing">An existing open case</label>
            </div>
            <label for="triage-case">Case (the 50 most recently updated open cases)</label>
            <select id="triage-case" name="case_id">
              <option value="">Choose a case</option>
              {openCases.map((c) => (
                <option value={String(c.id)}>
                  #{c.id} {c.title}
                </option>
              ))}
            </select>
          </>
        )}
      </fieldset>
      <button type="submit">Triage</button>
    </form>
  );
}

export function RejectForm({ staff, submissionId, state }: { staff: StaffSession; submissionId: number; state: RejectState }) {
  return (
    <form class="staff-form" method="post" action={`/staff/submissions/${submissionId}/reject`}>
      <h2>Reject</h2>
      <CsrfField token={staff.csrfToken} />
      {state.error && (
        <div class="error-summary" role="alert">
          <p>
            <a href="#reject-reason">{state.error}</a>
          </p>
        </div>
      )}
      <label for="reject-reason">Why is it rejected? (kept in the history)</label>
      {state.error && (
        <p class="field-error" id="reject-reason-error">
          {state.error}
        </p>
      )}
      <textarea
        id="reject-reason"
        name="reason"
        rows={3}
        maxLength={MAX_REJECTION_REASON}
        required
        aria-invalid={state.error ? 'true' : undefined}
        aria-describedby={state.error ? 'reject-reason-error' : undefined}
      >
        {state.reason}
      </textarea>
      <button type="submit">Reject the submission</button>
    </form>
  );
}
