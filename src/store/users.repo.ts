/** Staff accounts. Passwords arrive hashed; TOTP secrets arrive sealed. SQL only: the rules are in services/accounts.ts, sign-in.ts, second-factor.ts and passwords.ts. */
import type { Role } from '../domain/permissions.js';
import type { Queryable } from './database.js';

export interface UserRow {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  totpSecretSealed: string | null;
  totpLastStep: number | null;
  /** A second factor being set up, not yet confirmed with a code. */
  totpPendingSealed: string | null;
  failedLogins: number;
  lockedUntil: Date | null;
  disabledAt: Date | null;
  lastSignInAt: Date | null;
  createdAt: Date;
  mandates: string[];
}

const SELECT = `select u.id, u.email, u.display_name, u.role, u.password_hash, u.totp_secret_sealed, u.totp_last_step,
       u.totp_pending_sealed, u.failed_logins, u.locked_until, u.disabled_at, u.last_sign_in_at, u.created_at,
       coalesce((select array_agg(m.mandate_id order by m.mandate_id) from user_mandates m where m.user_id = u.id), '{}') as mandates
  from users u`;

interface Raw {
  id: string | number;
  email: string;
  display_name: string;
  role: Role;
  password_hash: string;
  totp_secret_sealed: string | null;
  totp_last_step: string | number | null;
  totp_pending_sealed: string | null;
  failed_logins: number;
  locked_until: Date | null;
  disabled_at: Date | null;
  last_sign_in_at: Date | null;
  created_at: Date;
  mandates: string[];
}

const toUser = (r: Raw): UserRow => ({
  id: Number(r.id),
  email: r.email,
  displayName: r.display_name,
  role: r.role,
  passwordHash: r.password_hash,
  totpSecretSealed: r.totp_secret_sealed,
  totpLastStep: r.totp_last_step === null ? null : Number(r.totp_last_step),
  totpPendingSealed: r.totp_pending_sealed,
  failedLogins: r.failed_logins,
  lockedUntil: r.locked_until,
  disabledAt: r.disabled_at,
  lastSignInAt: r.last_sign_in_at,
  createdAt: r.created_at,
  mandates: r.mandates ?? [],
});

export async function insertUser(
  tx: Queryable,
  user: { email: string; displayName: string; role: Role; passwordHash: string; mandates?: string[] },
): Promise<number> {
  const { rows } = await tx.query<{ id: string }>(
    'insert into users (email, display_name, role, password_hash) values ($1, $2, $3, $4) returning id::text',
    [user.email, user.displayName, user.role, user.passwordHash],
  );
  const id = Number(rows[0]!.id);
  for (const m of user.mandates ?? []) await tx.query('insert into user_mandates (user_id, mandate_id) values ($1, $2)', [id, m]);
  return id;
}

export async function findUserById(db: Queryable, id: number): Promise<UserRow | null> {
  const { rows } = await db.query<Raw>(`${SELECT} where u.id = $1`, [id]);
  return rows[0] ? toUser(rows[0]) : null;
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | null> {
  const { rows } = await db.query<Raw>(`${SELECT} where lower(u.email) = lower($1)`, [email]);
  return rows[0] ? toUser(rows[0]) : null;
}

export async function listUsers(db: Queryable): Promise<UserRow[]> {
  const { rows } = await db.query<Raw>(`${SELECT} order by lower(u.email)`);
  return rows.map(toUser);
}

export async function countUsers(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>('select count(*)::int as n from users');
  return rows[0]!.n;
}

/** The account, its row locked until the transaction ends (changes to one account happen one after another). */
export async function lockUser(tx: Queryable, id: number): Promise<UserRow | null> {
  await tx.query('select id from users where id = $1 for update', [id]);
  return findUserById(tx, id);
}

/** The ids of the active (not disabled) administrators, their rows locked: the last one may not go. */
export async function lockActiveAdmins(tx: Queryable): Promise<number[]> {
  const { rows } = await tx.query<{ id: string }>(`select id::text from users where role = 'admin' and disabled_at is null order by id for update`);
  return rows.map((r) => Number(r.id));
}

export async function setPasswordHash(tx: Queryable, id: number, passwordHash: string): Promise<void> {
  await tx.query('update users set password_hash = $2 where id = $1', [id, passwordHash]);
}

export async function setRole(tx: Queryable, id: number, role: Role): Promise<void> {
  await tx.query('update users set role = $2 where id = $1', [id, role]);
}

export async function replaceMandates(tx: Queryable, id: number, mandates: string[]): Promise<void> {
  await tx.query('delete from user_mandates where user_id = $1', [id]);
  for (const m of mandates) await tx.query('insert into user_mandates (user_id, mandate_id) values ($1, $2)', [id, m]);
}

export async function setDisabled(tx: Queryable, id: number, disabled: boolean): Promise<void> {
  await tx.query('update users set disabled_at = case when $2 then now() end where id = $1', [id, disabled]);
}

export async function setThrottle(tx: Queryable, id: number, state: { failedLogins: number; lockedUntil: Date | null }): Promise<void> {
  await tx.query('update users set failed_logins = $2, locked_until = $3 where id = $1', [id, state.failedLogins, state.lockedUntil]);
}

/** A complete sign-in: failures forgotten, the time kept; with a TOTP code, its step (never accepted again). */
export async function recordSignIn(tx: Queryable, id: number, totpStep: number | null): Promise<void> {
  await tx.query(
    `update users set failed_logins = 0, locked_until = null, last_sign_in_at = now(),
            totp_last_step = coalesce($2, totp_last_step) where id = $1`,
    [id, totpStep],
  );
}

export async function setPendingTotp(tx: Queryable, id: number, sealed: string | null): Promise<void> {
  await tx.query('update users set totp_pending_sealed = $2 where id = $1', [id, sealed]);
}

/** The second factor in force (null removes it); the pending one is dropped either way. */
export async function setTotp(tx: Queryable, id: number, sealed: string | null, lastStep: number | null): Promise<void> {
  await tx.query('update users set totp_secret_sealed = $2, totp_last_step = $3, totp_pending_sealed = null where id = $1', [id, sealed, lastStep]);
}
