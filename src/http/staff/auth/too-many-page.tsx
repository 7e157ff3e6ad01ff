import { StaffLayout } from '../staff-layout.js';

/** The answer to an address that has tried to sign in too often. */
export function TooManyAttemptsPage({ retryAfterSec }: { retryAfterSec: number }) {
  const minutes = Math.max(1, Math.ceil(retryAfterSec / 60));
  return (
    <StaffLayout title="Too many attempts" staff={null}>
      <div class="auth-box">
        <h1>Too many sign-in attempts</h1>
        <p role="alert">
          Too many attempts to sign in came from your network. Wait {minutes} {minutes === 1 ? 'minute' : 'minutes'}, then{' '}
          <a href="/staff/login">try again</a>.
        </p>
      </div>
    </StaffLayout>
  );
}
