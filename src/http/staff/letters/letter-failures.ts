/** Failures of the letter page's forms: the messages to show with the form, and the status to answer. */
import type { FieldErrors } from '../../../domain/case-event.js';
import { isRapError } from '../../../domain/errors.js';
import { fieldErrorsOf } from '../../../domain/form-failures.js';

/**
 * The messages of an expected failure, by field; null for one the server answers as its own
 * fault. Besides the usual form failures, an input the services refuse with a field of its own
 * (a file of an unknown type, a text too long) goes back to the form.
 */
export function letterFormErrors(e: unknown): FieldErrors | null {
  const errors = fieldErrorsOf(e);
  if (errors) return errors;
  if (isRapError(e) && e.location.field && e.code !== 'RAP_ERR_KEY' && e.code !== 'RAP_ERR_FORBIDDEN') {
    const m = e.message;
    return { [e.location.field]: `${m.charAt(0).toUpperCase()}${m.slice(1)}${/[.!?]$/.test(m) ? '' : '.'}` };
  }
  return null;
}

export function letterFormStatus(e: unknown): number {
  if (!isRapError(e)) return 400;
  if (e.code === 'RAP_ERR_CONFLICT') return 409;
  if (e.code === 'RAP_ERR_FILE_TOO_LARGE') return 413;
  return 400;
}
