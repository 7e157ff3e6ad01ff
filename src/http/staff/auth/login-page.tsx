import { StaffLayout } from '../staff-layout.js';
import { ErrorSummary, FieldError, invalidAttrs, type FieldProblem } from './error-summary.js';

export interface LoginPageProps {
  csrf: string;
  /** Where to go once signed in (already checked). */
  next: string;
  /** The email typed before, shown again; never the password. */
  email?: string;
  problems?: FieldProblem[];
  notice?: string | undefined;
}

/** A time of day for messages such as "try again after 14:35 UTC". */
export const timeOfDay = (d: Date) => `${d.toISOString().slice(11, 16)} UTC`;

export function LoginPage({ csrf, next, email = '', problems = [], notice }: LoginPageProps) {
  return (
    <StaffLayout title="Sign in" staff={null} notice={notice}>
      <div class="auth-box">
        <h1>Sign in to the workspace</h1>
        <ErrorSummary problems={problems} />
        <form method="post" action="/staff/login" class="auth-form" novalidate>
          <input type="hidden" name="_csrf" value={csrf} />
          <input type="hidden" name="next" value={next} />
          <div class="field">
            <label for="email">Email address</label>
            <FieldError field="email" problems={problems} />
            <input id="email" name="email" type="email" autocomplete="username" required maxLength={254} value={email} {...invalidAttrs('email', problems)} />
          </div>
          <div class="field">
            <label for="password">Password</label>
            <FieldError field="password" problems={problems} />
            <input id="password" name="password" type="password" autocomplete="current-password" required maxLength={200} {...invalidAttrs('password', problems)} />
          </div>
          <button type="submit">Sign in</button>
        </form>
        <p class="hint">
          Forgotten your password, or lost the phone with your codes? An administrator can set a new password or reset your
          second factor.
        </p>
      </div>
    </StaffLayout>
  );
}
