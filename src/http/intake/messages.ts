/**
 * Every word of the submission form, in one shape for the three languages: a message missing in
 * one of them is a compile error. The rules name problems by code (domain/submission.ts,
 * domain/file-sniff.ts); these words say them.
 */
import type { RefusedKind } from '../../domain/file-sniff.js';
import type { FieldErrorCode, FormLanguage } from '../../domain/submission.js';
import { en } from './messages-en.js';
import { es } from './messages-es.js';
import { fr } from './messages-fr.js';

export interface IntakeMessages {
  /** The language's own name, for the language links. */
  languageName: string;
  siteName: string;
  /** The label of the language links. */
  languages: string;
  skipLink: string;
  footer: string;

  formTitle: string;
  formIntro: string;
  requiredNote: string;
  required: string;
  optional: string;

  victimsLegend: string;
  victimsHint: string;
  victimHeading: (n: number) => string;
  victimName: string;
  victimOtherNames: string;
  victimOtherNamesHint: string;
  gender: string;
  genderUnknown: string;
  genderFemale: string;
  genderMale: string;
  victimRole: string;
  victimRoleHint: string;
  consentToState: string;
  consentToStateHint: string;
  consentPublic: string;
  consentPublicHint: string;
  consentYes: string;
  consentNo: string;
  consentUnknown: string;
  addVictim: string;
  addVictimHint: (max: number) => string;
  victimsFull: (max: number) => string;

  whatLegend: string;
  summary: string;
  summaryHint: string;
  perpetrators: string;
  perpetratorsHint: string;
  place: string;
  placeHint: string;
  country: string;
  countryNone: string;
  dateLegend: string;
  dateHint: string;
  year: string;
  month: string;
  monthNone: string;
  day: string;

  attachmentsLegend: string;
  attachments: string;
  /** A size in megabytes, as the language writes it. */
  megabytes: (n: number) => string;
  attachmentsHint: (maxFiles: number, maxEach: string, maxTotal: string) => string;
  filesNotKept: string;

  submitterLegend: string;
  submitterConfidential: string;
  submitterName: string;
  organization: string;
  email: string;
  phone: string;
  contactHint: string;
  relation: string;
  relationHint: string;

  honeypot: string;
  send: string;

  errorSummaryTitle: string;
  fieldError: (code: FieldErrorCode, max: number | undefined) => string;

  fileRefused: (fileName: string, looksLike: RefusedKind) => string;
  fileTooLarge: (fileName: string, limit: string) => string;
  filesTooLarge: (limit: string) => string;
  tooManyFiles: (max: number) => string;

  receiptTitle: string;
  receiptIntro: string;
  receiptCodeLabel: string;
  receiptKeep: string;
  receiptNextTitle: string;
  receiptNext: string[];

  expiredTitle: string;
  expired: string;
  tooManyTitle: string;
  tooMany: (minutes: number) => string;
  tooLargeTitle: string;
  backToForm: string;
}

export const MESSAGES: Record<FormLanguage, IntakeMessages> = { en, fr, es };

export const messagesFor = (language: FormLanguage): IntakeMessages => MESSAGES[language];

/** A limit in bytes as whole megabytes in the language's words (`10 MB`, `10 Mo`). */
export const megabytes = (m: IntakeMessages, bytes: number): string => m.megabytes(Math.round(bytes / (1024 * 1024)));
