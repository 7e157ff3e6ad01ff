/**
 * The forms of the staff letter page: which one a 400 sends back, its values as typed and a
 * message per field; the error summary that leads the page and the message next to a field.
 */
import type { FieldErrors } from '../../../domain/case-event.js';

export type LetterFormName = 'reply' | 'passage' | 'follow-up';

export interface LetterFormState {
  form: LetterFormName;
  values: Record<string, string>;
  errors: FieldErrors;
}

/** The fields of each form, in page order: a problem naming another field links to the form itself. */
export const LETTER_FORM_FIELDS: Record<LetterFormName, readonly string[]> = {
  reply: ['date', 'sender', 'language', 'text', 'file'],
  passage: ['text'],
  'follow-up': [],
};

export const letterFieldId = (form: LetterFormName, field: string) => `${form}-${field}`;

export const stateFor = (state: LetterFormState | undefined, form: LetterFormName) => (state?.form === form ? state : undefined);

export function LetterErrorSummary({ state }: { state: LetterFormState | undefined }) {
  if (!state || Object.keys(state.errors).length === 0) return null;
  const fields = LETTER_FORM_FIELDS[state.form];
  const target = (field: string) => (fields.includes(field) ? letterFieldId(state.form, field) : state.form);
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

export function LetterFieldError({ state, field }: { state: LetterFormState | undefined; field: string }) {
  const message = state?.errors[field];
  if (!message) return null;
  return (
    <p class="field-error" id={`${letterFieldId(state.form, field)}-error`}>
      <span class="visually-hidden">Error: </span>
      {message}
    </p>
  );
}

/** The attributes of an input: described by its hint and its problem, marked invalid when it has one. */
export function fieldAttrs(state: LetterFormState | undefined, form: LetterFormName, field: string, hint = false): Record<string, string> {
  const id = letterFieldId(form, field);
  const described = [hint ? `${id}-hint` : '', state?.errors[field] ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, name: field, ...(state?.errors[field] ? { 'aria-invalid': 'true' } : {}), ...(described ? { 'aria-describedby': described } : {}) };
}
