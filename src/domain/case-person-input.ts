/**
 * What a form or a submission may say of a person in a case: a name with letters in it, at most
 * a few other spellings, roles read into the codes of person-roles.ts (words not recognised are
 * kept in the affiliation), each within its bound.
 */
import { RapError } from './errors.js';
import { nameTokens } from './names.js';
import { keepUnrecognised, normalizeRoles, type PersonRole } from './person-roles.js';
import { lineOf, requiredLineOf } from './text-line.js';

export const NAME_MAX = 200;
export const AFFILIATION_MAX = 300;
export const SPELLINGS_MAX = 20;

/** A name or a spelling: required, and with letters in it. */
export function personName(value: string, field: string, label: string): string {
  const name = requiredLineOf(value, field, label, NAME_MAX);
  if (nameTokens(name).length === 0 || !/\p{L}/u.test(name)) throw new RapError('RAP_ERR_INVALID', `${label} "${name}" has no letters of a name`, { field });
  return name;
}

/** The name and its other spellings, each checked, without repeats, the name first. */
export function spellingsOf(name: string, otherNames: string[]): string[] {
  const others = otherNames.map((n) => lineOf(n, 'other_names', 'an other spelling', NAME_MAX)).filter((n): n is string => !!n);
  if (others.length > SPELLINGS_MAX) throw new RapError('RAP_ERR_INVALID', `give at most ${SPELLINGS_MAX} other spellings`, { field: 'other_names' });
  for (const o of others) personName(o, 'other_names', 'the other spelling');
  return [...new Set([name, ...others])];
}

/** Roles as codes; the words no code fits are added to the affiliation, cut to its bound. */
export function rolesOf(texts: string[], affiliation: string | null): { roles: PersonRole[]; affiliation: string | null } {
  const given = texts.map((t) => lineOf(t, 'roles', 'a role', NAME_MAX)).filter((t): t is string => !!t);
  const { roles, unrecognised } = normalizeRoles(given);
  const kept = keepUnrecognised(affiliation, unrecognised);
  return { roles, affiliation: kept && kept.length > AFFILIATION_MAX ? kept.slice(0, AFFILIATION_MAX) : kept };
}
