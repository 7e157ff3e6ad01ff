/**
 * People in case files: one person across cases and letters (the `persons` of the letters).
 * Adding a person resolves the name like import does, but only on exact keys: a spelling already
 * known attaches to its person; anything looser (reordered names, another transliteration, a
 * small edit) becomes a suggestion an officer confirms or keeps apart, never a merge made alone.
 * A confirmed match merges with the letters' merge machinery and moves the case rows too, so
 * that undoing it restores both persons in their letters and their cases. Every change is
 * written to the audit trail in the same transaction.
 */
import type { Actor } from '../domain/actor.js';
import type { AuditChange } from '../domain/audit-chain.js';
import { RapError } from '../domain/errors.js';
import {
  matchPersonNames,
  nameTokens,
  personEditKeys,
  personMatchKey,
  personSkeletonKey,
  PERSON_RULES,
  type NameMatch,
  type PersonRule,
} from '../domain/names.js';
import { keepUnrecognised, normalizeRoles, PERSON_ROLE_CODES, type PersonRole } from '../domain/person-roles.js';
import { squash } from '../domain/text.js';
import { appendAudit } from '../store/audit.repo.js';
import {
  addMergeDetails,
  caseRowsOfCase,
  caseRowsOfPerson,
  casesOfPersons,
  caseTitle,
  decideSuggestion,
  deleteCasePersonRow,
  deletePerson,
  getCasePerson,
  getSuggestion,
  insertCasePerson,
  insertPerson,
  insertPersonNames,
  insertSuggestion,
  lettersOfPersons,
  mergeActors,
  mergesOfPersons,
  moveCasePersonRows,
  pendingSuggestions,
  personIsReferenced,
  personsByIds,
  restoreCasePersonRow,
  setGender,
  spellingsOfPersons,
  spellingSources,
  suggestedPairs,
  updateCasePersonRow,
  type CasePersonRow,
  type NewSuggestion,
  type PersonRow,
} from '../store/case-people.repo.js';
import { organizationsOfCase } from '../store/case-organizations.repo.js';
import type { Queryable } from '../store/database.js';
import { entityProfile } from './people.js';
import { findCandidates, getMerge, keptApartPairs, mergeEntities, ownersByMatchKey, unmergeEntities, type NameKeys } from '../store/entities.repo.js';

export type Gender = 'female' | 'male' | null;

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

export interface CaseLink {
  caseId: number;
  title: string;
}

export interface LetterLink {
  communicationId: number;
  reference: string;
  date: string | null;
  /** `imported`, or `placeholder` for a letter known only from a citation. */
  status: string;
}

/** A known person the case's person may be: offered, never merged until an officer confirms. */
export interface MatchSuggestion {
  suggestionId: number;
  /** The known person. */
  otherId: number;
  otherName: string;
  otherGender: Gender;
  /** The case person's spelling and the known person's spelling the rule compared. */
  spelling: string;
  otherSpelling: string;
  rule: string;
  /** The rule in words (PERSON_RULES). */
  ruleText: string;
  /** What the rule saw: `sekerbayeva ~ sekerbaeva`. */
  detail: string;
  otherLetters: LetterLink[];
  otherCases: CaseLink[];
}

export interface MergeSummary {
  mergeId: number;
  keptId: number;
  mergedId: number;
  rule: string;
  ruleText: string;
  keptName: string;
  mergedName: string;
  mergedAt: Date;
  undoneAt: Date | null;
}

export interface CasePerson {
  personId: number;
  displayName: string;
  gender: Gender;
  /** Every spelling, oldest first. */
  spellings: string[];
  /** Codes of domain/person-roles.ts (`roleLabel` gives the words). */
  roles: string[];
  affiliation: string | null;
  consentToState: boolean | null;
  consentPublic: boolean | null;
  sourceSubmissionId: number | null;
  otherCases: CaseLink[];
  letters: LetterLink[];
  suggestions: MatchSuggestion[];
  /** Merges into or out of this person, newest first (undo is offered on those not undone). */
  merges: MergeSummary[];
}

export interface CaseOrganization {
  organizationId: number;
  displayName: string;
  spellings: string[];
  role: string | null;
  letterCount: number;
  otherCaseCount: number;
}

export interface CasePeopleData {
  caseId: number;
  people: CasePerson[];
  organizations: CaseOrganization[];
}

// Input -------------------------------------------------------------------------------------

export const NAME_MAX = 200;
export const AFFILIATION_MAX = 300;
export const SPELLINGS_MAX = 20;
/** Control characters and the bidirectional overrides that make a name read other than it is. */
const FORBIDDEN_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** One line of text from a form or a submission: spaces squashed, bounded, no control characters. */
export function lineOf(value: string | null | undefined, field: string, label: string, max: number): string | null {
  const text = squash(value ?? '');
  if (!text) return null;
  if (text.length > max) throw new RapError('RAP_ERR_INVALID', `${label} is longer than ${max} characters`, { field });
  if (FORBIDDEN_CHARS.test(text)) throw new RapError('RAP_ERR_INVALID', `${label} contains control characters`, { field });
  return text;
}

export function requiredLineOf(value: string | null | undefined, field: string, label: string, max: number): string {
  const text = lineOf(value, field, label, max);
  if (!text) throw new RapError('RAP_ERR_INVALID', `${label} is empty`, { field });
  return text;
}

function personName(value: string, field: string, label: string): string {
  const name = requiredLineOf(value, field, label, NAME_MAX);
  if (nameTokens(name).length === 0 || !/\p{L}/u.test(name)) throw new RapError('RAP_ERR_INVALID', `${label} "${name}" has no letters of a name`, { field });
  return name;
}

function spellingsOf(name: string, otherNames: string[]): string[] {
  const others = otherNames.map((n) => lineOf(n, 'other_names', 'an other spelling', NAME_MAX)).filter((n): n is string => !!n);
  if (others.length > SPELLINGS_MAX) throw new RapError('RAP_ERR_INVALID', `give at most ${SPELLINGS_MAX} other spellings`, { field: 'other_names' });
  for (const o of others) personName(o, 'other_names', 'the other spelling');
  return [...new Set([name, ...others])];
}

export function personNameKeys(name: string): NameKeys {
  const key = personMatchKey(name);
  return { name, matchKey: key, folded: key, skeleton: personSkeletonKey(name), editKeys: personEditKeys(name) };
}

function rolesOf(texts: string[], affiliation: string | null): { roles: PersonRole[]; affiliation: string | null } {
  const given = texts.map((t) => lineOf(t, 'roles', 'a role', NAME_MAX)).filter((t): t is string => !!t);
  const { roles, unrecognised } = normalizeRoles(given);
  const kept = keepUnrecognised(affiliation, unrecognised);
  return { roles, affiliation: kept && kept.length > AFFILIATION_MAX ? kept.slice(0, AFFILIATION_MAX) : kept };
}

const mergeRoles = (a: string[], b: string[]): PersonRole[] => PERSON_ROLE_CODES.filter((r) => a.includes(r) || b.includes(r));

/**
 * Two records of one victim's consent made one: a refusal wins over a consent. A name given to a
 * State or made public against a refusal can put the person in danger and cannot be taken back,
 * while a consent wrongly read as a refusal only delays a letter until the officer asks again.
 */
export function combineConsent(a: boolean | null, b: boolean | null): boolean | null {
  if (a === false || b === false) return false;
  if (a === true || b === true) return true;
  return null;
}

function combineAffiliation(a: string | null, b: string | null): string | null {
  if (!a || !b || a === b) return a ?? b;
  const both = `${a}; ${b}`;
  return both.length > AFFILIATION_MAX ? a : both;
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

const rowValues = (r: Pick<CasePersonRow, 'roles' | 'affiliation' | 'consent_to_state' | 'consent_public'>) => ({
  roles: r.roles,
  affiliation: r.affiliation,
  consentToState: r.consent_to_state,
  consentPublic: r.consent_public,
});

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

const RULE_ORDER = Object.keys(PERSON_RULES);
const ruleRank = (rule: string) => (RULE_ORDER.includes(rule) ? RULE_ORDER.indexOf(rule) : RULE_ORDER.length);
const pairOf = (a: number, b: number) => (a < b ? [a, b] : [b, a]) as [number, number];

/**
 * Looks for persons a rule of domain/names.ts finds alike (the store's candidates: same
 * skeleton, shared edit key) and offers each pair not yet offered, kept apart or unmerged by
 * hand. Returns how many pairs were offered.
 */
export async function offerMatches(tx: Queryable, personId: number): Promise<number> {
  const [person] = await personsByIds(tx, [personId]);
  if (!person || person.merged_into !== null) return 0;
  const candidates = await findCandidates(tx, 'person', [personId]);
  const apart = await keptApartPairs(tx, 'person', [personId]);
  const offered = await suggestedPairs(tx, [personId]);
  const best = new Map<number, { match: NameMatch<PersonRule>; spelling: string; other: string }>();
  for (const c of candidates) {
    if (apart.has(`${personId}:${c.owner}`) || offered.has(`${personId}:${c.owner}`)) continue;
    const match = matchPersonNames({ name: c.for_name, gender: person.gender }, { name: c.name, gender: c.gender });
    if (!match) continue;
    const held = best.get(c.owner);
    if (!held || ruleRank(match.rule) < ruleRank(held.match.rule)) best.set(c.owner, { match, spelling: c.for_name, other: c.name });
  }
  let count = 0;
  for (const [other, b] of best) {
    const [a, z] = pairOf(personId, other);
    const names = a === personId ? [b.spelling, b.other] : [b.other, b.spelling];
    if (await insertSuggestion(tx, { personA: a, personB: z, rule: b.match.rule, nameA: names[0]!, nameB: names[1]!, detail: b.match.detail })) count++;
  }
  return count;
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

export interface CasePersonUpdate {
  roles: string[];
  affiliation: string | null;
  consentToState: boolean | null;
  consentPublic: boolean | null;
  gender: Gender;
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

// Matching -----------------------------------------------------------------------------------

/** What a merge did to case rows, kept in the merge's details for the undo. */
interface CaseRowsMoved {
  moved: number[];
  combined: Array<{
    keptRowId: number;
    keptBefore: ReturnType<typeof rowValues>;
    keptAfter: ReturnType<typeof rowValues>;
    mergedRow: CasePersonRow;
  }>;
}

/** Whether a case row still holds what a merge wrote (the details come back from JSON, keys in any order). */
function sameValues(a: ReturnType<typeof rowValues>, b: ReturnType<typeof rowValues>): boolean {
  return (
    a.roles.join(',') === b.roles.join(',') && a.affiliation === b.affiliation && a.consentToState === b.consentToState && a.consentPublic === b.consentPublic
  );
}

async function twoPersons(tx: Queryable, a: number, b: number): Promise<[PersonRow, PersonRow]> {
  if (a === b) throw new RapError('RAP_ERR_INVALID', 'a person cannot be matched with itself', { field: 'other_id' });
  const found = await personsByIds(tx, [a, b]);
  const pa = found.find((p) => p.id === a);
  const pb = found.find((p) => p.id === b);
  if (!pa) throw new RapError('RAP_ERR_NOT_FOUND', `person #${a}`);
  if (!pb) throw new RapError('RAP_ERR_NOT_FOUND', `person #${b}`, { field: 'other_id' });
  return [pa, pb];
}

/** The rule that joins two persons: the suggestion's, else the best rule over their spellings. */
async function ruleFor(tx: Queryable, a: PersonRow, b: PersonRow): Promise<NewSuggestion | null> {
  const offered = await getSuggestion(tx, a.id, b.id);
  if (offered?.rule) return { personA: offered.person_a, personB: offered.person_b, rule: offered.rule, nameA: offered.name_a, nameB: offered.name_b, detail: offered.detail };
  const names = await spellingsOfPersons(tx, [a.id, b.id]);
  let best: NewSuggestion | null = null;
  for (const x of names.filter((n) => n.person_id === a.id)) {
    for (const y of names.filter((n) => n.person_id === b.id)) {
      const m = matchPersonNames({ name: x.name, gender: a.gender }, { name: y.name, gender: b.gender });
      if (!m || (best && ruleRank(m.rule) >= ruleRank(best.rule!))) continue;
      const [pa, pz] = pairOf(a.id, b.id);
      best = { personA: pa, personB: pz, rule: m.rule, nameA: pa === a.id ? x.name : y.name, nameB: pa === a.id ? y.name : x.name, detail: m.detail };
    }
  }
  return best;
}

/**
 * Confirms that two persons are one: the letters' merge (names and mentions move to `keptId`,
 * recorded with the rule and the two spellings) and the case rows of `mergedId` move too, or
 * are combined with the kept person's row of the same case. Returns the merge id.
 */
export async function confirmMatch(tx: Queryable, keptId: number, mergedId: number, actor: Actor): Promise<{ mergeId: number }> {
  const [kept, merged] = await twoPersons(tx, keptId, mergedId);
  for (const p of [kept, merged]) {
    if (p.merged_into !== null) throw new RapError('RAP_ERR_CONFLICT', `person #${p.id} was already merged into person #${p.merged_into}`);
  }
  if (kept.gender && merged.gender && kept.gender !== merged.gender) {
    throw new RapError('RAP_ERR_CONFLICT', 'the two persons are of different genders and cannot be one person');
  }
  const rule = await ruleFor(tx, kept, merged);
  if (!rule) throw new RapError('RAP_ERR_CONFLICT', 'no matching rule finds these two persons alike');
  const keptName = rule.personA === keptId ? rule.nameA : rule.nameB;
  const mergedName = rule.personA === keptId ? rule.nameB : rule.nameA;

  const keptRows = await caseRowsOfPerson(tx, keptId);
  const mergedRows = await caseRowsOfPerson(tx, mergedId);
  const mergeId = await mergeEntities(tx, 'person', { keptId, mergedId, rule: rule.rule!, keptName, mergedName, detail: rule.detail ?? '' });

  const caseRows: CaseRowsMoved = { moved: [], combined: [] };
  for (const m of mergedRows) {
    const k = keptRows.find((r) => r.case_id === m.case_id);
    if (!k) {
      caseRows.moved.push(m.id);
      continue;
    }
    const after = {
      roles: mergeRoles(k.roles, m.roles),
      affiliation: combineAffiliation(k.affiliation, m.affiliation),
      consent_to_state: combineConsent(k.consent_to_state, m.consent_to_state),
      consent_public: combineConsent(k.consent_public, m.consent_public),
    };
    await deleteCasePersonRow(tx, m.id);
    await updateCasePersonRow(tx, k.id, { ...after, source_submission_id: k.source_submission_id ?? m.source_submission_id });
    caseRows.combined.push({ keptRowId: k.id, keptBefore: rowValues(k), keptAfter: rowValues(after), mergedRow: m });
  }
  await moveCasePersonRows(tx, caseRows.moved, keptId);
  await addMergeDetails(tx, mergeId, { caseRows });
  await decideSuggestion(tx, rule, 'confirmed', actor.userId);

  const cases = [...new Set(mergedRows.map((r) => r.case_id))];
  const summary = { mergeId, keptId, mergedId, rule: rule.rule, keptName, mergedName, detail: rule.detail };
  await appendAudit(
    tx,
    { actorId: actor.userId, actor: actor.label, action: 'person.merge', entity: 'person', entityId: String(keptId), before: null, after: { ...summary, cases } },
    ...cases.map((c) => ({ actorId: actor.userId, actor: actor.label, action: 'case.person.merge', entity: 'case', entityId: String(c), before: { personId: mergedId }, after: summary })),
  );
  await offerMatches(tx, keptId);
  return { mergeId };
}

/** Keeps two persons apart: the pair is never offered again. */
export async function rejectMatch(tx: Queryable, personId: number, otherId: number, actor: Actor): Promise<void> {
  const [a, b] = await twoPersons(tx, personId, otherId);
  const [pa, pz] = pairOf(a.id, b.id);
  const pair = (await ruleFor(tx, a, b)) ?? {
    personA: pa,
    personB: pz,
    rule: null,
    nameA: pa === a.id ? a.display_name : b.display_name,
    nameB: pa === a.id ? b.display_name : a.display_name,
    detail: null,
  };
  await decideSuggestion(tx, pair, 'rejected', actor.userId);
  await appendAudit(tx, {
    actorId: actor.userId,
    actor: actor.label,
    action: 'person.keep-apart',
    entity: 'person',
    entityId: String(personId),
    before: null,
    after: { otherId, rule: pair.rule, names: [pair.nameA, pair.nameB] },
  });
}

/**
 * Undoes a merge: the merged person gets back its spellings and mentions (the letters' unmerge)
 * and its case rows; a row the merge combined is split again, the kept person's row going back
 * to what it was unless someone changed it since. The pair is kept apart from then on.
 */
export async function undoMerge(tx: Queryable, mergeId: number, actor: Actor): Promise<{ keptId: number; mergedId: number }> {
  const merge = await getMerge(tx, 'person', mergeId);
  if (!merge) throw new RapError('RAP_ERR_NOT_FOUND', `merge #${mergeId}`);
  if (merge.undone_at) throw new RapError('RAP_ERR_CONFLICT', `merge #${mergeId} was already undone`);
  await unmergeEntities(tx, 'person', merge);
  const caseRows = (merge.details as { caseRows?: CaseRowsMoved }).caseRows ?? { moved: [], combined: [] };
  await moveCasePersonRows(tx, caseRows.moved, merge.merged_id);
  for (const c of caseRows.combined) {
    const now = await getCasePerson(tx, c.mergedRow.case_id, merge.kept_id);
    if (now && now.id === c.keptRowId && sameValues(rowValues(now), c.keptAfter)) {
      const b = c.keptBefore;
      await updateCasePersonRow(tx, now.id, { roles: b.roles, affiliation: b.affiliation, consent_to_state: b.consentToState, consent_public: b.consentPublic });
    }
    await restoreCasePersonRow(tx, { ...c.mergedRow, person_id: merge.merged_id, added_at: new Date(c.mergedRow.added_at) });
  }
  const [pa, pz] = pairOf(merge.kept_id, merge.merged_id);
  await decideSuggestion(
    tx,
    { personA: pa, personB: pz, rule: merge.rule, nameA: pa === merge.kept_id ? merge.kept_name : merge.merged_name, nameB: pa === merge.kept_id ? merge.merged_name : merge.kept_name, detail: merge.details.detail ?? null },
    'rejected',
    actor.userId,
  );
  const cases = [...new Set([...caseRows.combined.map((c) => c.mergedRow.case_id), ...(await caseRowsOfPerson(tx, merge.merged_id)).map((r) => r.case_id)])];
  const summary = { mergeId, keptId: merge.kept_id, mergedId: merge.merged_id, rule: merge.rule, keptName: merge.kept_name, mergedName: merge.merged_name };
  await appendAudit(
    tx,
    { actorId: actor.userId, actor: actor.label, action: 'person.unmerge', entity: 'person', entityId: String(merge.kept_id), before: { mergedInto: merge.kept_id }, after: { ...summary, cases } },
    ...cases.map((c) => ({ actorId: actor.userId, actor: actor.label, action: 'case.person.unmerge', entity: 'case', entityId: String(c), before: null, after: summary })),
  );
  return { keptId: merge.kept_id, mergedId: merge.merged_id };
}

// Reading ------------------------------------------------------------------------------------

const letterLink = (r: { communication_id: number; reference_text: string; letter_date: string | null; status: string }): LetterLink => ({
  communicationId: r.communication_id,
  reference: r.reference_text,
  date: r.letter_date,
  status: r.status,
});

const mergeSummary = (m: { id: number; kept_id: number; merged_id: number; rule: string; kept_name: string; merged_name: string; merged_at: Date; undone_at: Date | null }): MergeSummary => ({
  mergeId: m.id,
  keptId: m.kept_id,
  mergedId: m.merged_id,
  rule: m.rule,
  ruleText: (PERSON_RULES as Record<string, string>)[m.rule] ?? m.rule,
  keptName: m.kept_name,
  mergedName: m.merged_name,
  mergedAt: m.merged_at,
  undoneAt: m.undone_at,
});

/** The people and organisations of a case, with what the case page shows and offers of each. */
export async function loadCasePeople(db: Queryable, caseId: number): Promise<CasePeopleData> {
  const rows = await caseRowsOfCase(db, caseId);
  const ids = rows.map((r) => r.person_id);
  const suggestions = await pendingSuggestions(db, ids);
  const otherIds = [...new Set(suggestions.flatMap((s) => [s.person_a, s.person_b]).filter((id) => !ids.includes(id)))];
  const everyone = [...ids, ...otherIds];
  const [spellings, cases, letters, merges, others, organizations] = [
    await spellingsOfPersons(db, ids),
    await casesOfPersons(db, everyone),
    await lettersOfPersons(db, everyone),
    await mergesOfPersons(db, ids),
    await personsByIds(db, otherIds),
    await organizationsOfCase(db, caseId),
  ];
  const casesOf = (id: number) => cases.filter((c) => c.person_id === id && c.case_id !== caseId).map((c) => ({ caseId: c.case_id, title: c.title }));
  const lettersOf = (id: number) => letters.filter((l) => l.person_id === id).map(letterLink);

  return {
    caseId,
    people: rows.map((r) => ({
      personId: r.person_id,
      displayName: r.display_name,
      gender: r.gender,
      spellings: spellings.filter((s) => s.person_id === r.person_id).map((s) => s.name),
      roles: r.roles,
      affiliation: r.affiliation,
      consentToState: r.consent_to_state,
      consentPublic: r.consent_public,
      sourceSubmissionId: r.source_submission_id,
      otherCases: casesOf(r.person_id),
      letters: lettersOf(r.person_id),
      suggestions: suggestions
        .filter((s) => s.person_a === r.person_id || s.person_b === r.person_id)
        .map((s) => {
          const mine = s.person_a === r.person_id;
          const otherId = mine ? s.person_b : s.person_a;
          const other = others.find((o) => o.id === otherId) ?? rows.find((x) => x.person_id === otherId);
          const rule = s.rule ?? '';
          return {
            suggestionId: s.id,
            otherId,
            otherName: other?.display_name ?? (mine ? s.name_b : s.name_a),
            otherGender: other?.gender ?? null,
            spelling: mine ? s.name_a : s.name_b,
            otherSpelling: mine ? s.name_b : s.name_a,
            rule,
            ruleText: (PERSON_RULES as Record<string, string>)[rule] ?? rule,
            detail: s.detail ?? '',
            otherLetters: lettersOf(otherId),
            otherCases: cases.filter((c) => c.person_id === otherId).map((c) => ({ caseId: c.case_id, title: c.title })),
          };
        }),
      merges: merges.filter((m) => m.kept_id === r.person_id || m.merged_id === r.person_id).map(mergeSummary),
    })),
    organizations: organizations.map((o) => ({
      organizationId: o.organization_id,
      displayName: o.display_name,
      spellings: o.spellings,
      role: o.role,
      letterCount: o.letter_count,
      otherCaseCount: o.other_case_count,
    })),
  };
}


export interface PersonFile {
  personId: number;
  displayName: string;
  gender: Gender;
  spellings: Array<{ name: string; sources: Array<{ kind: string; reference: string | null; caseId: number | null; caseTitle: string | null }> }>;
  cases: Array<CaseLink & { status: string; roles: string[]; consentToState: boolean | null; consentPublic: boolean | null }>;
  letters: Array<LetterLink & { role: string | null; spelling: string }>;
  merges: Array<MergeSummary & { mergedBy?: string; undoneBy?: string }>;
}

/**
 * Everything the workspace knows of a person: every spelling and where it comes from, the
 * cases and letters naming them (published or not), the merges that made them. A person merged
 * into another is read as that other (see `personId` of the answer).
 */
export async function loadPersonFile(db: Queryable, personId: number): Promise<PersonFile> {
  const profile = await entityProfile(db, 'person', personId);
  const id = profile.id;
  const [sources, cases] = [await spellingSources(db, id), await casesOfPersons(db, [id])];
  const merges = profile.merges.map(mergeSummary);
  const actors = await mergeActors(db, merges.map((m) => m.mergeId));
  return {
    personId: id,
    displayName: profile.displayName,
    gender: profile.gender,
    spellings: profile.spellings.map((name) => ({
      name,
      sources: sources.filter((s) => s.name === name).map((s) => ({ kind: s.kind, reference: s.reference, caseId: s.case_id, caseTitle: s.case_title })),
    })),
    cases: cases.map((c) => ({ caseId: c.case_id, title: c.title, status: c.status, roles: c.roles, consentToState: c.consent_to_state, consentPublic: c.consent_public })),
    letters: profile.letters.map((l) => ({ ...letterLink({ ...l, letter_date: l.letter_date === null ? null : String(l.letter_date) }), role: l.role, spelling: l.name })),
    merges: merges
      .map((m) => ({ ...m, mergedBy: actors.get(m.mergeId)?.merged, undoneBy: actors.get(m.mergeId)?.undone }))
      .reverse(),
  };
}
