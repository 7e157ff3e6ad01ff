/**
 * The triage form of a submission, shown again on its own page when what was sent cannot be
 * done (no title, no case chosen, the submission already triaged): what is wrong, and the form.
 */
import { CsrfField } from '../csrf-field.js';
import { StaffLayout } from '../staff-layout.js';
import type { StaffSession } from '../workspace.js';
import { ErrorSummary, FieldError, fieldId, invalidAttrs, valueOf, type FormState } from '../components/form-state.js';

export const TRIAGE_FIELDS = ['target', 'case_id', 'title'] as const;

export interface TriagePageProps {
  staff: StaffSession;
  submissionId: number;
  openCases: Array<{ id: number; title: string }>;
  state: FormState;
  /** Set when the submission can no longer be triaged (already triaged or rejected): no form then. */
  closed: boolean;
}

export function TriagePage({ staff, submissionId, openCases, state, closed }: TriagePageProps) {
  const target = valueOf(state, 'target', 'new');
  const caseId = valueOf(state, 'case_id', '');
  return (
    <StaffLayout title="Triage a submission" staff={staff}>
      <ErrorSummary state={state} fields={closed ? [] : TRIAGE_FIELDS} />
      <h1>Triage submission #{submissionId}</h1>
      <p>
        <a href={`/staff/submissions/${submissionId}`}>Back to the submission</a>
      </p>
      {!closed && (
        <form method="post" action={`/staff/submissions/${submissionId}/triage`} id="triage" class="triage-form">
          <CsrfField token={staff.csrfToken} />
          <fieldset>
            <legend>Where does it go?</legend>
            <FieldError state={state} field="target" />
            <p>
              <input type="radio" id={fieldId('triage', 'target')} name="target" value="new" checked={target !== 'existing'} />
              <label for={fieldId('triage', 'target')}>A new case</label>
            </p>
            <p class="field">
              <label for={fieldId('triage', 'title')}>Title of the new case</label>
              <FieldError state={state} field="title" />
              <input id={fieldId('triage', 'title')} name="title" type="text" maxLength={200} value={valueOf(state, 'title', '')} {...invalidAttrs(state, 'title')} />
            </p>
            <p>
              <input type="radio" id={fieldId('triage', 'target-existing')} name="target" value="existing" checked={target === 'existing'} />
              <label for={fieldId('triage', 'target-existing')}>An existing open case</label>
            </p>
            <p class="field">
              <label for={fieldId('triage', 'case_id')}>Case</label>
              <FieldError state={state} field="case_id" />
              <select id={fieldId('triage', 'case_id')} name="case_id" {...invalidAttrs(state, 'case_id')}>
                <option value="">Choose a case</option>
                {openCases.map((c) => (
                  <option value={String(c.id)} selected={caseId === String(c.id)}>
                    #{c.id} {c.title}
                  </option>
                ))}
              </select>
            </p>
          </fieldset>
          <button type="submit">Triage</button>
        </form>
      )}
    </StaffLayout>
  );
}
