/**
 * The ground truth of a generated document: what a perfect extraction and a perfect resolution
 * of people would find. Tests and benchmarks compare the extractor and the resolver with it.
 */
import type {
  CommunicationType, Country, DatedEvent, LegalReference, MandateRef, Reference, RelatedCommunication, Signatory,
} from '../domain/communication.js';
import type { Language } from './language.js';
import type { Theme } from './themes.js';

export interface PersonTruth {
  /** Canonical identity id across the whole archive (`P000042`): the same person in every letter. */
  id: string;
  /** The spelling this document uses first. */
  name: string;
  /** Other spellings this document uses for the same person. */
  variants: string[];
  role: 'victim' | 'mentioned';
  gender: 'female' | 'male';
}

export interface OrganizationTruth {
  /** Canonical id across the archive (`O-XAB-03`). */
  id: string;
  /** The canonical name (the document may use another spelling, listed in `spellings`). */
  name: string;
  /** The spellings this document uses. */
  spellings: string[];
}

export interface ReplyRef {
  file: string;
  date: string;
  /** Received more than 60 days after the letter. */
  late: boolean;
}

export interface LetterTruth {
  kind: 'communication';
  /** Path of the file inside the archive folder: `2021/AL_XAC_4_2021.md`. */
  file: string;
  reference: Reference;
  type: CommunicationType;
  joint: boolean;
  date: string;
  language: Language;
  theme: Theme;
  title: string;
  recipient: Country;
  copiedTo: Country[];
  mandates: MandateRef[];
  resolutions: string[];
  persons: PersonTruth[];
  organizations: OrganizationTruth[];
  events: DatedEvent[];
  questions: string[];
  replyDeadlineDays: number;
  signatories: Signatory[];
  relatedCommunications: RelatedCommunication[];
  legalReferences: LegalReference[];
  documentSymbols: string[];
  countries: string[];
  replies: ReplyRef[];
  words: number;
}

export interface ReplyTruth {
  kind: 'reply';
  file: string;
  date: string;
  language: Language;
  /** The reference of the letter replied to. */
  replyTo: string;
  letterDate: string;
  /** Who replied (the recipient of the letter). */
  from: Country;
  /** 1 for the first reply to a letter, 2 for the second. */
  sequence: number;
  late: boolean;
  words: number;
}

export type DocumentTruth = LetterTruth | ReplyTruth;

export interface GeneratedDocument {
  /** Path inside the archive folder, `/`-separated. */
  file: string;
  text: string;
  truth: DocumentTruth;
}
