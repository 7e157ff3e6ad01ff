/**
 * What the composer asks the registry, as plain look-ups: the composer itself reads nothing.
 * registry-context.ts builds one from the project's reference data; tests may build their own.
 */
import type { Language } from '../dates.js';

/** A mandate as a letter of a given date and language prints it. */
export interface MandateOnDate {
  id: string;
  /** The title in the letter's language; null when the registry has none in it. */
  title: string | null;
  /** `Special Rapporteur`, `Independent Expert`, `Working Group`: a Working Group signs through its Chair-Rapporteur. */
  body: string;
  /** The Human Rights Council resolution in force on the date (`52/4`); null when the registry has none. */
  resolution: string | null;
  /** The holder who signs on the date; null when the registry knows none. */
  signatory: string | null;
}

export interface InstrumentName {
  id: string;
  /** The title in the letter's language. */
  title: string;
  abbreviation: string | null;
}

/** How a State became party to a treaty: the last such act on or before the letter's date. */
export interface TreatyStatus {
  action: 'ratification' | 'accession' | 'succession';
  /** ISO date. */
  date: string;
}

export interface DraftingContext {
  /** Null when the registry has no mandate of that id. */
  mandate(id: string, date: string, lang: Language): MandateOnDate | null;
  /** A State's name in the language, as it follows "the Government of"; null for an unknown code. */
  stateName(code: string, lang: Language): string | null;
  /** Null for an unknown instrument. */
  instrument(id: string, lang: Language): InstrumentName | null;
  /** Null when the State is not a party on that date (or the registry does not say). */
  treatyStatus(stateCode: string, instrumentId: string, date: string): TreatyStatus | null;
}
