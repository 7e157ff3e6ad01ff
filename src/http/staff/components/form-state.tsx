/**
 * What the workspace's forms share: the state of a form sent back with errors (the values as
 * typed and a message per field), the error summary at the top of the page, and a field's message.
 * `F` names the forms of one page (case forms, letter forms...).
 */
import type { FieldErrors } from '../../../domain/case-event.js';

/** Which form of a case page the values and errors belong to. */
export type FormName = 'case' | 'new-case' | 'event-new' | `event-${number}` | 'document' | 'letter' | 'triage';

export interface FormState<F extends string = FormName> {
  form: F;
  values: Record<string, string>;
  errors: FieldErrors;
}

/** The id of a field of a form: unique on the page, the target of the summary's links. */
export const fieldId = (form: string, field: string) => `${form}-${field.replace(/_/g, '-')}`;

/** The state of `form` when it is the one sent back, else nothing. */
export function stateOf<F extends string>(state: FormState<F> | undefined, form: F): FormState<F> | undefined {
  return state?.form === form ? state : undefined;
}

/** A field's value: as typed when the form comes back, else the stored value. */
export const valueOf = (state: FormState<string> | undefined, field: string, stored: string) => state?.values[field] ?? stored;

/**
 * The problems of a form sent back, first on the page, each linking to its field. A problem
 * that names no field of the form (`_`) links to the form itself.
 */
export function ErrorSummary({ state, fields }: { state: FormState<string> | undefined; fields: readonly string[] }) {
  if (!state || Object.keys(state.errors).length === 0) return null;
  const target = (field: string) => (fields.includes(field) ? fieldId(state.form, field) : state.form);
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">Nothing was saved: please correct this</h2>
      <ul>
        {Object.entries(state.errors).map(([field, message]) => (
          <li>
            <a href={`#${target(field)}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A field's problem, next to it (the input names it with `aria-describedby`). */
export function FieldError({ state, field }: { state: FormState<string> | undefined; field: string }) {
  const message = state?.errors[field];
  if (!message) return null;
  return (
    <p class="field-error" id={`${fieldId(state.form, field)}-error`}>
      <span class="visually-hidden">Error: </span>
      {message}
    </p>
  );
}

/** The attributes of an input with a problem. */
export function invalidAttrs(state: FormState<string> | undefined, field: string): Record<string, string> {
  if (!state?.errors[field]) return {};
  return { 'aria-invalid': 'true', 'aria-describedby': `${fieldId(state.form, field)}-error` };
}
