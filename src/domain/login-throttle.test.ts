import { describe, expect, it } from 'vitest';
import { afterFailure, afterSuccess, LOCK_MS, lockedAt, MAX_FAILURES, type ThrottleState } from './login-throttle.js';

const t0 = new Date('2025-03-01T09:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('login throttle', () => {
  it('locks on the fifth failure in a row, for fifteen minutes', () => {
    let s: ThrottleState = afterSuccess();
    for (let i = 1; i < MAX_FAILURES; i++) {
      const next = afterFailure(s, at(i));
      expect(next).toMatchObject({ failedLogins: i, lockedUntil: null, lockedNow: false });
      s = next;
    }
    const fifth = afterFailure(s, at(5));
    expect(fifth.lockedNow).toBe(true);
    expect(fifth.lockedUntil).toEqual(at(5 + LOCK_MS));
    expect(LOCK_MS).toBe(15 * 60_000);
    expect(lockedAt(fifth, at(5 + LOCK_MS - 1))).toBe(true);
    expect(lockedAt(fifth, at(5 + LOCK_MS))).toBe(false);
  });

  it('starts a new count once a lock has run out, and forgets failures on success', () => {
    const locked = { failedLogins: 5, lockedUntil: at(0) };
    expect(afterFailure(locked, at(1))).toEqual({ failedLogins: 1, lockedUntil: null, lockedNow: false });
    expect(afterSuccess()).toEqual({ failedLogins: 0, lockedUntil: null });
  });
});
