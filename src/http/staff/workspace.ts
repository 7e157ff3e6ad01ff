/**
 * The secretariat workspace under `/staff`: what its routes share (the database, the field
 * cipher, the deployment's settings) and the request's signed-in staff member.
 */
import type { FieldCipher } from '../../security/field-cipher.js';
import type { Database } from '../../store/database.js';
import type { SessionRecord } from '../../store/staff-sessions.repo.js';

export interface WorkspaceConfig {
  /** Cookies marked Secure with the `__Host-` prefix (turn off only for plain-HTTP development). */
  secureCookies: boolean;
  /** Whether admins and officers must use a second factor (RAPPORTEUR_REQUIRE_2FA=off turns it off). */
  requireSecondFactor: boolean;
  /** A session ends after this long without a request. */
  sessionIdleMs: number;
  /** A session ends after this long whatever happens. */
  sessionLifetimeMs: number;
}

export interface Workspace {
  db: Database;
  cipher: FieldCipher;
  config: WorkspaceConfig;
}

export const DEFAULT_WORKSPACE_CONFIG: WorkspaceConfig = {
  secureCookies: true,
  requireSecondFactor: true,
  sessionIdleMs: 30 * 60_000,
  sessionLifetimeMs: 12 * 3_600_000,
};

export function workspaceConfigFromEnv(env: NodeJS.ProcessEnv = process.env): WorkspaceConfig {
  const off = (v: string | undefined) => v !== undefined && /^(0|off|false|no)$/i.test(v.trim());
  return {
    ...DEFAULT_WORKSPACE_CONFIG,
    secureCookies: !off(env.RAPPORTEUR_SECURE_COOKIES),
    requireSecondFactor: !off(env.RAPPORTEUR_REQUIRE_2FA),
  };
}

/** The signed-in staff member of a request: the live session without its clock. */
export type StaffSession = Omit<SessionRecord, 'lastSeenAt' | 'expiresAt'>;

declare module 'fastify' {
  interface FastifyRequest {
    /** Set on `/staff` URLs when a live session cookie came with the request. */
    staff: StaffSession | null;
    /** The raw session token (to sign out or complete the second factor). */
    staffToken: string | null;
  }
}
