/** The fields of a case (title, summary, country, and status when editing), shared by the new-case and edit forms. */
import { states } from '../../../reference-data/index.js';
import type { CaseFields } from '../../../domain/case.js';
import { FieldError, fieldId, invalidAttrs, valueOf, type FormName, type FormState } from '../components/form-state.js';

export const CASE_FIELDS = ['title', 'summary', 'country', 'status'] as const;

/** States by English name, fictional ones (for demos and tests) with the others. */
const stateOptions = () => [...states()].sort((a, b) => a.name.en.localeCompare(b.name.en, 'en'));

export function CaseFieldInputs({ form, state, stored, withStatus }: { form: FormName; state: FormState | undefined; stored: CaseFields | null; withStatus: boolean }) {
  const title = valueOf(state, 'title', stored?.title ?? '');
  const summary = valueOf(state, 'summary', stored?.summary ?? '');
  const country = valueOf(state, 'country', stored?.countryCode ?? '');
  const status = valueOf(state, 'status', stored?.status ?? 'open');
  return (
    <>
      <p class="field">
        <label for={fieldId(form, 'title')}>Title</label>
        <FieldError state={state} field="title" />
        <input id={fieldId(form, 'title')} name="title" type="text" required maxLength={200} value={title} {...invalidAttrs(state, 'title')} />
      </p>
      <p class="field">
        <label for={fieldId(form, 'summary')}>Summary</label>
        <FieldError state={state} field="summary" />
        <textarea id={fieldId(form, 'summary')} name="summary" rows={5} maxLength={20000} {...invalidAttrs(state, 'summary')}>
          {summary}
        </textarea>
      </p>
      <p class="field">
        <label for={fieldId(form, 'country')}>Country</label>
        <FieldError state={state} field="country" />
        <select id={fieldId(form, 'country')} name="country" {...invalidAttrs(state, 'country')}>
          <option value="">Not set</option>
          {stateOptions().map((s) => (
            <option value={s.code} selected={s.code === country}>
              {s.name.en} ({s.code})
            </option>
          ))}
        </select>
      </p>
      {withStatus && (
        <fieldset class="field">
          <legend>Status</legend>
          <FieldError state={state} field="status" />
          <label>
            <input type="radio" name="status" value="open" id={fieldId(form, 'status')} checked={status === 'open'} /> Open
          </label>{' '}
          <label>
            <input type="radio" name="status" value="closed" checked={status === 'closed'} /> Closed
          </label>
        </fieldset>
      )}
    </>
  );
}
