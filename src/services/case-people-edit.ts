/**
 * Adding and editing people in a case. Adding a person resolves the name like import does, but
 * only on exact keys: a spelling already known attaches to its person; anything looser
 * (reordered names, another transliteration, a small edit) becomes a suggestion an officer
 * confirms or keeps apart (person-matches.ts), never a merge made alone. Every change is written
 * to the audit trail in the same transaction.
 */
import type { Actor } from '../domain/actor.js';
import type { AuditChange } from '../domain/audit-chain.js';
import { AFFILIATION_MAX, personName, rolesOf, spellingsOf } from '../domain/case-person-input.js';
import { combineAffiliation, combineConsent, mergeRoles, rowValues } from '../domain/case-person-merge.js';
import { RapError } from '../domain/errors.js';
import { nameKeys } from '../domain/names.js';
import { lineOf } from '../domain/text-line.js';
import { appendAudit } from '../store/audit.repo.js';
import {
  caseTitle,
  deleteCasePersonRow,
  deletePerson,
  getCasePerson,
  insertCasePerson,
  insertPerson,
  insertPersonNames,
  personIsReferenced,
  personsByIds,
  setGender,
  spellingsOfPersons,
  updateCasePersonRow,
  type CasePersonRow,
} from '../store/case-people.repo.js';
import type { Queryable } from '../store/database.js';
import { ownersByMatchKey, type NameKeys } from '../store/entities.repo.js';
import type { Gender } from './case-people-view.js';
import { offerMatches } from './person-matches.js';

export interface AddPersonInput {
  caseId: number;
  name: string;
  otherNames: string[];
  gender: 'female' | 'male' | null;
  roles: string[];
  affiliation: string | null;
  consentToState: boolean | null;
  consentPublic: boolean | null;
  sourceSubmissionId: number | null;
}

export interface CasePersonUpdate {
  roles: string[];
  affiliation: string | null;
  consentToState: boolean | null;
  consentPublic: boolean | null;
  gender: Gender;
}

export function personNameKeys(name: string): NameKeys {
  return nameKeys('person', name);
}

async function requireCase(tx: Queryable, caseId: number): Promise<string> {
  const title = await caseTitle(tx, caseId);
  if (title === null) throw new RapError('RAP_ERR_NOT_FOUND', `case #${caseId}`);
  return title;
}

async function requireCasePerson(tx: Queryable, caseId: number, personId: number): Promise<CasePersonRow> {
  await requireCase(tx, caseId);
  const row = await getCasePerson(tx, caseId, personId);
  if (!row) throw new RapError('RAP_ERR_NOT_FOUND', `person #${personId} in case #${caseId}`);
  return row;
}

/** An audit entry before its actor is known. */
type Change = Omit<AuditChange, 'actorId' | 'actor'>;

// Adding -------------------------------------------------------------------------------------

/**
 * Adds a person to a case: attached to the person whose spelling has the same exact key (of a
 * compatible gender), else a new person with all the spellings; the case row is created, or
 * completed when the person is already in the case. Then the looser matches become suggestions.
 */
export async function addPersonToCase(tx: Queryable, input: AddPersonInput, actor: Actor): Promise<{ personId: number; matchedBy: string }> {
  await requireCase(tx, input.caseId);
  const name = personName(input.name, 'name', 'the name');
  const spellings = spellingsOf(name, input.otherNames).map(personNameKeys);
  const affiliation = lineOf(input.affiliation, 'affiliation', 'the affiliation', AFFILIATION_MAX);
  const { roles, affiliation: withRoles } = rolesOf(input.roles, affiliation);

  const owners = await ownersByMatchKey(tx, 'person', spellings.map((s) => s.matchKey));
  const ownerIds = [...new Set(spellings.flatMap((s) => owners.get(s.matchKey) ?? []))];
  const known = (await personsByIds(tx, ownerIds)).filter(
    (p) => p.merged_into === null && (!p.gender || !input.gender || p.gender === input.gender),
  );
  // The main name's owner first, then the other spellings', oldest person first.
  const byMain = owners.get(spellings[0]!.matchKey) ?? [];
  const found = known.find((p) => byMain.includes(p.id)) ?? known[0];
  const audit: Change[] = [];
  let personId: number;
  if (found) {
    personId = found.id;
    if (!found.gender && input.gender) await setGender(tx, personId, input.gender);
  } else {
    personId = await insertPerson(tx, name, input.gender);
    audit.push({ action: 'person.create', entity: 'person', entityId: String(personId), before: null, after: { displayName: name, gender: input.gender } });
  }
  const added = await insertPersonNames(tx, personId, spellings, input.caseId);

  const existing = await getCasePerson(tx, input.caseId, personId);
  if (existing) {
    const after = {
      roles: mergeRoles(existing.roles, roles),
      affiliation: combineAffiliation(existing.affiliation, withRoles),
      consent_to_state: existing.consent_to_state === null ? input.consentToState : combineConsent(existing.consent_to_state, input.consentToState),
      consent_public: existing.consent_public === null ? input.consentPublic : combineConsent(existing.consent_public, input.consentPublic),
    };
    await updateCasePersonRow(tx, existing.id, { ...after, source_submission_id: existing.source_submission_id ?? input.sourceSubmissionId });
    audit.push({
      action: 'case.person.update',
      entity: 'case',
      entityId: String(input.caseId),
      before: { personId, ...rowValues(existing) },
      after: { personId, ...rowValues(after), spellingsAdded: added },
    });
  } else {
    const row = { roles, affiliation: withRoles, consent_to_state: input.consentToState, consent_public: input.consentPublic };
    await insertCasePerson(tx, { ...row, case_id: input.caseId, person_id: personId, source_submission_id: input.sourceSubmissionId, added_by: actor.userId });
    audit.push({
      action: 'case.person.add',
      entity: 'case',
      entityId: String(input.caseId),
      before: null,
      after: { personId, name, spellings: spellings.map((s) => s.name), gender: input.gender, matchedBy: found ? 'same-folded-name' : 'new', sourceSubmissionId: input.sourceSubmissionId, ...rowValues(row) },
    });
  }
  await appendAudit(tx, ...audit.map((a) => ({ actorId: actor.userId, actor: actor.label, ...a })));
  await offerMatches(tx, personId);
  return { personId, matchedBy: found ? 'same-folded-name' : 'new' };
}

// Editing ------------------------------------------------------------------------------------

export async function addSpelling(tx: Queryable, caseId: number, personId: number, name: string, actor: Actor): Promise<void> {
  await requireCasePerson(tx, caseId, personId);
  const spelling = personName(name, 'name', 'the spelling');
  const added = await insertPersonNames(tx, personId, [personNameKeys(spelling)], caseId);
  if (added.length === 0) throw new RapError('RAP_ERR_CONFLICT', `"${spelling}" is already a spelling of this person`, { field: 'name' });
  await appendAudit(tx, {
    actorId: actor.userId,
    actor: actor.label,
    action: 'case.person.spelling',
    entity: 'case',
    entityId: String(caseId),
    before: null,
    after: { personId, spelling },
  });
  await offerMatches(tx, personId);
}

export async function updateCasePerson(tx: Queryable, caseId: number, personId: number, update: CasePersonUpdate, actor: Actor): Promise<void> {
  const row = await requireCasePerson(tx, caseId, personId);
  const [person] = await personsByIds(tx, [personId]);
  const affiliation = lineOf(update.affiliation, 'affiliation', 'the affiliation', AFFILIATION_MAX);
  const { roles, affiliation: withRoles } = rolesOf(update.roles, affiliation);
  const after = { roles, affiliation: withRoles, consent_to_state: update.consentToState, consent_public: update.consentPublic };
  await updateCasePersonRow(tx, row.id, after);
  if (person && person.gender !== update.gender) await setGender(tx, personId, update.gender);
  await appendAudit(tx, {
    actorId: actor.userId,
    actor: actor.label,
    action: 'case.person.update',
    entity: 'case',
    entityId: String(caseId),
    before: { personId, ...rowValues(row), gender: person?.gender ?? null },
    after: { personId, ...rowValues(after), gender: update.gender },
  });
}

/** Takes a person out of a case; a person nothing else refers to (no letter, case or merge) is deleted. */
export async function removePersonFromCase(tx: Queryable, caseId: number, personId: number, actor: Actor): Promise<void> {
  const row = await requireCasePerson(tx, caseId, personId);
  const [person] = await personsByIds(tx, [personId]);
  await deleteCasePersonRow(tx, row.id);
  const audit: Change[] = [
    {
      action: 'case.person.remove',
      entity: 'case',
      entityId: String(caseId),
      before: { personId, name: person?.display_name ?? null, ...rowValues(row) },
      after: null,
    },
  ];
  if (!(await personIsReferenced(tx, personId))) {
    const spellings = (await spellingsOfPersons(tx, [personId])).map((s) => s.name);
    await deletePerson(tx, personId);
    audit.push({ action: 'person.delete', entity: 'person', entityId: String(personId), before: { personId, name: person?.display_name ?? null, spellings }, after: null });
  }
  await appendAudit(tx, ...audit.map((a) => ({ actorId: actor.userId, actor: actor.label, ...a })));
}
