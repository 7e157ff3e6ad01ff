/**
 * What the public archive answers: views of the public record for the pages and the open API.
 * Plain JSON data (no Set, Map or Date), so a view can be rendered or sent as it is.
 */
import type { CommunicationType } from '../domain/communication.js';
import type { PageRecord } from '../store/published-letters.repo.js';
import type { PersonMatch, SearchQuery, SearchResult } from '../domain/search-query.js';

/** A State, or another recipient (`OTH`), by code with its English name when known. */
export interface RecipientRef {
  code: string;
  name: string;
}

/** A mandate as a letter names it: `id` is null when its title matched no registry mandate. */
export interface MandateRef {
  id: string | null;
  title: string;
}

/** One published letter in a list. */
export interface LetterSummary {
  reference: string;
  date: string | null;
  type: CommunicationType | null;
  recipient: RecipientRef;
  title: string | null;
  joint: boolean | null;
  mandateIds: string[];
  replyCount: number;
}

/** A page of a longer list; `page` is 1-based. */
export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ArchiveCounts {
  letters: number;
  replies: number;
  /** Recipients (States and others) with at least one published letter. */
  states: number;
  /** Registry mandates that signed at least one published letter. */
  mandates: number;
  /** Persons named in published letters. */
  people: number;
}

export interface Overview {
  counts: ArchiveCounts;
  latest: LetterSummary[];
}

/** Letters of one year, split by whether the recipient replied: the bars of a chart. */
export interface YearCount {
  year: number;
  replied: number;
  notReplied: number;
}

export interface ReplyRate {
  letters: number;
  replied: number;
  /** `replied / letters`, 0 to 1; null without letters. */
  rate: number | null;
}

/** A person named in a letter, linked to their page when they have one. */
export interface PersonInLetter {
  /** Null when the name resolved to no person (it is then shown unlinked). */
  id: number | null;
  /** The spelling this letter uses. */
  name: string;
  role: 'victim' | 'mentioned';
}

export interface ReplyView {
  date: string | null;
  title: string | null;
  language: string | null;
  text: string | null;
}

/** A letter this one cites, as it cites it; `publishedAs` is the reference of its public page, if it has one. */
export interface CitedLetter {
  reference: string;
  date: string | null;
  publishedAs: string | null;
}

export interface CitingLetter {
  reference: string;
  date: string | null;
}

export interface LetterView {
  /** The record as published, as much as its page shows, with its text. */
  letter: PageRecord;
  reference: string;
  recipient: RecipientRef | null;
  copiedTo: RecipientRef[];
  mandates: MandateRef[];
  persons: PersonInLetter[];
  replies: ReplyView[];
  cites: CitedLetter[];
  citedBy: CitingLetter[];
  links: {
    json: string;
    /** The file the letter was read from; null when there is none. */
    original: string | null;
  };
}

export interface StateSummary {
  code: string;
  name: string;
  letters: number;
  replied: number;
}

export interface StateView {
  code: string;
  name: string;
  /** The name in the three languages letters are written in, when the registry knows the State. */
  names: { en: string; fr: string; es: string } | null;
  letters: Paged<LetterSummary>;
  replyRate: ReplyRate;
  /** Letters without a reply, newest first (the first few; `replyRate` says how many in all). */
  awaitingReply: LetterSummary[];
  perYear: YearCount[];
}

export interface MandateHolderView {
  name: string;
  from: number | null;
  to: number | null;
}

export interface MandateSummary {
  id: string;
  title: string;
  kind: 'thematic' | 'country' | null;
  letters: number;
}

/** A mandate that signed letters together with another, and on how many. */
export interface JointMandate {
  id: string;
  title: string;
  letters: number;
}

export interface MandateView {
  id: string;
  title: string;
  kind: 'thematic' | 'country' | null;
  body: string | null;
  established: number | null;
  resolutions: string[];
  holders: MandateHolderView[];
  letters: Paged<LetterSummary>;
  replyRate: ReplyRate;
  perYear: YearCount[];
  /** The mandates it signs with most often, most letters first. */
  joinsMostOften: JointMandate[];
}

/** A published letter naming a person, with the spelling and role it gives them. */
export interface PersonLetter extends LetterSummary {
  role: 'victim' | 'mentioned';
  spelling: string;
}

export interface PersonView {
  id: number;
  /** The spelling used most often in published letters. */
  name: string;
  /** Every spelling of the name found in published letters. */
  spellings: string[];
  /** Recipients of the letters naming them, in order of first letter. */
  states: RecipientRef[];
  /** Every published letter naming them, oldest first, grouped by year (null: undated). */
  timeline: Array<{ year: number | null; letters: PersonLetter[] }>;
}

/** A person found by name: same shape as the people a search matches. */
export type PersonSummary = PersonMatch;

/** A search with its results and the names of the facet values, for display. */
export interface SearchView extends SearchResult {
  query: SearchQuery;
  labels: {
    state: Record<string, string>;
    mandate: Record<string, string>;
  };
}
