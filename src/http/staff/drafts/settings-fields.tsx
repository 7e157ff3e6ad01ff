/** The choices of a letter: type, recipient, language, the lead mandate and the invited ones. */
import { mandates, states, type Mandate } from '../../../reference-data/index.js';
import { FieldError, invalidAttrs, type FieldProblem } from '../auth/error-summary.js';
import { inputId, type DraftFormName } from './draft-form-state.js';

export interface SettingsValues {
  type: string;
  recipientCode: string;
  recipientName: string;
  language: string;
  leadMandateId: string;
  invited: string[];
}

const TYPES: Array<[string, string]> = [['UA', 'Urgent appeal (UA)'], ['AL', 'Allegation letter (AL)'], ['OL', 'Other letter (OL)']];
const LANGUAGES: Array<[string, string]> = [['en', 'English'], ['fr', 'French'], ['es', 'Spanish']];

function mandateChoices(chosen: string[]): Mandate[] {
  return mandates()
    .filter((m) => m.status !== 'discontinued' || chosen.includes(m.id))
    .sort((a, b) => a.title.localeCompare(b.title, 'en'));
}

function Select({ form, field, label, value, options, problems }: { form: DraftFormName; field: string; label: string; value: string; options: Array<[string, string]>; problems: FieldProblem[] }) {
  const id = inputId(form, field);
  return (
    <p class="field">
      <label for={id}>{label}</label>
      <FieldError field={id} problems={problems} />
      <select id={id} name={field} {...invalidAttrs(id, problems)}>
        {!options.some(([v]) => v === value) && <option value="">Choose</option>}
        {options.map(([v, text]) => (
          <option value={v} selected={v === value}>
            {text}
          </option>
        ))}
      </select>
    </p>
  );
}

export function SettingsFields({ form, values, problems }: { form: DraftFormName; values: SettingsValues; problems: FieldProblem[] }) {
  const recipients: Array<[string, string]> = states()
    .filter((s) => s.code !== 'OTH')
    .map((s): [string, string] => [s.code, `${s.name.en} (${s.code})`])
    .sort((a, b) => a[1].localeCompare(b[1], 'en'));
  recipients.unshift(['OTH', 'Another actor: a company, an organisation… (OTH)']);
  const choices = mandateChoices([values.leadMandateId, ...values.invited]);
  const nameId = inputId(form, 'recipient_name');
  const invitedId = inputId(form, 'invited');
  return (
    <>
      <Select form={form} field="type" label="Type of letter" value={values.type} options={TYPES} problems={problems} />
      <Select form={form} field="recipient_code" label="Recipient" value={values.recipientCode} options={recipients} problems={problems} />
      <p class="field">
        <label for={nameId}>Name of the recipient (only for another actor, OTH)</label>
        <FieldError field={nameId} problems={problems} />
        <input id={nameId} name="recipient_name" type="text" maxLength={1000} value={values.recipientName} {...invalidAttrs(nameId, problems)} />
      </p>
      <Select form={form} field="language" label="Language of the letter" value={values.language} options={LANGUAGES} problems={problems} />
      <Select form={form} field="lead_mandate" label="Lead mandate" value={values.leadMandateId} options={choices.map((m) => [m.id, m.title])} problems={problems} />
      <fieldset class="mandate-choices" id={invitedId} {...(problems.some((p) => p.field === invitedId) ? { 'aria-describedby': `${invitedId}-error` } : {})}>
        <legend>Invited mandates (they join or decline)</legend>
        <FieldError field={invitedId} problems={problems} />
        <ul class="plain">
          {choices.map((m) => (
            <li>
              <input type="checkbox" name="invited" id={`${invitedId}-${m.id}`} value={m.id} checked={values.invited.includes(m.id)} />{' '}
              <label for={`${invitedId}-${m.id}`}>{m.title}</label>
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}
