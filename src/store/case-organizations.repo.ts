/** Organisations in case files: the case's rows and the organisations created for them. SQL only. */
import type { Queryable } from './database.js';
import type { NameKeys } from './entities.repo.js';

export interface CaseOrganizationRow {
  id: number;
  case_id: number;
  organization_id: number;
  role: string | null;
  display_name: string;
}

export async function organizationsByIds(db: Queryable, ids: number[]): Promise<Array<{ id: number; display_name: string; merged_into: number | null }>> {
  const { rows } = await db.query<{ id: number; display_name: string; merged_into: number | null }>(
    'select id, display_name, merged_into from organizations where id = any($1::bigint[]) order by id',
    [ids],
  );
  return rows;
}

/** A new organisation with its first spelling. */
export async function insertOrganization(db: Queryable, keys: NameKeys): Promise<number> {
  const { rows } = await db.query<{ id: number }>('insert into organizations (display_name) values ($1) returning id', [keys.name]);
  const id = rows[0]!.id;
  await db.query(
    `insert into organization_names (organization_id, name, match_key, folded, skeleton, edit_keys) values ($1, $2, $3, $4, $5, $6::text[])`,
    [id, keys.name, keys.matchKey, keys.folded, keys.skeleton, keys.editKeys],
  );
  return id;
}

export async function getCaseOrganization(db: Queryable, caseId: number, organizationId: number): Promise<CaseOrganizationRow | null> {
  const { rows } = await db.query<CaseOrganizationRow>(
    `select co.id, co.case_id, co.organization_id, co.role, o.display_name
     from case_organizations co join organizations o on o.id = co.organization_id
     where co.case_id = $1 and co.organization_id = $2`,
    [caseId, organizationId],
  );
  return rows[0] ?? null;
}

export async function insertCaseOrganization(db: Queryable, caseId: number, organizationId: number, role: string | null, addedBy: number | null): Promise<void> {
  await db.query('insert into case_organizations (case_id, organization_id, role, added_by) values ($1, $2, $3, $4)', [
    caseId,
    organizationId,
    role,
    addedBy,
  ]);
}

export async function setCaseOrganizationRole(db: Queryable, rowId: number, role: string | null): Promise<void> {
  await db.query('update case_organizations set role = $2 where id = $1', [rowId, role]);
}

export async function deleteCaseOrganization(db: Queryable, rowId: number): Promise<void> {
  await db.query('delete from case_organizations where id = $1', [rowId]);
}

export interface CaseOrganizationListRow extends CaseOrganizationRow {
  spellings: string[];
  letter_count: number;
  other_case_count: number;
}

/** The organisations of a case with their spellings and how many letters and other cases name them. */
export async function organizationsOfCase(db: Queryable, caseId: number): Promise<CaseOrganizationListRow[]> {
  const { rows } = await db.query<CaseOrganizationListRow>(
    `select co.id, co.case_id, co.organization_id, co.role, o.display_name,
       array(select n.name from organization_names n where n.organization_id = o.id order by n.id) as spellings,
       (select count(distinct m.communication_id)::int from organization_mentions m
         where m.organization_id = o.id and m.communication_id is not null) as letter_count,
       (select count(*)::int from case_organizations x where x.organization_id = o.id and x.case_id <> co.case_id) as other_case_count
     from case_organizations co join organizations o on o.id = co.organization_id
     where co.case_id = $1 order by co.added_at, co.id`,
    [caseId],
  );
  return rows;
}

/** Whether anything still refers to an organisation: a letter, a case, a merge. */
export async function organizationIsReferenced(db: Queryable, organizationId: number): Promise<boolean> {
  const { rows } = await db.query(
    `select 1 where exists (select 1 from organization_mentions where organization_id = $1)
        or exists (select 1 from case_organizations where organization_id = $1)
        or exists (select 1 from organization_merges where kept_id = $1 or merged_id = $1)
        or exists (select 1 from organizations where merged_into = $1)`,
    [organizationId],
  );
  return rows.length > 0;
}

export async function deleteOrganization(db: Queryable, organizationId: number): Promise<void> {
  await db.query('delete from organization_names where organization_id = $1', [organizationId]);
  await db.query('delete from organizations where id = $1', [organizationId]);
}
