/**
 * Setting an account's password: a person changing their own, an administrator resetting a
 * forgotten one. Both end the account's other sessions; the audit trail records only that the
 * password changed.
 */
import { CONFIDENTIAL_VALUE } from '../domain/audit-chain.js';
import { RapError } from '../domain/errors.js';
import { hashPassword, passwordProblem, verifyPassword } from '../security/password.js';
import { deleteOtherSessionsOf, deleteSessionsOf } from '../store/staff-sessions.repo.js';
import { setPasswordHash } from '../store/users.repo.js';
import { auditAccount, invalidInput, mustFindUser, type ChangeContext } from './accounts.js';
import { countFailure } from './sign-in.js';

/**
 * A person changes their own password: the current one is required (a wrong one counts as a
 * failed sign-in), the new one meets the policy, and every other session of the account ends.
 */
export async function changePassword(
  { db, actor, clock }: ChangeContext & { clock?: () => Date },
  userId: number,
  { current, next, keepSession }: { current: string; next: string; keepSession: string },
): Promise<void> {
  const user = await mustFindUser(db, userId);
  if (!(await verifyPassword(user.passwordHash, current))) {
    const now = clock?.() ?? new Date();
    const lock = await db.transaction(async (tx) => countFailure(tx, await mustFindUser(tx, userId, true), 'current password', now, undefined));
    throw new RapError('RAP_ERR_INVALID', lock ? 'The current password is not right. The account is now locked and signed out.' : 'The current password is not right.', { field: 'current' });
  }
  const problem = passwordProblem(next, user.email) ?? (next === current ? 'The new password must differ from the current one.' : null);
  if (problem) throw invalidInput({ field: 'password', message: problem });
  const passwordHash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await mustFindUser(tx, userId, true);
    await setPasswordHash(tx, userId, passwordHash);
    await deleteOtherSessionsOf(tx, userId, keepSession);
    await auditAccount(tx, actor, 'user.password-change', userId, { password: CONFIDENTIAL_VALUE }, { password: CONFIDENTIAL_VALUE });
  });
}

/** An administrator sets a new password (a forgotten one) and tells the person; the account is signed out everywhere. */
export async function resetPassword({ db, actor }: ChangeContext, userId: number, password: string): Promise<void> {
  const user = await mustFindUser(db, userId);
  const problem = passwordProblem(password, user.email);
  if (problem) throw invalidInput({ field: 'password', message: problem });
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await mustFindUser(tx, userId, true);
    await setPasswordHash(tx, userId, passwordHash);
    await deleteSessionsOf(tx, userId);
    await auditAccount(tx, actor, 'user.password-reset', userId, { password: CONFIDENTIAL_VALUE }, { password: CONFIDENTIAL_VALUE });
  });
}
