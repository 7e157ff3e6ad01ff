/** The fields of a person in a case (gender, roles, affiliation, consents) and how a form shows what is wrong. */
import { PERSON_ROLE_CODES, PERSON_ROLES } from '../../../domain/person-roles.js';
import type { PersonDraft, Problem } from './people-forms.js';

export const problemFor = (problems: Problem[] | undefined, field: string) => problems?.find((p) => p.field === field);

/** The attributes tying an input to its error message, when it has one. */
export function invalidProps(prefix: string, problems: Problem[] | undefined, field: string) {
  return problemFor(problems, field) ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${prefix}-${field}-error` } : {};
}

export function FieldError({ prefix, field, problems }: { prefix: string; field: string; problems: Problem[] | undefined }) {
  const p = problemFor(problems, field);
  if (!p) return null;
  return (
    <p class="field-error" id={`${prefix}-${field}-error`}>
      <span class="visually-hidden">Error: </span>
      {p.message}
    </p>
  );
}

/** Every problem of a form, each a link to its field: announced when the page opens. */
export function ProblemSummary({ prefix, problems }: { prefix: string; problems: Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby={`${prefix}-problems`}>
      <h2 id={`${prefix}-problems`}>There is a problem</h2>
      <ul>
        {problems.map((p) => (
          <li>
            <a href={`#${prefix}-${p.field}`}>{p.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

const CONSENT_CHOICES = [
  ['yes', 'Yes'],
  ['no', 'No'],
  ['unknown', 'Not asked'],
] as const;

function ConsentFieldset({ prefix, field, legend, value, problems }: { prefix: string; field: string; legend: string; value: string; problems: Problem[] | undefined }) {
  return (
    <fieldset class="choices inline" {...invalidProps(prefix, problems, field)}>
      <legend>{legend}</legend>
      <FieldError prefix={prefix} field={field} problems={problems} />
      {CONSENT_CHOICES.map(([v, label], i) => (
        <label>
          <input type="radio" name={field} value={v} id={i === 0 ? `${prefix}-${field}` : `${prefix}-${field}-${v}`} checked={value === v} /> {label}
        </label>
      ))}
    </fieldset>
  );
}

/** Gender, roles, affiliation and the two consents, filled from a draft. */
export function PersonDetailsFields({ prefix, draft, problems }: { prefix: string; draft: PersonDraft; problems?: Problem[] | undefined }) {
  return (
    <>
      <div class="field">
        <label for={`${prefix}-gender`}>Gender</label>
        <FieldError prefix={prefix} field="gender" problems={problems} />
        <select id={`${prefix}-gender`} name="gender" {...invalidProps(prefix, problems, 'gender')}>
          <option value="" selected={draft.gender === ''}>Not known</option>
          <option value="female" selected={draft.gender === 'female'}>Female</option>
          <option value="male" selected={draft.gender === 'male'}>Male</option>
        </select>
      </div>
      <fieldset class="choices roles" {...invalidProps(prefix, problems, 'roles')}>
        <legend>Roles</legend>
        <FieldError prefix={prefix} field="roles" problems={problems} />
        {PERSON_ROLE_CODES.map((code, i) => (
          <label>
            <input type="checkbox" name="roles" value={code} id={i === 0 ? `${prefix}-roles` : `${prefix}-roles-${code}`} checked={draft.roles.includes(code)} />{' '}
            {PERSON_ROLES[code]}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for={`${prefix}-affiliation`}>Affiliation</label>
        <p class="hint" id={`${prefix}-affiliation-hint`}>An organisation, a community, a profession: in your words.</p>
        <FieldError prefix={prefix} field="affiliation" problems={problems} />
        <input
          type="text"
          id={`${prefix}-affiliation`}
          name="affiliation"
          value={draft.affiliation}
          maxLength={300}
          aria-describedby={problemFor(problems, 'affiliation') ? `${prefix}-affiliation-error ${prefix}-affiliation-hint` : `${prefix}-affiliation-hint`}
          aria-invalid={problemFor(problems, 'affiliation') ? 'true' : undefined}
        />
      </div>
      <ConsentFieldset prefix={prefix} field="consent_to_state" legend="May the name be given to the State?" value={draft.consent_to_state} problems={problems} />
      <ConsentFieldset prefix={prefix} field="consent_public" legend="May the name be made public?" value={draft.consent_public} problems={problems} />
    </>
  );
}
