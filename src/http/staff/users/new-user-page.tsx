import { CsrfField } from '../csrf-field.js';
import { ErrorSummary, FieldError, invalidAttrs, type FieldProblem } from '../auth/error-summary.js';
import { StaffLayout } from '../staff-layout.js';
import type { StaffSession } from '../workspace.js';
import { MandateChoices } from './mandate-choices.js';
import { RoleSelect } from './role-select.js';

export interface NewUserValues {
  email: string;
  displayName: string;
  role: string;
  mandates: string[];
}

export function NewUserPage({ staff, values, problems = [] }: { staff: StaffSession; values: NewUserValues; problems?: FieldProblem[] }) {
  return (
    <StaffLayout title="Create an account" staff={staff}>
      <h1>Create an account</h1>
      <ErrorSummary problems={problems} />
      <form method="post" action="/staff/users/new" class="auth-form" novalidate>
        <CsrfField token={staff.csrfToken} />
        <div class="field">
          <label for="email">Email address</label>
          <FieldError field="email" problems={problems} />
          <input id="email" name="email" type="email" autocomplete="off" required maxLength={254} value={values.email} {...invalidAttrs('email', problems)} />
        </div>
        <div class="field">
          <label for="displayName">Name</label>
          <FieldError field="displayName" problems={problems} />
          <input id="displayName" name="displayName" type="text" autocomplete="off" maxLength={200} value={values.displayName} {...invalidAttrs('displayName', problems)} />
        </div>
        <RoleSelect value={values.role} problems={problems} />
        <details open={values.role === 'mandate-holder' || problems.some((p) => p.field === 'mandates')}>
          <summary>Mandates (for a mandate holder)</summary>
          <MandateChoices chosen={values.mandates} problems={problems} />
        </details>
        <div class="field">
          <label for="password">First password</label>
          <span class="hint">At least 12 characters. Tell it to the person by another channel than the email; they can change it under “Your account”.</span>
          <FieldError field="password" problems={problems} />
          <input id="password" name="password" type="password" autocomplete="new-password" required maxLength={200} {...invalidAttrs('password', problems)} />
        </div>
        <button type="submit">Create the account</button>
      </form>
    </StaffLayout>
  );
}
