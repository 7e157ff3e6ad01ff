/**
 * What a person is in one case (roles, affiliation, consents), and how two records of it become
 * one: when a person is added again to a case, and when a merge combines two persons' rows of
 * the same case. `rowValues` is the shape the audit trail and a merge's details keep.
 */
import { AFFILIATION_MAX } from './case-person-input.js';
import { PERSON_ROLE_CODES, type PersonRole } from './person-roles.js';

/** The columns of a case row these rules read (store/case-people.repo.ts `CasePersonRow`). */
export interface CasePersonColumns {
  roles: string[];
  affiliation: string | null;
  consent_to_state: boolean | null;
  consent_public: boolean | null;
}

export const rowValues = (r: CasePersonColumns) => ({
  roles: r.roles,
  affiliation: r.affiliation,
  consentToState: r.consent_to_state,
  consentPublic: r.consent_public,
});

export type CasePersonValues = ReturnType<typeof rowValues>;

/** Whether a case row still holds what a merge wrote (the details come back from JSON, keys in any order). */
export function sameValues(a: CasePersonValues, b: CasePersonValues): boolean {
  return (
    a.roles.join(',') === b.roles.join(',') && a.affiliation === b.affiliation && a.consentToState === b.consentToState && a.consentPublic === b.consentPublic
  );
}

/** The roles of either record, in the order of PERSON_ROLE_CODES. */
export const mergeRoles = (a: string[], b: string[]): PersonRole[] => PERSON_ROLE_CODES.filter((r) => a.includes(r) || b.includes(r));

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

/** Both affiliations joined; the first alone when the two would pass AFFILIATION_MAX. */
export function combineAffiliation(a: string | null, b: string | null): string | null {
  if (!a || !b || a === b) return a ?? b;
  const both = `${a}; ${b}`;
  return both.length > AFFILIATION_MAX ? a : both;
}
