/**
 * Who may do what in the secretariat workspace. One table decides for every route and command:
 * a route names the action it performs, never a role. Confidential material (the source of a
 * submission, events and documents marked confidential) is an action of its own, so that a role
 * can read a case without reading what only triage needs.
 */
export const ROLES = ['admin', 'officer', 'mandate-holder', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  officer: 'Officer',
  'mandate-holder': 'Mandate holder',
  viewer: 'Viewer',
};

export const ACTIONS = {
  'workspace.view': 'open the workspace',
  'submission.read': 'read submissions',
  'submission.triage': 'triage submissions into cases or reject them',
  'source.read': 'read the identity and contact of a source',
  'case.read': 'read case files',
  'case.write': 'create and edit case files: people, organisations, events, documents, letters',
  'confidential.read': 'read events and documents marked confidential',
  'person.merge': 'merge persons and undo merges',
  'document.read': 'read documents and attachments',
  'letter.read': 'read letters, published or not',
  'search.staff': 'search everything stored',
  'history.read': 'read the history of a case or letter',
  'audit.read': 'read the whole audit trail',
  'user.manage': 'create accounts, change roles, reset second factors, unlock',
  'draft.read': 'read draft letters',
  'draft.write': 'draft letters: start, edit, invite mandates, open consultation',
  'draft.answer': 'join or decline a letter for a mandate, or approve it as the lead (a mandate holder for their own mandates)',
  'letter.send': 'send an approved letter',
  'reply.register': 'register the replies to letters',
  'passage.mark': 'mark passages of a letter confidential before publication',
} as const;
export type Action = keyof typeof ACTIONS;

const READ: Action[] = ['workspace.view', 'case.read', 'document.read', 'letter.read', 'search.staff', 'history.read'];

const GRANTS: Record<Role, ReadonlySet<Action>> = {
  admin: new Set(Object.keys(ACTIONS) as Action[]),
  officer: new Set<Action>([
    ...READ, 'submission.read', 'submission.triage', 'source.read', 'case.write', 'confidential.read', 'person.merge',
    'draft.read', 'draft.write', 'draft.answer', 'letter.send', 'reply.register', 'passage.mark',
  ]),
  // Which mandates a holder may answer for is decided by the lifecycle rules (domain/letter-lifecycle.ts).
  'mandate-holder': new Set<Action>([...READ, 'draft.read', 'draft.answer']),
  viewer: new Set<Action>(READ),
};

export function can(role: Role, action: Action): boolean {
  return GRANTS[role].has(action);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Roles that must use a second factor unless the deployment says otherwise (RAPPORTEUR_REQUIRE_2FA). */
export const SECOND_FACTOR_ROLES: ReadonlySet<Role> = new Set<Role>(['admin', 'officer']);
