/**
 * An account's second factor (TOTP): setting one up or replacing it, confirmed with a code it
 * makes, and an administrator removing it. Secrets are sealed and never written to the audit
 * trail, only that they changed. Checking a code at sign-in is in sign-in.ts.
 */
import { CONFIDENTIAL_VALUE } from '../domain/audit-chain.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { SEALED } from '../security/sealed-columns.js';
import { checkTotp, newTotpSecret, totpUri } from '../security/totp.js';
import { deleteSessionsOf } from '../store/staff-sessions.repo.js';
import { setPendingTotp, setTotp } from '../store/users.repo.js';
import { auditAccount, mustFindUser, type ChangeContext } from './accounts.js';
import { completeSignIn } from './sign-in.js';

/** Where a second factor being set up is sealed (not yet in SEALED: it only lives until confirmed). */
export const PENDING_TOTP_CONTEXT = SEALED.totpPending.context;

export interface Enrolment {
  /** Base32, for typing into an app. */
  secret: string;
  /** The `otpauth://` address of the QR code. */
  uri: string;
}

/**
 * The secret to set up (or replace) a second factor with: the one already shown if there is one
 * (reloading the page must not change the secret the person has just scanned), a new one if
 * `fresh` or if the shown one cannot be opened any more. The factor in force, if any, stays
 * until a code of the new secret is confirmed.
 */
export async function startTotpEnrolment({ db, cipher, actor }: ChangeContext & { cipher: FieldCipher }, userId: number, { fresh = false } = {}): Promise<Enrolment> {
  return db.transaction(async (tx) => {
    const user = await mustFindUser(tx, userId, true);
    let secret: string | null = null;
    if (user.totpPendingSealed && !fresh) {
      try {
        secret = cipher.open(user.totpPendingSealed, PENDING_TOTP_CONTEXT);
      } catch {
        secret = null; // sealed with a key no longer in the keyring: start again
      }
    }
    if (!secret) {
      secret = newTotpSecret();
      await setPendingTotp(tx, user.id, cipher.seal(secret, PENDING_TOTP_CONTEXT));
      await auditAccount(tx, actor, 'user.second-factor-setup', user.id, null, { pendingSecondFactor: CONFIDENTIAL_VALUE });
    }
    return { secret, uri: totpUri(secret, user.email) };
  });
}

export type EnrolOutcome = { ok: true } | { ok: false; reason: 'malformed' | 'wrong' | 'no-pending' };

/**
 * Confirms the second factor being set up with a code it makes; it replaces the one in force.
 * With `signIn`, the same code also completes the sign-in under way.
 */
export async function confirmTotpEnrolment(
  { db, cipher, actor, clock }: ChangeContext & { cipher: FieldCipher; clock?: () => Date },
  userId: number,
  code: string,
  { signIn }: { signIn?: { from?: string } } = {},
): Promise<EnrolOutcome> {
  const now = clock?.() ?? new Date();
  return db.transaction(async (tx): Promise<EnrolOutcome> => {
    const user = await mustFindUser(tx, userId, true);
    if (!user.totpPendingSealed) return { ok: false, reason: 'no-pending' };
    let secret: string;
    try {
      secret = cipher.open(user.totpPendingSealed, PENDING_TOTP_CONTEXT);
    } catch {
      return { ok: false, reason: 'no-pending' };
    }
    const check = checkTotp(secret, code, { now: now.getTime() });
    if (!check.ok) return { ok: false, reason: check.reason === 'malformed' ? 'malformed' : 'wrong' };
    // The confirming code's step is spent: it cannot sign in again.
    await setTotp(tx, user.id, cipher.seal(secret, SEALED.totpSecret.context), check.step);
    await auditAccount(tx, actor, 'user.second-factor-enrolled', user.id,
      { secondFactorEnrolled: user.totpSecretSealed !== null },
      { secondFactorEnrolled: true, secondFactor: CONFIDENTIAL_VALUE });
    if (signIn) await completeSignIn(tx, user, check.step, true, signIn.from);
    return { ok: true };
  });
}

/** Removes an account's second factor (a lost phone); it sets one up again at its next sign-in. */
export async function resetSecondFactor({ db, actor }: ChangeContext, userId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await mustFindUser(tx, userId, true);
    await setTotp(tx, user.id, null, null);
    await deleteSessionsOf(tx, user.id);
    await auditAccount(tx, actor, 'user.second-factor-reset', user.id,
      { secondFactorEnrolled: user.totpSecretSealed !== null }, { secondFactorEnrolled: false });
  });
}
