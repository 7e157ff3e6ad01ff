/**
 * Staff accounts and what an administrator changes on them: creating one, the views pages show,
 * role, mandates, disabling and enabling, lifting a lock. Every change to an account is written
 * to the audit trail in the transaction that makes it; hashes and secrets never are, only that
 * they changed. Signing in is in sign-in.ts, the second factor in second-factor.ts, passwords in
 * passwords.ts.
 */
import { CONFIDENTIAL_VALUE, type AuditEntry, type AuditValue } from '../domain/audit-chain.js';
import type { Actor } from '../domain/actor.js';
import { RapError } from '../domain/errors.js';
import { lockedAt } from '../domain/login-throttle.js';
import { isRole, ROLE_LABELS, ROLES, type Role } from '../domain/permissions.js';
import { EMAIL_MAX, isEmailAddress, NAME_MAX, normalizeEmail } from '../domain/staff-account.js';
import { mandateById } from '../reference-data/index.js';
import { hashPassword, passwordProblem } from '../security/password.js';
import { appendAudit, latestHistoryOf } from '../store/audit.repo.js';
import type { Database, Queryable } from '../store/database.js';
import { deleteSessionsOf } from '../store/staff-sessions.repo.js';
import {
  findUserByEmail, findUserById, insertUser, listUsers, lockActiveAdmins, lockUser, replaceMandates, setDisabled,
  setRole, setThrottle, type UserRow,
} from '../store/users.repo.js';

export interface ChangeContext {
  db: Database;
  actor: Actor;
}

// ---------------------------------------------------------------- input rules

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
  else if (!isEmailAddress(email)) problems.push({ field: 'email', message: 'Enter an email address like name@example.org.' });
  if ((input.displayName ?? '').trim().length > NAME_MAX) problems.push({ field: 'displayName', message: `The name must be at most ${NAME_MAX} characters.` });
  if (!isRole(input.role)) problems.push({ field: 'role', message: `Choose a role: ${ROLES.join(', ')}.` });
  const mandates = mandateProblem(input.role, input.mandates ?? []);
  if (mandates) problems.push({ field: 'mandates', message: mandates });
  const password = passwordProblem(input.password, email);
  if (password) problems.push({ field: 'password', message: password });
  return problems;
}

export const invalidInput = (p: InputProblem) => new RapError('RAP_ERR_INVALID', p.message, { field: p.field });

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
  return accountView(await mustFindUser(db, id));
}

/** The account of an email (commands name accounts by email). */
export async function accountByEmail(db: Queryable, email: string): Promise<AccountView> {
  const u = await findUserByEmail(db, normalizeEmail(email));
  if (!u) throw new RapError('RAP_ERR_NOT_FOUND', `no account has the email ${normalizeEmail(email).slice(0, EMAIL_MAX)}`, { field: 'email' });
  return accountView(u);
}

/** The account's latest history: changes and sign-in events, newest first. */
export function accountHistory(db: Queryable, id: number, limit = 100): Promise<AuditEntry[]> {
  return latestHistoryOf(db, 'user', String(id), limit);
}

/** The account's row, locked for the transaction with `lock`. */
export async function mustFindUser(db: Queryable, id: number, lock = false): Promise<UserRow> {
  const u = lock ? await lockUser(db, id) : await findUserById(db, id);
  if (!u) throw new RapError('RAP_ERR_NOT_FOUND', `no account ${id}`);
  return u;
}

// ---------------------------------------------------------------- the audit trail

export function auditAccount(tx: Queryable, actor: Actor, action: string, userId: number, before: AuditValue, after: AuditValue) {
  return appendAudit(tx, { actorId: actor.userId, actor: actor.label, action, entity: 'user', entityId: String(userId), before, after });
}

// ---------------------------------------------------------------- creating accounts

export async function createUser({ db, actor }: ChangeContext, input: NewAccount): Promise<AccountView> {
  const first = newAccountProblems(input)[0];
  if (first) throw invalidInput(first);
  const email = normalizeEmail(input.email);
  const mandates = [...new Set(input.mandates ?? [])].sort();
  const role = input.role as Role;
  const displayName = (input.displayName ?? '').trim();
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (await findUserByEmail(tx, email)) throw new RapError('RAP_ERR_CONFLICT', `an account with the email ${email} already exists`, { field: 'email' });
    const id = await insertUser(tx, { email, displayName, role, passwordHash, mandates });
    await auditAccount(tx, actor, 'user.create', id, null, {
      email, displayName, role, mandates, password: CONFIDENTIAL_VALUE, secondFactorEnrolled: false, disabled: false,
    });
    return accountView(await mustFindUser(tx, id));
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
  if (!isRole(role)) throw invalidInput({ field: 'role', message: `Choose a role: ${ROLES.join(', ')}.` });
  await db.transaction(async (tx) => {
    const user = await mustFindUser(tx, userId, true);
    if (user.role === role) return;
    if (role !== 'admin') await keepAnAdmin(tx, user, 'given another role', 'role');
    await setRole(tx, user.id, role);
    const mandates = role === 'mandate-holder' ? user.mandates : [];
    if (mandates.length !== user.mandates.length) await replaceMandates(tx, user.id, mandates);
    // What the account may do changed (and perhaps whether it needs a second factor): sign in again.
    await deleteSessionsOf(tx, user.id);
    await auditAccount(tx, actor, 'user.role', user.id, { role: user.role, mandates: user.mandates }, { role, mandates });
  });
}

export async function setMandates({ db, actor }: ChangeContext, userId: number, ids: string[]): Promise<void> {
  const mandates = [...new Set(ids)].sort();
  await db.transaction(async (tx) => {
    const user = await mustFindUser(tx, userId, true);
    const problem = mandateProblem(user.role, mandates);
    if (problem) throw invalidInput({ field: 'mandates', message: problem });
    if (mandates.join('\n') === user.mandates.join('\n')) return;
    await replaceMandates(tx, user.id, mandates);
    await auditAccount(tx, actor, 'user.mandates', user.id, { mandates: user.mandates }, { mandates });
  });
}

export async function disableUser({ db, actor }: ChangeContext, userId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await mustFindUser(tx, userId, true);
    if (user.disabledAt) return;
    await keepAnAdmin(tx, user, 'disabled');
    await setDisabled(tx, user.id, true);
    await deleteSessionsOf(tx, user.id);
    await auditAccount(tx, actor, 'user.disable', user.id, { disabled: false }, { disabled: true });
  });
}

export async function enableUser({ db, actor }: ChangeContext, userId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await mustFindUser(tx, userId, true);
    if (!user.disabledAt) return;
    await setDisabled(tx, user.id, false);
    await auditAccount(tx, actor, 'user.enable', user.id, { disabled: true }, { disabled: false });
  });
}

/** Lifts a lock before it runs out and forgets the failures. */
export async function unlockUser({ db, actor }: ChangeContext, userId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await mustFindUser(tx, userId, true);
    if (user.failedLogins === 0 && user.lockedUntil === null) return;
    await setThrottle(tx, user.id, { failedLogins: 0, lockedUntil: null });
    await auditAccount(tx, actor, 'user.unlock', user.id,
      { failedLogins: user.failedLogins, lockedUntil: user.lockedUntil?.toISOString() ?? null },
      { failedLogins: 0, lockedUntil: null });
  });
}
