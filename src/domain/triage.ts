/**
 * Triage of a submission into a case: the choice the form sends (a new case or an existing one),
 * the victims as intake stored them, and text cut to fit the case it lands in.
 */
import { checkCaseTitle } from './case.js';
import { InvalidInput } from './form-failures.js';

export interface TriageInput {
  /** `new` or `existing`. */
  target?: string | undefined;
  /** The case, for `existing`. */
  caseId?: number | null | undefined;
  /** The title of the new case, for `new`. */
  title?: string | undefined;
}

export type TriageChoice = { target: 'new'; title: string } | { target: 'existing'; caseId: number };

/** The triage form, checked: an InvalidInput naming the field when something is missing. */
export function checkTriage(input: TriageInput): TriageChoice {
  if (input.target === 'existing') {
    if (!input.caseId || !Number.isSafeInteger(input.caseId) || input.caseId < 1) throw new InvalidInput({ case_id: 'Choose the case to add the submission to.' });
    return { target: 'existing', caseId: input.caseId };
  }
  if (input.target === 'new') {
    const { title, problem } = checkCaseTitle(input.title);
    if (problem) throw new InvalidInput({ title: problem });
    return { target: 'new', title };
  }
  throw new InvalidInput({ target: 'Choose whether the submission opens a new case or joins an existing one.' });
}

export interface Victim {
  name: string;
  otherNames: string[];
  gender: 'female' | 'male' | null;
  role: string | null;
  consentToState: boolean | null;
  consentPublic: boolean | null;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const yesNo = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);

/** The victims of a submission as intake stored them; the people service judges the names. */
export function victimsOf(stored: unknown): Victim[] {
  if (!Array.isArray(stored)) return [];
  return stored.map((raw: unknown) => {
    const v = (raw ?? {}) as Record<string, unknown>;
    return {
      name: typeof v.name === 'string' ? v.name : '',
      otherNames: strings(v.otherNames),
      gender: v.gender === 'female' || v.gender === 'male' ? v.gender : null,
      role: typeof v.role === 'string' && v.role.trim() ? v.role.trim() : null,
      consentToState: yesNo(v.consentToState),
      consentPublic: yesNo(v.consentPublic),
    };
  });
}

/** Text cut to `max` characters at a word boundary, marked as cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 2);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()} …`;
}
