/** The forms of a person in a case: add, edit, add a spelling; and the organisation form. */
import { CsrfField } from '../csrf-field.js';
import { casePeopleAction, caseOrganizationsAction, casePersonAction } from './people-hrefs.js';
import { emptyPersonDraft, type OrganizationDraft, type PersonDraft, type Problem } from './people-forms.js';
import { FieldError, invalidProps, PersonDetailsFields } from './person-fields.js';

interface FormProps<D> {
  caseId: number;
  csrf: string;
  draft?: D | undefined;
  problems?: Problem[] | undefined;
}

export const ADD_PERSON_PREFIX = 'add-person';
export const editPersonPrefix = (personId: number) => `person-${personId}-edit`;
export const spellingPrefix = (personId: number) => `person-${personId}-spelling`;
export const ADD_ORGANIZATION_PREFIX = 'add-organization';

export function AddPersonForm({ caseId, csrf, draft = emptyPersonDraft(), problems }: FormProps<PersonDraft>) {
  const prefix = ADD_PERSON_PREFIX;
  return (
    <form class="person-form" method="post" action={casePeopleAction(caseId)} novalidate>
      <CsrfField token={csrf} />
      <div class="field">
        <label for={`${prefix}-name`}>Name</label>
        <FieldError prefix={prefix} field="name" problems={problems} />
        <input type="text" id={`${prefix}-name`} name="name" value={draft.name} maxLength={200} required autocomplete="off" {...invalidProps(prefix, problems, 'name')} />
      </div>
      <div class="field">
        <label for={`${prefix}-other_names`}>Other spellings</label>
        <p class="hint" id={`${prefix}-other_names-hint`}>One per line: transliterations, the names in another order, a maiden name.</p>
        <FieldError prefix={prefix} field="other_names" problems={problems} />
        <textarea
          id={`${prefix}-other_names`}
          name="other_names"
          rows={3}
          aria-describedby={`${prefix}-other_names-hint`}
          aria-invalid={problems?.some((p) => p.field === 'other_names') ? 'true' : undefined}
          value={draft.other_names}
        />
      </div>
      <PersonDetailsFields prefix={prefix} draft={draft} problems={problems} />
      <button type="submit">Add the person</button>
    </form>
  );
}

export function EditPersonForm({ caseId, personId, csrf, draft, problems }: FormProps<PersonDraft> & { personId: number; draft: PersonDraft }) {
  return (
    <form class="person-form" method="post" action={casePersonAction(caseId, personId)} novalidate>
      <CsrfField token={csrf} />
      <PersonDetailsFields prefix={editPersonPrefix(personId)} draft={draft} problems={problems} />
      <button type="submit">Save</button>
    </form>
  );
}

export function SpellingForm({ caseId, personId, csrf, draft, problems }: FormProps<{ name: string }> & { personId: number }) {
  const prefix = spellingPrefix(personId);
  return (
    <form class="inline-form" method="post" action={casePersonAction(caseId, personId, 'spellings')} novalidate>
      <CsrfField token={csrf} />
      <label for={`${prefix}-name`}>Another spelling</label>
      <FieldError prefix={prefix} field="name" problems={problems} />
      <input type="text" id={`${prefix}-name`} name="name" value={draft?.name ?? ''} maxLength={200} required autocomplete="off" {...invalidProps(prefix, problems, 'name')} />
      <button type="submit">Add the spelling</button>
    </form>
  );
}

export function AddOrganizationForm({ caseId, csrf, draft, problems }: FormProps<OrganizationDraft>) {
  const prefix = ADD_ORGANIZATION_PREFIX;
  return (
    <form class="organization-form" method="post" action={caseOrganizationsAction(caseId)} novalidate>
      <CsrfField token={csrf} />
      <div class="field">
        <label for={`${prefix}-name`}>Name of the organisation</label>
        <FieldError prefix={prefix} field="name" problems={problems} />
        <input type="text" id={`${prefix}-name`} name="name" value={draft?.name ?? ''} maxLength={200} required autocomplete="off" {...invalidProps(prefix, problems, 'name')} />
      </div>
      <div class="field">
        <label for={`${prefix}-role`}>Its part in the case</label>
        <p class="hint" id={`${prefix}-role-hint`}>For example: employer of the victim, submitted the information, targeted by the raid.</p>
        <FieldError prefix={prefix} field="role" problems={problems} />
        <input
          type="text"
          id={`${prefix}-role`}
          name="role"
          value={draft?.role ?? ''}
          maxLength={200}
          aria-describedby={`${prefix}-role-hint`}
          aria-invalid={problems?.some((p) => p.field === 'role') ? 'true' : undefined}
        />
      </div>
      <button type="submit">Add the organisation</button>
    </form>
  );
}
