/** The edit form of a draft: its settings and every section as a field, with the version the person read. */
import type { DraftView } from '../../../services/drafting.js';
import { FieldError, invalidAttrs, type FieldProblem } from '../auth/error-summary.js';
import { CsrfField } from '../csrf-field.js';
import type { StaffSession } from '../workspace.js';
import { inputId, problemsOf, valueIn, type DraftFormState } from './draft-form-state.js';
import { contentOf } from './draft-preview.js';
import { sectionValues, type SectionField } from './draft-sections.js';
import { SettingsFields } from './settings-fields.js';

interface TextProps {
  field: SectionField;
  label: string;
  hint?: string;
  value: string;
  problems: FieldProblem[];
  rows?: number;
}

function TextField({ field, label, hint, value, problems, rows }: TextProps) {
  const id = inputId('edit', field);
  const hintId = `${id}-hint`;
  const invalid = invalidAttrs(id, problems);
  const describedBy = [hint ? hintId : '', invalid['aria-describedby'] ?? ''].filter(Boolean).join(' ');
  return (
    <p class="field">
      <label for={id}>{label}</label>
      {hint && (
        <span class="hint" id={hintId}>
          {hint}
        </span>
      )}
      <FieldError field={id} problems={problems} />
      {rows ? (
        <textarea id={id} name={field} rows={rows} {...invalid} {...(describedBy ? { 'aria-describedby': describedBy } : {})}>
          {value}
        </textarea>
      ) : (
        <input id={id} name={field} type="text" maxLength={1000} value={value} {...invalid} {...(describedBy ? { 'aria-describedby': describedBy } : {})} />
      )}
    </p>
  );
}

function Checkbox({ field, label, checked }: { field: SectionField; label: string; checked: boolean }) {
  const id = inputId('edit', field);
  return (
    <p class="field checkbox">
      <input type="checkbox" id={id} name={field} value="yes" checked={checked} /> <label for={id}>{label}</label>
    </p>
  );
}

export function DraftEditForm({ staff, draft, state }: { staff: StaffSession; draft: DraftView; state?: DraftFormState }) {
  const problems = problemsOf(state, 'edit');
  const content = contentOf(draft);
  const stored = sectionValues(content);
  const v = (field: string, value: string) => valueIn(state, 'edit', field, value);
  const invited = draft.mandates.filter((m) => m.role === 'invited').map((m) => m.mandateId);
  const text = (field: SectionField) => v(field, stored[field]);
  return (
    <form method="post" action={`/staff/drafts/${draft.id}`} class="draft-form" id="edit">
      <CsrfField token={staff.csrfToken} />
      <input type="hidden" name="version" value={v('version', String(draft.version))} />
      <fieldset>
        <legend>Settings</legend>
        <SettingsFields
          form="edit"
          problems={problems}
          values={{
            type: v('type', draft.type),
            recipientCode: v('recipient_code', draft.recipientCode),
            recipientName: v('recipient_name', content.recipient.name ?? ''),
            language: v('language', draft.language),
            leadMandateId: v('lead_mandate', draft.leadMandateId),
            invited: state?.form === 'edit' ? (state.values.invited ?? '').split('\n').filter(Boolean) : invited,
          }}
        />
      </fieldset>
      <fieldset>
        <legend>Sections</legend>
        <TextField field="subject" label="Subject" hint="A phrase that follows “information received concerning”." value={text('subject')} problems={problems} />
        <TextField field="persons" label="Persons concerned" rows={4} hint="One per line: name | female or male | descriptors, separated by commas | organisation." value={text('persons')} problems={problems} />
        <TextField field="facts" label="Facts" rows={8} hint="One per line: date (YYYY, YYYY-MM or YYYY-MM-DD) | place | what happened. Printed in date order." value={text('facts')} problems={problems} />
        <TextField field="concerns" label="Concerns" rows={6} hint="Paragraphs separated by a blank line." value={text('concerns')} problems={problems} />
        <TextField field="questions" label="Questions to the recipient" rows={6} hint="One question per line; they are numbered in the letter." value={text('questions')} problems={problems} />
        <Checkbox field="interim_measures" label="Ask for interim measures" checked={v('interim_measures', stored.interim_measures) === 'yes'} />
        <Checkbox field="press_release" label="Say that a press release may follow" checked={v('press_release', stored.press_release) === 'yes'} />
        <TextField field="copies_to" label="Copies to (State codes)" hint="Three-letter codes separated by spaces, such as XAB XAC." value={text('copies_to')} problems={problems} />
        <TextField field="legal_references" label="Legal references for the annex" rows={4} hint="One instrument per line: its id, a colon, then the articles, such as iccpr: 9, 19." value={text('legal_references')} problems={problems} />
      </fieldset>
      <button type="submit">Save the draft</button>
    </form>
  );
}
