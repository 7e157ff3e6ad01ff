/**
 * The content a new draft starts from: the case's title as the subject, its people as the
 * persons concerned and its events as the facts. Only what may go to the recipient is copied:
 * a person who refused to have their name given to the State, and a confidential event, stay in
 * the case file, and the page says how many were left out.
 */
import { PERSON_ROLES, isPersonRole } from '../../../domain/person-roles.js';
import type { Language } from '../../../domain/dates.js';
import type { DraftFact, DraftPerson, LetterDraft } from '../../../domain/drafting/index.js';
import type { CaseFileView } from '../../../services/case-file-view.js';

/** What the draft row does not hold: the draft's text and its choices. */
export type DraftContent = Omit<LetterDraft, 'type' | 'language' | 'date' | 'reference' | 'leadMandateId' | 'mandateIds'>;

export const EMPTY_CONTENT: DraftContent = {
  recipient: { code: 'OTH', name: null },
  subject: '', persons: [], facts: [], earlierLetters: [], concerns: [], questions: [],
  interimMeasures: false, pressRelease: false, copiesTo: [], legalReferences: [], overrides: {},
};

export interface CaseCopy {
  content: DraftContent;
  /** Names of the people left out: they did not consent to their name being given to the State. */
  withheldPersons: string[];
  /** Confidential events, not copied. */
  confidentialEvents: number;
  /** Events without a known date: a letter's facts are dated, so they are left for the officer to add. */
  undatedEvents: number;
}

/** Role words are English: in a French or Spanish letter the officer writes them. */
function descriptorsOf(roles: string[], language: Language): string[] {
  if (language !== 'en') return [];
  return roles.filter((r) => isPersonRole(r) && r !== 'other').map((r) => PERSON_ROLES[r as keyof typeof PERSON_ROLES].toLowerCase());
}

export function contentFromCase(view: CaseFileView, recipient: { code: string; name: string | null }, language: Language): CaseCopy {
  const withheldPersons: string[] = [];
  const persons: DraftPerson[] = [];
  for (const p of view.people.people) {
    if (p.consentToState === false) {
      withheldPersons.push(p.displayName);
      continue;
    }
    persons.push({ name: p.displayName, gender: p.gender, descriptors: descriptorsOf(p.roles, language), organization: p.affiliation });
  }
  let confidentialEvents = 0;
  let undatedEvents = 0;
  const facts: DraftFact[] = [];
  // The timeline is already in date order.
  for (const e of view.events) {
    if (e.confidential || e.hidden) {
      confidentialEvents++;
      continue;
    }
    if (e.date === null || e.precision === 'unknown') {
      undatedEvents++;
      continue;
    }
    facts.push({ date: e.date, precision: e.precision, place: e.place, text: e.description ?? '' });
  }
  return {
    content: { ...EMPTY_CONTENT, recipient, subject: view.case.title, persons, facts },
    withheldPersons,
    confidentialEvents,
    undatedEvents,
  };
}
