/**
 * The forms of people and organisations in a case, as they arrive: a draft (the fields as typed,
 * to show the form again with its values when something is wrong) and the checked input for
 * the services. The services check the texts themselves (lengths, control characters, names
 * with letters); here only the shape of the form: choices among the offered values, numbers.
 */
import { z } from 'zod';
import { PERSON_ROLE_CODES } from '../../../domain/person-roles.js';
import type { CasePersonUpdate } from '../../../services/case-people-edit.js';

/** One thing wrong with a form: the field (its `name`) and what to do. */
export interface Problem {
  field: string;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

type Body = Record<string, unknown>;

const bodyOf = (body: unknown): Body => (body && typeof body === 'object' ? (body as Body) : {});
/** A single-valued field: the first value when a field is sent twice, '' when missing. */
const textOf = (body: Body, key: string): string => {
  const v = body[key];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first : '';
};
const listOf = (body: Body, key: string): string[] => {
  const v = body[key];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
};

export interface PersonDraft {
  name: string;
  other_names: string;
  gender: string;
  roles: string[];
  affiliation: string;
  consent_to_state: string;
  consent_public: string;
}

export const emptyPersonDraft = (): PersonDraft => ({
  name: '',
  other_names: '',
  gender: '',
  roles: [],
  affiliation: '',
  consent_to_state: 'unknown',
  consent_public: 'unknown',
});

export function personDraftOf(raw: unknown): PersonDraft {
  const body = bodyOf(raw);
  return {
    name: textOf(body, 'name'),
    other_names: textOf(body, 'other_names'),
    gender: textOf(body, 'gender'),
    roles: listOf(body, 'roles'),
    affiliation: textOf(body, 'affiliation'),
    consent_to_state: textOf(body, 'consent_to_state') || 'unknown',
    consent_public: textOf(body, 'consent_public') || 'unknown',
  };
}

const consent = (what: string) =>
  z.enum(['yes', 'no', 'unknown'], { error: `Choose yes, no or not asked for ${what}` }).transform((v) => (v === 'yes' ? true : v === 'no' ? false : null));

const PersonFields = z.object({
  gender: z.enum(['', 'female', 'male'], { error: 'Choose female, male or not known for the gender' }).transform((v) => (v === '' ? null : v)),
  roles: z.array(z.enum(PERSON_ROLE_CODES as [string, ...string[]], { error: 'Choose the roles from the list' })).max(PERSON_ROLE_CODES.length),
  affiliation: z.string().transform((v) => (v.trim() ? v : null)),
  consent_to_state: consent('giving the name to the State'),
  consent_public: consent('making the name public'),
});

function problemsOf(error: z.ZodError): Problem[] {
  const seen = new Set<string>();
  return error.issues.flatMap((i) => {
    const field = String(i.path[0] ?? 'form');
    if (seen.has(field)) return [];
    seen.add(field);
    return [{ field, message: i.message }];
  });
}

export interface PersonFormInput extends CasePersonUpdate {
  name: string;
  otherNames: string[];
}

/** The add form: a name is required (the service checks it further), other spellings one per line. */
export function checkAddPerson(d: PersonDraft): Checked<PersonFormInput> {
  const parsed = PersonFields.safeParse(d);
  const problems = parsed.success ? [] : problemsOf(parsed.error);
  if (!d.name.trim()) problems.unshift({ field: 'name', message: 'Give the name of the person' });
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  const f = parsed.data;
  return {
    ok: true,
    value: {
      name: d.name,
      otherNames: d.other_names.split(/\r?\n/).filter((l) => l.trim()),
      gender: f.gender,
      roles: f.roles,
      affiliation: f.affiliation,
      consentToState: f.consent_to_state,
      consentPublic: f.consent_public,
    },
  };
}

export function checkEditPerson(d: PersonDraft): Checked<CasePersonUpdate> {
  const parsed = PersonFields.safeParse(d);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const f = parsed.data;
  return { ok: true, value: { gender: f.gender, roles: f.roles, affiliation: f.affiliation, consentToState: f.consent_to_state, consentPublic: f.consent_public } };
}

export interface OrganizationDraft {
  name: string;
  role: string;
}

export const organizationDraftOf = (raw: unknown): OrganizationDraft => {
  const body = bodyOf(raw);
  return { name: textOf(body, 'name'), role: textOf(body, 'role') };
};

export function checkOrganization(d: OrganizationDraft): Checked<{ name: string; role: string | null }> {
  if (!d.name.trim()) return { ok: false, problems: [{ field: 'name', message: 'Give the name of the organisation' }] };
  return { ok: true, value: { name: d.name, role: d.role.trim() ? d.role : null } };
}

export const spellingDraftOf = (raw: unknown): { name: string } => ({ name: textOf(bodyOf(raw), 'name') });

/** A record number in a path or a field: a positive integer, else null. */
export function idOf(value: unknown): number | null {
  if (typeof value !== 'string' || !/^[1-9][0-9]{0,14}$/.test(value)) return null;
  return Number(value);
}

export const fieldIdOf = (raw: unknown, key: string): number | null => idOf(textOf(bodyOf(raw), key));
