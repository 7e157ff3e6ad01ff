/** How people's facts read on the workspace pages. */
import { count, longDate } from '../../pages/format.js';
import type { CaseLink, LetterLink } from '../../../services/case-people-view.js';

export const consentText = (v: boolean | null) => (v === true ? 'Yes' : v === false ? 'No' : 'Not asked');
export const consentDraft = (v: boolean | null) => (v === true ? 'yes' : v === false ? 'no' : 'unknown');
export const genderText = (g: 'female' | 'male' | null) => (g === 'female' ? 'Female' : g === 'male' ? 'Male' : 'Not known');

/** `known from 2 letters and case #4`, or `not named in any letter or other case`. */
export function knownFrom(letters: LetterLink[], cases: CaseLink[]): string {
  const parts = [
    letters.length > 0 ? count(letters.length, 'letter') : null,
    cases.length > 0 ? `${cases.length === 1 ? 'case' : 'cases'} ${cases.map((c) => `#${c.caseId}`).join(', ')}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? `known from ${parts.join(' and ')}` : 'not named in any letter or other case';
}

export const letterDate = (date: string | null) => (date ? longDate(date) : 'undated');

export const when = (d: Date | string) => new Date(d).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
