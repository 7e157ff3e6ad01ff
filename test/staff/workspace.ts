/**
 * The workspace in tests: a field cipher with a fixed key, the server with the workspace on a
 * test database, and signed-in staff of any role without going through the sign-in pages (the
 * sign-in itself has its own tests).
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Role } from '../../src/domain/permissions.js';
import { buildPublicApp } from '../../src/http/public-app.js';
import { DEFAULT_WORKSPACE_CONFIG, type Workspace, type WorkspaceConfig } from '../../src/http/staff/workspace.js';
import { createFieldCipher, keyringOf, type FieldCipher } from '../../src/security/field-cipher.js';
import type { Database } from '../../src/store/database.js';
import { createSession } from '../../src/store/staff-sessions.repo.js';
import { insertUser } from '../../src/store/users.repo.js';

export const TEST_KEY = Buffer.alloc(32, 7);

export function testCipher(key: Buffer = TEST_KEY, id = 'test-key'): FieldCipher {
  return createFieldCipher(keyringOf([{ id, key }], 'test'));
}

export function testWorkspace(db: Database, config: Partial<WorkspaceConfig> = {}): Workspace {
  return { db, cipher: testCipher(), config: { ...DEFAULT_WORKSPACE_CONFIG, ...config } };
}

export async function workspaceApp(db: Database, config: Partial<WorkspaceConfig> = {}): Promise<{ app: FastifyInstance; ws: Workspace }> {
  const ws = testWorkspace(db, config);
  return { app: await buildPublicApp(db, { workspace: ws }), ws };
}

export interface SignedIn {
  userId: number;
  email: string;
  role: Role;
  csrf: string;
  /** The Cookie header of the session. */
  cookie: string;
  /** `app.inject` options for this staff member: GET `url`, or POST a form with the CSRF token added. */
  get(url: string): InjectOptions;
  post(url: string, form?: Record<string, string | string[]>): InjectOptions;
}

let made = 0;

/** A staff member of `role`, signed in with the second factor done. */
export async function signIn(ws: Workspace, role: Role, { email, mandates }: { email?: string; mandates?: string[] } = {}): Promise<SignedIn> {
  const address = email ?? `${role}-${process.pid}-${++made}@staff.example`;
  const userId = await ws.db.transaction((tx) =>
    insertUser(tx, { email: address, displayName: address.split('@')[0]!, role, passwordHash: 'not-a-password-hash', mandates: mandates ?? [] }),
  );
  const { token, csrfToken } = await createSession(ws.db, { userId, lifetimeMs: ws.config.sessionLifetimeMs, secondFactorDone: true });
  const cookie = `${ws.config.secureCookies ? '__Host-rap_staff' : 'rap_staff'}=${token}`;
  return {
    userId,
    email: address,
    role,
    csrf: csrfToken,
    cookie,
    get: (url) => ({ method: 'GET', url, headers: { cookie } }),
    post: (url, form = {}) => ({
      method: 'POST',
      url,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(
        Object.entries({ _csrf: csrfToken, ...form }).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]])),
      ).toString(),
    }),
  };
}
