/** A drafting form sent back: which one, the values as typed, a message per field; and its problems as the error summary lists them. */
import type { FieldErrors } from '../../../domain/case-event.js';
import type { FieldProblem } from '../auth/error-summary.js';

/** `section`: the text of one section typed by hand; its values say which section (`section`). */
export type DraftFormName = 'new' | 'edit' | 'action' | 'section';

export interface DraftFormState {
  form: DraftFormName;
  values: Record<string, string>;
  errors: FieldErrors;
}

/** The id of a form's input: `edit-subject`. */
export const inputId = (form: DraftFormName, field: string) => `${form}-${field.replace(/_/g, '-')}`;

/** The problems of a form sent back, each linked to its input (a problem of the whole form, `_`, to nothing). */
export function problemsOf(state: DraftFormState | undefined, form: DraftFormName): FieldProblem[] {
  if (!state || state.form !== form) return [];
  return Object.entries(state.errors).map(([field, message]) => (field === '_' ? { message } : { field: inputId(form, field), message }));
}

/** A field's value: as typed when its form came back, else the stored one. */
export const valueIn = (state: DraftFormState | undefined, form: DraftFormName, field: string, stored: string) =>
  state?.form === form ? (state.values[field] ?? '') : stored;
