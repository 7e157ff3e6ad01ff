/**
 * Failures that go back to the form that caused them: what a person typed, or the state of the
 * record they acted on. A use case throws them; the page shows each message next to its field.
 */
import type { Checked, FieldErrors } from './case-event.js';
import { isRapError, RapError, type ErrorCode } from './errors.js';

/** Bad input on several fields at once: each field's message, for the form to show next to it. */
export class InvalidInput extends RapError {
  readonly fields: FieldErrors;
  constructor(fields: FieldErrors) {
    const [field, message] = Object.entries(fields)[0] ?? ['input', 'the input is not valid'];
    super('RAP_ERR_INVALID', message, { field });
    this.fields = fields;
  }
}

/** Failures a person can do something about: what they typed, or the state of the record. */
const FORM_FAILURES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['RAP_ERR_INVALID', 'RAP_ERR_CONFLICT', 'RAP_ERR_NOT_FOUND', 'RAP_ERR_FILE_TOO_LARGE']);

/**
 * The messages of a failure to show with its form, by field (`_` when it names none); null for
 * any other error (a key missing, the database down), which the server answers as its own fault.
 */
export function fieldErrorsOf(e: unknown): FieldErrors | null {
  if (e instanceof InvalidInput) return e.fields;
  if (!isRapError(e) || !FORM_FAILURES.has(e.code)) return null;
  const detail = e.detail ?? e.message;
  // A detail that begins with a file's name keeps the name as it is written.
  const sentence = e.location.file ? detail : `${detail.charAt(0).toUpperCase()}${detail.slice(1)}`;
  return { [e.location.field ?? '_']: /[.!?]$/.test(sentence) ? sentence : `${sentence}.` };
}

/** The value of a check that passed; an InvalidInput with its messages when it did not. */
export const unwrap = <T>(checked: Checked<T>): T => {
  if (!checked.ok) throw new InvalidInput(checked.errors);
  return checked.value;
};

/** A record the form names that is not there, placed at the form's field when one is given. */
export const notFound = (what: string, field?: string) => new RapError('RAP_ERR_NOT_FOUND', what, field ? { field } : {});
