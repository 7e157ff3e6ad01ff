/**
 * Signed-in browsers. The cookie holds a random token; the table keeps its sha256, the account,
 * the CSRF token of the session's forms and whether the second factor was given.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../domain/permissions.js';
import type { Queryable } from './database.js';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SessionRecord {
  userId: number;
  email: string;
  displayName: string;
  role: Role;
  /** The mandates a mandate holder acts for. */
  mandates: string[];
  /** Every form of the session carries it (`_csrf`). */
  csrfToken: string;
  /** False between the password and the TOTP code (or before a required enrolment). */
  secondFactorDone: boolean;
  /** Whether the account has a second factor enrolled. */
  hasSecondFactor: boolean;
  lastSeenAt: Date;
  expiresAt: Date;
}

export async function createSession(
  tx: Queryable,
  { userId, lifetimeMs, secondFactorDone }: { userId: number; lifetimeMs: number; secondFactorDone: boolean },
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  await tx.query(
    `insert into staff_sessions (token_hash, user_id, csrf_token, second_factor_at, expires_at)
     values ($1, $2, $3, case when $4 then now() end, now() + ($5 || ' milliseconds')::interval)`,
    [hashToken(token), userId, csrfToken, secondFactorDone, String(lifetimeMs)],
  );
  return { token, csrfToken };
}

/** The live session of a token (not expired, account not disabled), or null. */
export async function findSession(db: Queryable, token: string): Promise<SessionRecord | null> {
  const { rows } = await db.query<{
    user_id: string; email: string; display_name: string; role: Role; mandates: string[]; csrf_token: string;
    second_factor_at: Date | null; has_totp: boolean; last_seen_at: Date; expires_at: Date;
  }>(
    `select s.user_id::text, u.email, u.display_name, u.role, s.csrf_token, s.second_factor_at, s.last_seen_at, s.expires_at,
            u.totp_secret_sealed is not null as has_totp,
            coalesce((select array_agg(m.mandate_id order by m.mandate_id) from user_mandates m where m.user_id = u.id), '{}') as mandates
       from staff_sessions s join users u on u.id = s.user_id
      where s.token_hash = $1 and s.expires_at > now() and u.disabled_at is null`,
    [hashToken(token)],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    userId: Number(r.user_id), email: r.email, displayName: r.display_name, role: r.role, mandates: r.mandates ?? [],
    csrfToken: r.csrf_token, secondFactorDone: r.second_factor_at !== null, hasSecondFactor: r.has_totp,
    lastSeenAt: r.last_seen_at, expiresAt: r.expires_at,
  };
}

export async function touchSession(db: Queryable, token: string): Promise<void> {
  await db.query('update staff_sessions set last_seen_at = now() where token_hash = $1', [hashToken(token)]);
}

export async function completeSecondFactor(db: Queryable, token: string): Promise<void> {
  await db.query('update staff_sessions set second_factor_at = now() where token_hash = $1', [hashToken(token)]);
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.query('delete from staff_sessions where token_hash = $1', [hashToken(token)]);
}

/** Signs an account out everywhere (password or role changed, account disabled). */
export async function deleteSessionsOf(db: Queryable, userId: number): Promise<void> {
  await db.query('delete from staff_sessions where user_id = $1', [userId]);
}

export async function deleteExpiredSessions(db: Queryable): Promise<number> {
  return (await db.query('delete from staff_sessions where expires_at <= now()')).affectedRows;
}

/** Signs an account out everywhere but here (its password changed in this session). */
export async function deleteOtherSessionsOf(db: Queryable, userId: number, keepToken: string): Promise<void> {
  await db.query('delete from staff_sessions where user_id = $1 and token_hash <> $2', [userId, hashToken(keepToken)]);
}

/**
 * A new token in place of an old one (at sign-in and once the second factor is given), so that a
 * token seen before the change, such as one planted in the browser, is worth nothing after it.
 */
export async function replaceSession(
  tx: Queryable,
  oldToken: string | null,
  session: { userId: number; lifetimeMs: number; secondFactorDone: boolean },
): Promise<{ token: string; csrfToken: string }> {
  if (oldToken) await deleteSession(tx, oldToken);
  return createSession(tx, session);
}
