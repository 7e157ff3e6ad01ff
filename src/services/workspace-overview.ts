/** The figures of the workspace's front page, only those the role may see. */
import { can, type Role } from '../domain/permissions.js';
import type { Queryable } from '../store/database.js';

export interface WorkspaceOverview {
  /** Submissions not yet triaged (roles that read submissions). */
  newSubmissions?: number;
  /** Cases open (roles that read cases). */
  openCases?: number;
  /** Letters stored, published or not (roles that read letters). */
  letters?: number;
}

const count = async (db: Queryable, sql: string) => (await db.query<{ n: number }>(sql)).rows[0]?.n ?? 0;

export async function workspaceOverview(db: Queryable, role: Role): Promise<WorkspaceOverview> {
  const out: WorkspaceOverview = {};
  if (can(role, 'submission.read')) out.newSubmissions = await count(db, `select count(*)::int as n from submissions where status = 'new'`);
  if (can(role, 'case.read')) out.openCases = await count(db, `select count(*)::int as n from cases where status = 'open'`);
  if (can(role, 'letter.read')) out.letters = await count(db, `select count(*)::int as n from communications where status = 'imported'`);
  return out;
}
