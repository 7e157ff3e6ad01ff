/**
 * Organisations in case files, the same `organizations` as the letters: a name whose exact key
 * (compact: `NeMolchi.KZ` = `#NeMolchiKZ`) is known attaches to that organisation, any other
 * makes a new one. Every change is audited on the case.
 */
import type { Actor } from '../domain/actor.js';
import { RapError } from '../domain/errors.js';
import { nameKeys } from '../domain/names.js';
import { lineOf, requiredLineOf } from '../domain/text-line.js';
import { appendAudit } from '../store/audit.repo.js';
import {
  deleteCaseOrganization,
  deleteOrganization,
  getCaseOrganization,
  insertCaseOrganization,
  insertOrganization,
  organizationIsReferenced,
  organizationsByIds,
  setCaseOrganizationRole,
} from '../store/case-organizations.repo.js';
import { caseTitle } from '../store/case-people.repo.js';
import type { Queryable } from '../store/database.js';
import { ownersByMatchKey, type NameKeys } from '../store/entities.repo.js';

const NAME_MAX = 200;

export function organizationNameKeys(name: string): NameKeys {
  return nameKeys('organization', name);
}

async function requireCase(tx: Queryable, caseId: number): Promise<void> {
  if ((await caseTitle(tx, caseId)) === null) throw new RapError('RAP_ERR_NOT_FOUND', `case #${caseId}`);
}

/** Adds an organisation to a case (its part in the case updated when it is there already). */
export async function addOrganizationToCase(
  tx: Queryable,
  caseId: number,
  input: { name: string; role: string | null },
  actor: Actor,
): Promise<{ organizationId: number; matchedBy: string }> {
  await requireCase(tx, caseId);
  const name = requiredLineOf(input.name, 'name', 'the name of the organisation', NAME_MAX);
  const role = lineOf(input.role, 'role', 'the part in the case', NAME_MAX);
  const keys = organizationNameKeys(name);
  if (!keys.matchKey) throw new RapError('RAP_ERR_INVALID', `the name "${name}" has no letters or digits`, { field: 'name' });

  const owners = (await ownersByMatchKey(tx, 'organization', [keys.matchKey])).get(keys.matchKey) ?? [];
  const known = (await organizationsByIds(tx, owners)).find((o) => o.merged_into === null);
  const organizationId = known ? known.id : await insertOrganization(tx, keys);
  const matchedBy = known ? 'same-compact-name' : 'new';

  const existing = await getCaseOrganization(tx, caseId, organizationId);
  if (existing) {
    if (role !== null && role !== existing.role) await setCaseOrganizationRole(tx, existing.id, role);
  } else {
    await insertCaseOrganization(tx, caseId, organizationId, role, actor.userId);
  }
  await appendAudit(tx, {
    actorId: actor.userId,
    actor: actor.label,
    action: existing ? 'case.organization.update' : 'case.organization.add',
    entity: 'case',
    entityId: String(caseId),
    before: existing ? { organizationId, role: existing.role } : null,
    after: { organizationId, name, role: role ?? existing?.role ?? null, matchedBy },
  });
  return { organizationId, matchedBy };
}

/** Takes an organisation out of a case; one nothing else refers to is deleted. */
export async function removeOrganizationFromCase(tx: Queryable, caseId: number, organizationId: number, actor: Actor): Promise<void> {
  await requireCase(tx, caseId);
  const row = await getCaseOrganization(tx, caseId, organizationId);
  if (!row) throw new RapError('RAP_ERR_NOT_FOUND', `organisation #${organizationId} in case #${caseId}`);
  await deleteCaseOrganization(tx, row.id);
  const orphan = !(await organizationIsReferenced(tx, organizationId));
  if (orphan) await deleteOrganization(tx, organizationId);
  await appendAudit(tx, {
    actorId: actor.userId,
    actor: actor.label,
    action: 'case.organization.remove',
    entity: 'case',
    entityId: String(caseId),
    before: { organizationId, name: row.display_name, role: row.role },
    after: orphan ? { organizationDeleted: true } : null,
  });
}
