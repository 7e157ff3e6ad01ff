/**
 * Matching persons across cases and letters: a rule of domain/names.ts that finds two persons
 * alike only offers them as a suggestion; an officer confirms it (a merge, with the letters'
 * merge machinery, that moves or combines the case rows too), keeps the two apart, or undoes a
 * merge, which restores both persons in their letters and their cases. Every decision is written
 * to the audit trail in the same transaction.
 */
import type { Actor } from '../domain/actor.js';
import { combineAffiliation, combineConsent, mergeRoles, rowValues, sameValues, type CasePersonValues } from '../domain/case-person-merge.js';
import { RapError } from '../domain/errors.js';
import { matchPersonNames, PERSON_RULES, type NameMatch, type PersonRule } from '../domain/names.js';
import { appendAudit } from '../store/audit.repo.js';
import {
  addMergeDetails,
  caseRowsOfPerson,
  decideSuggestion,
  deleteCasePersonRow,
  getCasePerson,
  getSuggestion,
  insertSuggestion,
  moveCasePersonRows,
  personsByIds,
  restoreCasePersonRow,
  spellingsOfPersons,
  suggestedPairs,
  updateCasePersonRow,
  type CasePersonRow,
  type NewSuggestion,
  type PersonRow,
} from '../store/case-people.repo.js';
import type { Queryable } from '../store/database.js';
import { findCandidates, getMerge, keptApartPairs, mergeEntities, unmergeEntities, type MergeRow } from '../store/entities.repo.js';

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

/** What a merge did to case rows, kept in the merge's details for the undo. */
interface CaseRowsMoved {
  moved: number[];
  combined: Array<{
    keptRowId: number;
    keptBefore: CasePersonValues;
    keptAfter: CasePersonValues;
    mergedRow: CasePersonRow;
  }>;
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
 * After a merge of persons (confirmed by an officer, or made by the import's resolver): the
 * merged person's case rows move to the kept person, or are combined with the kept person's row
 * of the same case; what moved is kept in the merge's details so that the merge can be undone.
 * Returns the cases whose rows changed.
 */
export async function carryCaseRows(tx: Queryable, keptId: number, mergedId: number, mergeId: number): Promise<number[]> {
  const keptRows = await caseRowsOfPerson(tx, keptId);
  const mergedRows = await caseRowsOfPerson(tx, mergedId);
  if (mergedRows.length === 0) return [];
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
  return [...new Set(mergedRows.map((r) => r.case_id))];
}

/** Undoing a merge, for case rows: those that moved go back; a combined row is split again (see undoMerge). */
export async function returnCaseRows(tx: Queryable, merge: MergeRow): Promise<number[]> {
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
  return caseRows.combined.map((c) => c.mergedRow.case_id);
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

  const mergeId = await mergeEntities(tx, 'person', { keptId, mergedId, rule: rule.rule!, keptName, mergedName, detail: rule.detail ?? '' });
  const cases = await carryCaseRows(tx, keptId, mergedId, mergeId);
  await decideSuggestion(tx, rule, 'confirmed', actor.userId);

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
  const combinedCases = await returnCaseRows(tx, merge);
  const [pa, pz] = pairOf(merge.kept_id, merge.merged_id);
  await decideSuggestion(
    tx,
    { personA: pa, personB: pz, rule: merge.rule, nameA: pa === merge.kept_id ? merge.kept_name : merge.merged_name, nameB: pa === merge.kept_id ? merge.merged_name : merge.kept_name, detail: merge.details.detail ?? null },
    'rejected',
    actor.userId,
  );
  const cases = [...new Set([...combinedCases, ...(await caseRowsOfPerson(tx, merge.merged_id)).map((r) => r.case_id)])];
  const summary = { mergeId, keptId: merge.kept_id, mergedId: merge.merged_id, rule: merge.rule, keptName: merge.kept_name, mergedName: merge.merged_name };
  await appendAudit(
    tx,
    { actorId: actor.userId, actor: actor.label, action: 'person.unmerge', entity: 'person', entityId: String(merge.kept_id), before: { mergedInto: merge.kept_id }, after: { ...summary, cases } },
    ...cases.map((c) => ({ actorId: actor.userId, actor: actor.label, action: 'case.person.unmerge', entity: 'case', entityId: String(c), before: null, after: summary })),
  );
  return { keptId: merge.kept_id, mergedId: merge.merged_id };
}
