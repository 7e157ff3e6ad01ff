/**
 * What the staff pages show of people: the people and organisations of a case with the matches
 * offered and the merges made (the case page's people section), and everything the workspace
 * knows of one person (the person page). Reading only.
 */
import { PERSON_RULES } from '../domain/names.js';
import {
  caseRowsOfCase,
  casesOfPersons,
  lettersOfPersons,
  mergeActors,
  mergesOfPersons,
  pendingSuggestions,
  personsByIds,
  spellingsOfPersons,
  spellingSources,
} from '../store/case-people.repo.js';
import { organizationsOfCase } from '../store/case-organizations.repo.js';
import type { Queryable } from '../store/database.js';
import { entityProfile } from './people.js';

export type Gender = 'female' | 'male' | null;

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
