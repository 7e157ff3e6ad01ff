import type { Enrolment } from '../../../services/second-factor.js';
import { StaffLayout } from '../staff-layout.js';
import type { StaffSession } from '../workspace.js';
import { EnrolmentSteps } from './enrolment.js';
import { ErrorSummary, FieldError, invalidAttrs, type FieldProblem } from './error-summary.js';

export interface SecondFactorPageProps {
  staff: StaffSession;
  next: string;
  /** Present when the account must set up its second factor before going further. */
  enrolment?: Enrolment;
  problems?: FieldProblem[];
}

/** The step after the password: a code from the app, or setting the app up the first time. */
export function SecondFactorPage({ staff, next, enrolment, problems = [] }: SecondFactorPageProps) {
  const hidden = { next };
  return (
    <StaffLayout title={enrolment ? 'Set up your second factor' : 'Enter your code'} staff={staff}>
      <div class="auth-box">
        {enrolment ? (
          <>
            <h1>Set up your second factor</h1>
            <p>
              Your account ({staff.email}) needs a code from an authenticator app as well as your password. Set it up once
              now; afterwards you type the app's current code each time you sign in.
            </p>
            <ErrorSummary problems={problems} />
            <EnrolmentSteps enrolment={enrolment} csrf={staff.csrfToken} action="/staff/second-factor" hidden={hidden} problems={problems} />
          </>
        ) : (
          <>
            <h1>Enter your code</h1>
            <ErrorSummary problems={problems} />
            <form method="post" action="/staff/second-factor" class="auth-form" novalidate>
              <input type="hidden" name="_csrf" value={staff.csrfToken} />
              <input type="hidden" name="next" value={next} />
              <div class="field">
                <label for="code">The 6-digit code your authenticator app shows for Rapporteur</label>
                <FieldError field="code" problems={problems} />
                <input id="code" name="code" type="text" inputMode="numeric" autocomplete="one-time-code" pattern="[0-9 ]*" maxLength={9} required {...invalidAttrs('code', problems)} />
              </div>
              <button type="submit">Continue</button>
            </form>
            <p class="hint">Lost your phone? Sign out and ask an administrator to reset your second factor.</p>
          </>
        )}
      </div>
    </StaffLayout>
  );
}
