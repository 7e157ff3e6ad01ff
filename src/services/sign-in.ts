/**
 * Signing in and out: the password step, the code step when the account has a second factor,
 * and the lockout count both steps share. Every attempt is written to the account's audit trail
 * with where it came from, when known.
 */
import { publicActor, userActor } from '../domain/actor.js';
import { afterFailure, lockedAt } from '../domain/login-throttle.js';
import { EMAIL_MAX, normalizeEmail, secondFactorStep } from '../domain/staff-account.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { verifyDummy, verifyPassword } from '../security/password.js';
import { SEALED } from '../security/sealed-columns.js';
import { checkTotp } from '../security/totp.js';
import type { Database, Queryable } from '../store/database.js';
import { deleteSession, deleteSessionsOf } from '../store/staff-sessions.repo.js';
import { findUserByEmail, recordSignIn, setThrottle, type UserRow } from '../store/users.repo.js';
import { accountView, auditAccount, mustFindUser, type AccountView } from './accounts.js';

export interface SignInContext {
  db: Database;
  cipher: FieldCipher;
  clock?: () => Date;
}

const nowOf = (ctx: { clock?: (() => Date) | undefined }) => ctx.clock?.() ?? new Date();

/** Where an attempt came from, when the caller knows (an address). */
const fromOf = (from: string | undefined) => (from ? { from } : {});

// ---------------------------------------------------------------- the lockout count

/** Counts a wrong password or code; returns the lock it caused, if it did. */
export async function countFailure(tx: Queryable, user: UserRow, why: string, now: Date, from: string | undefined): Promise<Date | null> {
  const next = afterFailure(user, now);
  await setThrottle(tx, user.id, next);
  const actor = publicActor('sign-in');
  await auditAccount(tx, actor, 'user.sign-in-failed', user.id, null, { reason: why, failedLogins: next.failedLogins, ...fromOf(from) });
  if (!next.lockedNow) return null;
  await auditAccount(tx, actor, 'user.locked', user.id, { lockedUntil: null }, { lockedUntil: next.lockedUntil!.toISOString(), ...fromOf(from) });
  // A locked account is signed out everywhere: whoever is guessing may hold a session.
  await deleteSessionsOf(tx, user.id);
  return next.lockedUntil;
}

/** Records a complete sign-in (which sets the failure count back to zero). */
export async function completeSignIn(tx: Queryable, user: UserRow, step: number | null, secondFactor: boolean, from: string | undefined) {
  await recordSignIn(tx, user.id, step);
  await auditAccount(tx, userActor(user.id, user.email), 'user.sign-in', user.id, null, { secondFactor, ...fromOf(from) });
}

// ---------------------------------------------------------------- the password step

export type SignInOutcome =
  | { ok: true; user: AccountView; secondFactor: 'none' | 'verify' | 'enrol' }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'locked'; until: Date }
  | { ok: false; reason: 'disabled' };

/**
 * The password step. The answer for an unknown email and for a wrong password is the same and
 * takes the same time; a locked account says until when; a disabled one says so only to whoever
 * knows its password. The failure count is not reset until the sign-in is complete (after the
 * code, when there is one), so that a known password does not buy more guesses at the code.
 */
export async function authenticate(
  ctx: { db: Database; clock?: () => Date; requireSecondFactor: boolean },
  { email, password, from }: { email: string; password: string; from?: string },
): Promise<SignInOutcome> {
  const now = nowOf(ctx);
  const address = normalizeEmail(email);
  const found = address.length <= EMAIL_MAX ? await findUserByEmail(ctx.db, address) : null;
  if (!found) {
    await verifyDummy(password);
    return { ok: false, reason: 'wrong' };
  }
  if (lockedAt(found, now)) return { ok: false, reason: 'locked', until: found.lockedUntil! };
  const good = await verifyPassword(found.passwordHash, password);
  return ctx.db.transaction(async (tx): Promise<SignInOutcome> => {
    const user = await mustFindUser(tx, found.id, true);
    if (lockedAt(user, now)) return { ok: false, reason: 'locked', until: user.lockedUntil! };
    if (!good) {
      const lock = await countFailure(tx, user, 'password', now, from);
      return lock ? { ok: false, reason: 'locked', until: lock } : { ok: false, reason: 'wrong' };
    }
    if (user.disabledAt) {
      await auditAccount(tx, publicActor('sign-in'), 'user.sign-in-failed', user.id, null, { reason: 'disabled', ...fromOf(from) });
      return { ok: false, reason: 'disabled' };
    }
    const secondFactor = secondFactorStep(user, ctx.requireSecondFactor);
    if (secondFactor === 'none') await completeSignIn(tx, user, null, false, from);
    return { ok: true, user: accountView(user, now), secondFactor };
  });
}

// ---------------------------------------------------------------- the code step

export type CodeOutcome =
  | { ok: true }
  | { ok: false; reason: 'malformed' | 'wrong' | 'replayed' | 'not-enrolled' }
  | { ok: false; reason: 'locked'; until: Date };

/** The code step of a sign-in: a wrong or replayed code counts as a failure like a wrong password. */
export async function verifySecondFactor(ctx: SignInContext, userId: number, code: string, { from }: { from?: string } = {}): Promise<CodeOutcome> {
  const now = nowOf(ctx);
  return ctx.db.transaction(async (tx): Promise<CodeOutcome> => {
    const user = await mustFindUser(tx, userId, true);
    if (lockedAt(user, now)) return { ok: false, reason: 'locked', until: user.lockedUntil! };
    if (!user.totpSecretSealed || user.disabledAt) return { ok: false, reason: 'not-enrolled' };
    const secret = ctx.cipher.open(user.totpSecretSealed, SEALED.totpSecret.context);
    const check = checkTotp(secret, code, { now: now.getTime(), lastStep: user.totpLastStep });
    if (check.ok) {
      await completeSignIn(tx, user, check.step, true, from);
      return { ok: true };
    }
    if (check.reason === 'malformed') return { ok: false, reason: 'malformed' };
    const lock = await countFailure(tx, user, check.reason === 'replayed' ? 'code used before' : 'code', now, from);
    return lock ? { ok: false, reason: 'locked', until: lock } : { ok: false, reason: check.reason };
  });
}

// ---------------------------------------------------------------- signing out

/** Ends a session, recorded as the account's sign-out. */
export async function signOut(db: Database, token: string, staff: { userId: number; email: string }): Promise<void> {
  await db.transaction(async (tx) => {
    await deleteSession(tx, token);
    await auditAccount(tx, userActor(staff.userId, staff.email), 'user.sign-out', staff.userId, null, null);
  });
}
