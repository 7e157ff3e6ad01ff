/**
 * Finding a person or organisation by any spelling, what is known of them, and undoing a merge.
 * Used by `rapporteur person` and by the server.
 */
import { RapError } from '../domain/errors.js';
import { organizationMatchKey, organizationSkeletonKey, personMatchKey, personSkeletonKey, PERSON_RULES, ORGANIZATION_RULES } from '../domain/names.js';
import { fold } from '../domain/text.js';
import type { Database, Queryable } from '../store/database.js';
import { getMerge, mergesOf, unmergeEntities, type EntityKind, type MergeRow } from '../store/entities.repo.js';
import { returnCaseRows } from './person-matches.js';
import {
  findEntitiesByName,
  getEntity,
  lettersOfEntity,
  namesOf,
  otherDocumentsOfEntity,
  type EntityRow,
  type LetterOfEntity,
  type OtherDocumentOfEntity,
} from '../store/people.repo.js';

/** Persons with a spelling of this name: exact (folded) first, else same skeleton, else similar. */
export function findPersons(db: Queryable, name: string, limit = 10): Promise<EntityRow[]> {
  return findEntitiesByName(db, 'person', { matchKey: personMatchKey(name), skeleton: personSkeletonKey(name), folded: personMatchKey(name) }, limit);
}

export function findOrganizations(db: Queryable, name: string, limit = 10): Promise<EntityRow[]> {
  return findEntitiesByName(
    db,
    'organization',
    { matchKey: organizationMatchKey(name), skeleton: organizationSkeletonKey(name), folded: fold(name) },
    limit,
  );
}

export interface EntityProfile {
  kind: EntityKind;
  id: number;
  displayName: string;
  gender: 'female' | 'male' | null;
  spellings: string[];
  letters: LetterOfEntity[];
  otherDocuments: OtherDocumentOfEntity[];
  merges: Array<MergeRow & { ruleText: string }>;
}

/** Everything known of one person or organisation (following a merge to the entity it went into). */
export async function entityProfile(db: Queryable, kind: EntityKind, id: number): Promise<EntityProfile> {
  let entity = await getEntity(db, kind, id);
  for (let hops = 0; entity?.merged_into && hops < 50; hops++) entity = await getEntity(db, kind, entity.merged_into);
  if (!entity) throw new RapError('RAP_ERR_NOT_FOUND', `${kind} ${id}`);
  const rules: Record<string, string> = { ...PERSON_RULES, ...ORGANIZATION_RULES };
  const [names, letters, otherDocuments, merges] = await Promise.all([
    namesOf(db, kind, entity.id),
    lettersOfEntity(db, kind, entity.id),
    otherDocumentsOfEntity(db, kind, entity.id),
    mergesOf(db, kind, entity.id),
  ]);
  return {
    kind,
    id: entity.id,
    displayName: entity.display_name,
    gender: entity.gender,
    spellings: [...new Set(names.map((n) => n.name))],
    letters,
    otherDocuments,
    merges: merges.map((m) => ({ ...m, ruleText: rules[m.rule] ?? m.rule })),
  };
}

/**
 * Undoes a merge: the merged entity gets back its names and mentions, and the resolver keeps
 * the two apart from now on. Returns the merge as it was.
 */
export async function unmerge(db: Database, kind: EntityKind, mergeId: number): Promise<MergeRow> {
  return db.transaction(async (tx) => {
    const merge = await getMerge(tx, kind, mergeId);
    if (!merge) throw new RapError('RAP_ERR_NOT_FOUND', `${kind} merge #${mergeId}`);
    if (merge.undone_at) throw new RapError('RAP_ERR_USAGE', `${kind} merge #${mergeId} was already undone`);
    await unmergeEntities(tx, kind, merge);
    if (kind === 'person') await returnCaseRows(tx, merge);
    return merge;
  });
}
