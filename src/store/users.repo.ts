/** Staff accounts. Passwords arrive hashed; TOTP secrets arrive sealed. */
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
  failedLogins: number;
  lockedUntil: Date | null;
  disabledAt: Date | null;
  mandates: string[];
}

const SELECT = `select u.id, u.email, u.display_name, u.role, u.password_hash, u.totp_secret_sealed, u.totp_last_step,
       u.failed_logins, u.locked_until, u.disabled_at,
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
  failed_logins: number;
  locked_until: Date | null;
  disabled_at: Date | null;
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
  failedLogins: r.failed_logins,
  lockedUntil: r.locked_until,
  disabledAt: r.disabled_at,
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
