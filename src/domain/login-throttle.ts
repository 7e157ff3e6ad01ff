/**
 * Account lockout: after MAX_FAILURES wrong passwords or codes in a row an account is locked for
 * LOCK_MS, whoever tries; a complete sign-in sets the count back to zero. A lock that has run
 * out starts a new count. Kept in the database (unlike the per-address rate limit), so it holds
 * across server processes.
 */
export const MAX_FAILURES = 5;
export const LOCK_MS = 15 * 60_000;

export interface ThrottleState {
  failedLogins: number;
  lockedUntil: Date | null;
}

export function lockedAt(state: ThrottleState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more failure, and whether it is the one that locks the account. */
export function afterFailure(state: ThrottleState, now: Date): ThrottleState & { lockedNow: boolean } {
  const expired = state.lockedUntil !== null && !lockedAt(state, now);
  const failedLogins = (expired ? 0 : state.failedLogins) + 1;
  if (failedLogins >= MAX_FAILURES) return { failedLogins, lockedUntil: new Date(now.getTime() + LOCK_MS), lockedNow: !lockedAt(state, now) };
  return { failedLogins, lockedUntil: expired ? null : state.lockedUntil, lockedNow: false };
}

export function afterSuccess(): ThrottleState {
  return { failedLogins: 0, lockedUntil: null };
}
