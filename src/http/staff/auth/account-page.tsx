import { mandateById } from '../../../reference-data/index.js';
import type { AccountView } from '../../../services/accounts.js';
import type { Enrolment } from '../../../services/second-factor.js';
import { CsrfField } from '../csrf-field.js';
import { StaffLayout } from '../staff-layout.js';
import type { StaffSession } from '../workspace.js';
import { EnrolmentSteps } from './enrolment.js';
import { ErrorSummary, FieldError, invalidAttrs, type FieldProblem } from './error-summary.js';

const dateTime = (d: Date | null) => (d ? `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'never');

export interface AccountPageProps {
  staff: StaffSession;
  account: AccountView;
  /** Whether this account's role must have a second factor. */
  secondFactorRequired: boolean;
  problems?: FieldProblem[];
  notice?: string | undefined;
}

/** Your own account: who you are to the workspace, your password and your second factor. */
export function AccountPage({ staff, account, secondFactorRequired, problems = [], notice }: AccountPageProps) {
  return (
    <StaffLayout title="Your account" staff={staff} notice={notice}>
      <h1>Your account</h1>
      <dl class="facts">
        <dt>Email</dt>
        <dd>{account.email}</dd>
        <dt>Name</dt>
        <dd>{account.displayName || '—'}</dd>
        <dt>Role</dt>
        <dd>{account.roleLabel}</dd>
        {account.role === 'mandate-holder' && (
          <>
            <dt>Mandates</dt>
            <dd>{account.mandates.length ? account.mandates.map((id) => mandateById(id)?.title ?? id).join('; ') : 'none yet'}</dd>
          </>
        )}
        <dt>Last sign-in</dt>
        <dd>{dateTime(account.lastSignInAt)}</dd>
      </dl>

      <h2 id="password-heading">Change your password</h2>
      <ErrorSummary problems={problems} />
      <form method="post" action="/staff/account/password" class="auth-form" aria-labelledby="password-heading" novalidate>
        <CsrfField token={staff.csrfToken} />
        <div class="field">
          <label for="current">Current password</label>
          <FieldError field="current" problems={problems} />
          <input id="current" name="current" type="password" autocomplete="current-password" required maxLength={200} {...invalidAttrs('current', problems)} />
        </div>
        <div class="field">
          <label for="password">New password</label>
          <span class="hint" id="password-hint">At least 12 characters. A few unrelated words make a good one.</span>
          <FieldError field="password" problems={problems} />
          <input id="password" name="password" type="password" autocomplete="new-password" required minLength={12} maxLength={200} {...invalidAttrs('password', problems)} />
        </div>
        <div class="field">
          <label for="confirm">New password again</label>
          <FieldError field="confirm" problems={problems} />
          <input id="confirm" name="confirm" type="password" autocomplete="new-password" required maxLength={200} {...invalidAttrs('confirm', problems)} />
        </div>
        <button type="submit">Change password</button>
        <p class="hint">Your other sessions (other browsers, other computers) are signed out.</p>
      </form>

      <h2>Second factor</h2>
      {account.secondFactorEnrolled ? (
        <p>An authenticator app gives you a code at each sign-in.</p>
      ) : (
        <p>{secondFactorRequired ? 'Your role requires a second factor.' : 'Your role does not require a second factor, but it protects your account if your password leaks.'}</p>
      )}
      <p>
        <a href="/staff/account/second-factor">{account.secondFactorEnrolled ? 'Move it to another app or phone' : 'Set up a second factor'}</a>
      </p>
    </StaffLayout>
  );
}

export interface AccountEnrolPageProps {
  staff: StaffSession;
  enrolment: Enrolment;
  replacing: boolean;
  problems?: FieldProblem[];
}

export function AccountEnrolPage({ staff, enrolment, replacing, problems = [] }: AccountEnrolPageProps) {
  const title = replacing ? 'Move your second factor' : 'Set up a second factor';
  return (
    <StaffLayout title={title} staff={staff}>
      <h1>{title}</h1>
      {replacing && <p>Your current app keeps working until you confirm a code of the new one here.</p>}
      <ErrorSummary problems={problems} />
      <EnrolmentSteps enrolment={enrolment} csrf={staff.csrfToken} action="/staff/account/second-factor" problems={problems} />
      <p>
        <a href="/staff/account">Back to your account</a>
      </p>
    </StaffLayout>
  );
}
