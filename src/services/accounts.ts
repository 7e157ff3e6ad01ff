/**
 * Staff accounts: creating them, signing in (password, lockout, second factor), and what an
 * administrator changes (role, mandates, disabling, unlocking, resetting a second factor or a
 * password). Every change and every sign-in attempt on an account is written to the audit trail
 * in the transaction that makes it; hashes and secrets never are, only that they changed.
 */
import { CONFIDENTIAL_VALUE, type AuditEntry, type AuditValue } from '../domain/audit-chain.js';
import type { Actor } from '../domain/actor.js';
import { publicActor, userActor } from '../domain/actor.js';
import { RapError } from '../domain/errors.js';
import { afterFailure, lockedAt } from '../domain/login-throttle.js';
import { isRole, ROLE_LABELS, ROLES, SECOND_FACTOR_ROLES, type Role } from '../domain/permissions.js';
import { mandateById } from '../reference-data/index.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { hashPassword, passwordProblem, verifyDummy, verifyPassword } from '../security/password.js';
import { SEALED } from '../security/sealed-columns.js';
import { checkTotp, newTotpSecret, totpUri } from '../security/totp.js';
import { appendAudit } from '../store/audit.repo.js';
import type { Database, Queryable } from '../store/database.js';
import { deleteOtherSessionsOf, deleteSession, deleteSessionsOf } from '../store/staff-sessions.repo.js';
import {
  findUserByEmail, findUserById, insertUser, latestAccountHistory, listUsers, lockActiveAdmins, lockUser, recordSignIn, replaceMandates,
  setDisabled, setPasswordHash, setPendingTotp, setRole, setThrottle, setTotp, type UserRow,
} from '../store/users.repo.js';

/** Where a second factor being set up is sealed (not yet in SEALED: it only lives until confirmed). */
export const PENDING_TOTP_CONTEXT = SEALED.totpPending.context;

const EMAIL_MAX = 254;
const NAME_MAX = 200;
const EMAIL = /^[^\s@<>()",;:\\]+@[^\s@<>()",;:\\]+\.[^\s@<>()",;:\\]+$/;

export interface ChangeContext {
  db: Database;
  actor: Actor;
}

export interface SignInContext {
  db: Database;
  cipher: FieldCipher;
  clock?: () => Date;
}

const nowOf = (ctx: { clock?: (() => Date) | undefined }) => ctx.clock?.() ?? new Date();

// ---------------------------------------------------------------- input rules

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export interface NewAccount {
  email: string;
  displayName?: string;
  role: string;
  password: string;
  mandates?: string[];
}

export interface InputProblem {
  field: string;
  message: string;
}

function mandateProblem(role: string, ids: string[]): string | null {
  if (ids.length > 0 && role !== 'mandate-holder') return 'Only a mandate holder acts for mandates.';
  const unknown = ids.filter((id) => !mandateById(id));
  return unknown.length ? `Not a mandate of the registry: ${unknown.slice(0, 3).join(', ')}.` : null;
}

/** Every problem of a new account's input, each with the field it belongs to. */
export function newAccountProblems(input: NewAccount): InputProblem[] {
  const problems: InputProblem[] = [];
  const email = normalizeEmail(input.email);
  if (!email) problems.push({ field: 'email', message: 'Enter the email address.' });
  else if (email.length > EMAIL_MAX || !EMAIL.test(email)) problems.push({ field: 'email', message: 'Enter an email address like name@example.org.' });
  if ((input.displayName ?? '').trim().length > NAME_MAX) problems.push({ field: 'displayName', message: `The name must be at most ${NAME_MAX} characters.` });
  if (!isRole(input.role)) problems.push({ field: 'role', message: `Choose a role: ${ROLES.join(', ')}.` });
  const mandates = mandateProblem(input.role, input.mandates ?? []);
  if (mandates) problems.push({ field: 'mandates', message: mandates });
  const password = passwordProblem(input.password, email);
  if (password) problems.push({ field: 'password', message: password });
  return problems;
}

const invalid = (p: InputProblem) => new RapError('RAP_ERR_INVALID', p.message, { field: p.field });

/** Whether the account must give a TOTP code after its password, set one up first, or neither. */
export function secondFactorStep(user: Pick<UserRow, 'role' | 'totpSecretSealed'>, requireSecondFactor: boolean): 'none' | 'verify' | 'enrol' {
  if (user.totpSecretSealed) return 'verify';
  return requireSecondFactor && SECOND_FACTOR_ROLES.has(user.role) ? 'enrol' : 'none';
}

// ---------------------------------------------------------------- what pages show

/** An account as shown to people: no hash, no secret. */
export interface AccountView {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  mandates: string[];
  secondFactorEnrolled: boolean;
  /** Set while the account is locked. */
  lockedUntil: Date | null;
  failedLogins: number;
  disabled: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
}

export function accountView(u: UserRow, now: Date = new Date()): AccountView {
  return {
    id: u.id, email: u.email, displayName: u.displayName, role: u.role, roleLabel: ROLE_LABELS[u.role], mandates: u.mandates,
    secondFactorEnrolled: u.totpSecretSealed !== null, lockedUntil: lockedAt(u, now) ? u.lockedUntil : null,
    failedLogins: u.failedLogins, disabled: u.disabledAt !== null, lastSignInAt: u.lastSignInAt, createdAt: u.createdAt,
  };
}

export async function listAccounts(db: Queryable): Promise<AccountView[]> {
  const now = new Date();
  return (await listUsers(db)).map((u) => accountView(u, now));
}

export async function accountById(db: Queryable, id: number): Promise<AccountView> {
  return accountView(await mustFind(db, id));
}

/** The account of an email (commands name accounts by email). */
export async function accountByEmail(db: Queryable, email: string): Promise<AccountView> {
  const u = await findUserByEmail(db, normalizeEmail(email));
  if (!u) throw new RapError('RAP_ERR_NOT_FOUND', `no account has the email ${normalizeEmail(email).slice(0, EMAIL_MAX)}`, { field: 'email' });
  return accountView(u);
}

/** The account's latest history: changes and sign-in events, newest first. */
export function accountHistory(db: Queryable, id: number, limit = 100): Promise<AuditEntry[]> {
  return latestAccountHistory(db, id, limit);
}

async function mustFind(db: Queryable, id: number, lock = false): Promise<UserRow> {
  const u = lock ? await lockUser(db, id) : await findUserById(db, id);
  if (!u) throw new RapError('RAP_ERR_NOT_FOUND', `no account ${id}`);
  return u;
}

// ---------------------------------------------------------------- the audit trail

function audit(tx: Queryable, actor: Actor, action: string, userId: number, before: AuditValue, after: AuditValue) {
  return appendAudit(tx, { actorId: actor.userId, actor: actor.label, action, entity: 'user', entityId: String(userId), before, after });
}

/** Where an attempt came from, when the caller knows (an address). */
const fromOf = (from: string | undefined) => (from ? { from } : {});

// ---------------------------------------------------------------- creating accounts

export async function createUser({ db, actor }: ChangeContext, input: NewAccount): Promise<AccountView> {
  const first = newAccountProblems(input)[0];
  if (first) throw invalid(first);
  const email = normalizeEmail(input.email);
  const mandates = [...new Set(input.mandates ?? [])].sort();
  const role = input.role as Role;
  const displayName = (input.displayName ?? '').trim();
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (await findUserByEmail(tx, email)) throw new RapError('RAP_ERR_CONFLICT', `an account with the email ${email} already exists`, { field: 'email' });
    const id = await insertUser(tx, { email, displayName, role, passwordHash, mandates });
    await audit(tx, actor, 'user.create', id, null, {
      email, displayName, role, mandates, password: CONFIDENTIAL_VALUE, secondFactorEnrolled: false, disabled: false,
    });
    return accountView(await mustFind(tx, id));
  });
}

// ---------------------------------------------------------------- signing in

export type SignInOutcome =
  | { ok: true; user: AccountView; secondFactor: 'none' | 'verify' | 'enrol' }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'locked'; until: Date }
  | { ok: false; reason: 'disabled' };

/** Counts a wrong password or code; returns the lock it caused, if it did. */
async function countFailure(tx: Queryable, user: UserRow, why: string, now: Date, from: string | undefined): Promise<Date | null> {
  const next = afterFailure(user, now);
  await setThrottle(tx, user.id, next);
  const actor = publicActor('sign-in');
  await audit(tx, actor, 'user.sign-in-failed', user.id, null, { reason: why, failedLogins: next.failedLogins, ...fromOf(from) });
  if (!next.lockedNow) return null;
  await audit(tx, actor, 'user.locked', user.id, { lockedUntil: null }, { lockedUntil: next.lockedUntil!.toISOString(), ...fromOf(from) });
  // A locked account is signed out everywhere: whoever is guessing may hold a session.
  await deleteSessionsOf(tx, user.id);
  return next.lockedUntil;
}

async function completeSignIn(tx: Queryable, user: UserRow, step: number | null, secondFactor: boolean, from: string | undefined) {
  await recordSignIn(tx, user.id, step);
  await audit(tx, userActor(user.id, user.email), 'user.sign-in', user.id, null, { secondFactor, ...fromOf(from) });
}

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
    const user = await mustFind(tx, found.id, true);
    if (lockedAt(user, now)) return { ok: false, reason: 'locked', until: user.lockedUntil! };
    if (!good) {
      const lock = await countFailure(tx, user, 'password', now, from);
      return lock ? { ok: false, reason: 'locked', until: lock } : { ok: false, reason: 'wrong' };
    }
    if (user.disabledAt) {
      await audit(tx, publicActor('sign-in'), 'user.sign-in-failed', user.id, null, { reason: 'disabled', ...fromOf(from) });
      return { ok: false, reason: 'disabled' };
    }
    const secondFactor = secondFactorStep(user, ctx.requireSecondFactor);
    if (secondFactor === 'none') await completeSignIn(tx, user, null, false, from);
    return { ok: true, user: accountView(user, now), secondFactor };
  });
}

export type CodeOutcome =
  | { ok: true }
  | { ok: false; reason: 'malformed' | 'wrong' | 'replayed' | 'not-enrolled' }
  | { ok: false; reason: 'locked'; until: Date };

/** The code step of a sign-in: a wrong or replayed code counts as a failure like a wrong password. */
export async function verifySecondFactor(ctx: SignInContext, userId: number, code: string, { from }: { from?: string } = {}): Promise<CodeOutcome> {
  const now = nowOf(ctx);
  return ctx.db.transaction(async (tx): Promise<CodeOutcome> => {
    const user = await mustFind(tx, userId, true);
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

/** Ends a session, recorded as the account's sign-out. */
export async function signOut(db: Database, token: string, staff: { userId: number; email: string }): Promise<void> {
  await db.transaction(async (tx) => {
    await deleteSession(tx, token);
    await audit(tx, userActor(staff.userId, staff.email), 'user.sign-out', staff.userId, null, null);
  });
}

// ---------------------------------------------------------------- the second factor

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
    const user = await mustFind(tx, userId, true);
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
      await audit(tx, actor, 'user.second-factor-setup', user.id, null, { pendingSecondFactor: CONFIDENTIAL_VALUE });
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
    const user = await mustFind(tx, userId, true);
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
    await audit(tx, actor, 'user.second-factor-enrolled', user.id,
      { secondFactorEnrolled: user.totpSecretSealed !== null },
      { secondFactorEnrolled: true, secondFactor: CONFIDENTIAL_VALUE });
    if (signIn) await completeSignIn(tx, user, check.step, true, signIn.from);
    return { ok: true };
  });
}

/** Removes an account's second factor (a lost phone); it sets one up again at its next sign-in. */
export async function resetSecondFactor({ db, actor }: ChangeContext, userId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await mustFind(tx, userId, true);
    await setTotp(tx, user.id, null, null);
    await deleteSessionsOf(tx, user.id);
    await audit(tx, actor, 'user.second-factor-reset', user.id,
      { secondFactorEnrolled: user.totpSecretSealed !== null }, { secondFactorEnrolled: false });
  });
}

// ---------------------------------------------------------------- passwords

/**
 * A person changes their own password: the current one is required (a wrong one counts as a
 * failed sign-in), the new one meets the policy, and every other session of the account ends.
 */
export async function changePassword(
  { db, actor, clock }: ChangeContext & { clock?: () => Date },
  userId: number,
  { current, next, keepSession }: { current: string; next: string; keepSession: string },
): Promise<void> {
  const user = await mustFind(db, userId);
  if (!(await verifyPassword(user.passwordHash, current))) {
    const now = clock?.() ?? new Date();
    const lock = await db.transaction(async (tx) => countFailure(tx, await mustFind(tx, userId, true), 'current password', now, undefined));
    throw new RapError('RAP_ERR_INVALID', lock ? 'The current password is not right. The account is now locked and signed out.' : 'The current password is not right.', { field: 'current' });
  }
  const problem = passwordProblem(next, user.email) ?? (next === current ? 'The new password must differ from the current one.' : null);
  if (problem) throw invalid({ field: 'password', message: problem });
  const passwordHash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await mustFind(tx, userId, true);
    await setPasswordHash(tx, userId, passwordHash);
    await deleteOtherSessionsOf(tx, userId, keepSession);
    await audit(tx, actor, 'user.password-change', userId, { password: CONFIDENTIAL_VALUE }, { password: CONFIDENTIAL_VALUE });
  });
}

/** An administrator sets a new password (a forgotten one) and tells the person; the account is signed out everywhere. */
export async function resetPassword({ db, actor }: ChangeContext, userId: number, password: string): Promise<void> {
  const user = await mustFind(db, userId);
  const problem = passwordProblem(password, user.email);
  if (problem) throw invalid({ field: 'password', message: problem });
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await mustFind(tx, userId, true);
    await setPasswordHash(tx, userId, passwordHash);
    await deleteSessionsOf(tx, userId);
    await audit(tx, actor, 'user.password-reset', userId, { password: CONFIDENTIAL_VALUE }, { password: CONFIDENTIAL_VALUE });
  });
}

// ---------------------------------------------------------------- roles, mandates, access

/** Refuses a change that would leave no active administrator. */
async function keepAnAdmin(tx: Queryable, user: UserRow, what: string, field?: string): Promise<void> {
  if (user.role !== 'admin' || user.disabledAt) return;
  const admins = await lockActiveAdmins(tx);
  if (admins.every((id) => id === user.id)) {
    throw new RapError('RAP_ERR_CONFLICT', `the account ${user.email} is the last active administrator and cannot be ${what}; make another account administrator first`, field ? { field } : {});
  }
}

export async function changeRole({ db, actor }: ChangeContext, userId: number, role: string): Promise<void> {
  if (!isRole(role)) throw invalid({ field: 'role', message: `Choose a role: ${ROLES.join(', ')}.` });
  await db.transaction(async (tx) => {
    const user = await mustFind(tx, userId, true);
    if (user.role === role) return;
    if (role !== 'admin') await keepAnAdmin(tx, user, 'given another role', 'role');
    await setRole(tx, user.id, role);
    const mandates = role === 'mandate-holder' ? user.mandates : [];
    if (mandates.length !== user.mandates.length) await replaceMandates(tx, user.id, mandates);
    // What the account may do changed (and perhaps whether it needs a second factor): sign in again.
    await deleteSessionsOf(tx, user.id);
    await audit(tx, actor, 'user.role', user.id, { role: user.role, mandates: user.mandates }, { role, mandates });
  });
}

export async function setMandates({ db, actor }: ChangeContext, userId: number, ids: string[]): Promise<void> {
  const mandates = [...new Set(ids)].sort();
  await db.transaction(async (tx) => {
    const user = await mustFind(tx, userId, true);
    const problem = mandateProblem(user.role, mandates);
    if (problem) throw invalid({ field: 'mandates', message: problem });
    if (mandates.join('\n') === user.mandates.join('\n')) return;
    await replaceMandates(tx, user.id, mandates);
    await audit(tx, actor, 'user.mandates', user.id, { mandates: user.mandates }, { mandates });
  });
}

export async function disableUser({ db, actor }: ChangeContext, userId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await mustFind(tx, userId, true);
    if (user.disabledAt) return;
    await keepAnAdmin(tx, user, 'disabled');
    await setDisabled(tx, user.id, true);
    await deleteSessionsOf(tx, user.id);
    await audit(tx, actor, 'user.disable', user.id, { disabled: false }, { disabled: true });
  });
}

export async function enableUser({ db, actor }: ChangeContext, userId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await mustFind(tx, userId, true);
    if (!user.disabledAt) return;
    await setDisabled(tx, user.id, false);
    await audit(tx, actor, 'user.enable', user.id, { disabled: true }, { disabled: false });
  });
}

/** Lifts a lock before it runs out and forgets the failures. */
export async function unlockUser({ db, actor }: ChangeContext, userId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await mustFind(tx, userId, true);
    if (user.failedLogins === 0 && user.lockedUntil === null) return;
    await setThrottle(tx, user.id, { failedLogins: 0, lockedUntil: null });
    await audit(tx, actor, 'user.unlock', user.id,
      { failedLogins: user.failedLogins, lockedUntil: user.lockedUntil?.toISOString() ?? null },
      { failedLogins: 0, lockedUntil: null });
  });
}
