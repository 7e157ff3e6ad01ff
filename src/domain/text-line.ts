/** The check every short text of a staff form or a submission passes (names, roles, affiliations). */
import { RapError } from './errors.js';
import { squash } from './text.js';

/** Control characters and the bidirectional overrides that make a name read other than it is. */
const FORBIDDEN_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** One line of text from a form or a submission: spaces squashed, bounded, no control characters. */
export function lineOf(value: string | null | undefined, field: string, label: string, max: number): string | null {
  const text = squash(value ?? '');
  if (!text) return null;
  if (text.length > max) throw new RapError('RAP_ERR_INVALID', `${label} is longer than ${max} characters`, { field });
  if (FORBIDDEN_CHARS.test(text)) throw new RapError('RAP_ERR_INVALID', `${label} contains control characters`, { field });
  return text;
}

export function requiredLineOf(value: string | null | undefined, field: string, label: string, max: number): string {
  const text = lineOf(value, field, label, max);
  if (!text) throw new RapError('RAP_ERR_INVALID', `${label} is empty`, { field });
  return text;
}
