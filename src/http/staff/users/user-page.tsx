import type { AuditEntry } from '../../../domain/audit-chain.js';
import { mandateById } from '../../../reference-data/index.js';
import type { AccountView } from '../../../services/accounts.js';
import { ErrorSummary, FieldError, invalidAttrs, type FieldProblem } from '../auth/error-summary.js';
import { CsrfField } from '../csrf-field.js';
import { StaffLayout } from '../staff-layout.js';
import type { StaffSession } from '../workspace.js';
import { AccountHistory } from './account-history.js';
import { dateTime } from './format.js';
import { MandateChoices } from './mandate-choices.js';
import { RoleSelect } from './role-select.js';

export interface UserPageProps {
  staff: StaffSession;
  account: AccountView;
  history: AuditEntry[];
  problems?: FieldProblem[];
  notice?: string | undefined;
}

/** A form of one button that changes one thing. */
function ActionButton({ csrf, action, label, hint }: { csrf: string; action: string; label: string; hint: string }) {
  return (
    <form method="post" action={action} class="inline-form">
      <CsrfField token={csrf} />
      <button type="submit">{label}</button> <span class="hint">{hint}</span>
    </form>
  );
}

export function UserPage({ staff, account: a, history, problems = [], notice }: UserPageProps) {
  const base = `/staff/users/${a.id}`;
  const csrf = staff.csrfToken;
  return (
    <StaffLayout title={a.email} staff={staff} notice={notice}>
      <p>
        <a href="/staff/users">All accounts</a>
      </p>
      <h1>{a.displayName ? `${a.displayName} (${a.email})` : a.email}</h1>
      <ErrorSummary problems={problems} />
      <dl class="facts">
        <dt>Role</dt>
        <dd>{a.roleLabel}</dd>
        {a.role === 'mandate-holder' && (
          <>
            <dt>Mandates</dt>
            <dd>{a.mandates.length ? a.mandates.map((id) => mandateById(id)?.title ?? id).join('; ') : 'none'}</dd>
          </>
        )}
        <dt>Second factor</dt>
        <dd>{a.secondFactorEnrolled ? 'Set up' : 'None'}</dd>
        <dt>State</dt>
        <dd>
          {a.disabled ? 'Disabled' : 'Active'}
          {a.lockedUntil ? `, locked until ${dateTime(a.lockedUntil)}` : ''}
          {a.failedLogins > 0 && !a.lockedUntil ? `, ${a.failedLogins} failed attempts in a row` : ''}
        </dd>
        <dt>Last sign-in</dt>
        <dd>{dateTime(a.lastSignInAt)}</dd>
        <dt>Created</dt>
        <dd>{dateTime(a.createdAt)}</dd>
      </dl>

      <h2 id="role-heading">Role</h2>
      <form method="post" action={`${base}/role`} class="auth-form" aria-labelledby="role-heading">
        <CsrfField token={csrf} />
        <RoleSelect value={a.role} problems={problems} />
        <button type="submit">Change the role</button>
        <p class="hint">The account is signed out so that the new role applies at once.</p>
      </form>

      {a.role === 'mandate-holder' && (
        <>
          <h2 id="mandates-heading">Mandates</h2>
          <form method="post" action={`${base}/mandates`} class="auth-form" aria-labelledby="mandates-heading">
            <CsrfField token={csrf} />
            <input type="hidden" name="mandates" value="" />
            <MandateChoices chosen={a.mandates} problems={problems} />
            <button type="submit">Save the mandates</button>
          </form>
        </>
      )}

      <h2>Access</h2>
      {a.lockedUntil || a.failedLogins > 0 ? (
        <ActionButton csrf={csrf} action={`${base}/unlock`} label="Unlock" hint="Forgets the failed attempts; the person can sign in at once." />
      ) : null}
      {a.secondFactorEnrolled && (
        <ActionButton csrf={csrf} action={`${base}/reset-second-factor`} label="Reset the second factor" hint="For a lost phone: the person sets up a new one at their next sign-in." />
      )}
      {a.disabled ? (
        <ActionButton csrf={csrf} action={`${base}/enable`} label="Enable the account" hint="The person can sign in again." />
      ) : (
        <ActionButton csrf={csrf} action={`${base}/disable`} label="Disable the account" hint="Signs the person out and keeps them out; their records and history stay." />
      )}

      <h2 id="password-heading">Set a new password</h2>
      <form method="post" action={`${base}/password`} class="auth-form" aria-labelledby="password-heading" novalidate>
        <CsrfField token={csrf} />
        <div class="field">
          <label for="password">New password</label>
          <span class="hint">For a forgotten password. Tell it to the person by another channel; the account is signed out everywhere.</span>
          <FieldError field="password" problems={problems} />
          <input id="password" name="password" type="password" autocomplete="new-password" required maxLength={200} {...invalidAttrs('password', problems)} />
        </div>
        <button type="submit">Set the password</button>
      </form>

      <h2>History</h2>
      <AccountHistory entries={history} />
    </StaffLayout>
  );
}
