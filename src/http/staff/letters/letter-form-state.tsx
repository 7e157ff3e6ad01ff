/**
 * The forms of the staff letter page: which one a 400 sends back, its values as typed and a
 * message per field; the error summary that leads the page and the message next to a field.
 */
import { ErrorSummary, fieldId, type FormState } from '../components/form-state.js';

export type LetterFormName = 'reply' | 'passage' | 'follow-up';

export type LetterFormState = FormState<LetterFormName>;

/** The fields of each form, in page order: a problem naming another field links to the form itself. */
export const LETTER_FORM_FIELDS: Record<LetterFormName, readonly string[]> = {
  reply: ['date', 'sender', 'language', 'text', 'file'],
  passage: ['text'],
  'follow-up': [],
};

export function LetterErrorSummary({ state }: { state: LetterFormState | undefined }) {
  return <ErrorSummary state={state} fields={state ? LETTER_FORM_FIELDS[state.form] : []} />;
}

/** The attributes of an input: described by its hint and its problem, marked invalid when it has one. */
export function fieldAttrs(state: LetterFormState | undefined, form: LetterFormName, field: string, hint = false): Record<string, string> {
  const id = fieldId(form, field);
  const described = [hint ? `${id}-hint` : '', state?.errors[field] ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, name: field, ...(state?.errors[field] ? { 'aria-invalid': 'true' } : {}), ...(described ? { 'aria-describedby': described } : {}) };
}
