/**
 * A letter being drafted: everything the secretariat chooses or writes, and nothing the registry
 * knows (titles, resolutions, holders, State names and ratification dates come from the
 * DraftingContext when the letter is composed). Every section of the composed letter has an id;
 * an edited section's text replaces what the composer would write. The Zod schema is the single
 * source: the types are inferred from it, and its bounds are the draft's limits.
 */
import { z } from 'zod';
import { CommunicationTypeSchema } from '../communication.js';

/** The sections of a letter, in the order they are printed. */
export const SECTION_IDS = [
  'header', 'reference', 'date', 'addressee', 'salutation', 'capacity', 'subject', 'persons', 'earlier',
  'facts', 'concerns', 'questions', 'deadline', 'interim-measures', 'press-release', 'copies', 'closing',
  'signatures', 'annex',
] as const;
export const SectionIdSchema = z.enum(SECTION_IDS);
export type SectionId = z.infer<typeof SectionIdSchema>;

/** Sections whose text is never typed: the reference is allocated when the letter is sent, the date is a field of its own. */
export const FIXED_SECTIONS: readonly SectionId[] = ['reference', 'date'];

export const DRAFT_LIMITS = {
  mandates: 20,
  persons: 100,
  facts: 500,
  questions: 40,
  concerns: 60,
  copies: 30,
  earlierLetters: 50,
  replies: 20,
  legalReferences: 60,
  articles: 40,
  /** A subject, a name, a place, a descriptor: one line. */
  line: 1_000,
  /** A fact, a question, a concern. */
  text: 20_000,
  /** An edited section. */
  section: 100_000,
} as const;

const line = z.string().max(DRAFT_LIMITS.line);
const text = z.string().max(DRAFT_LIMITS.text);
const code = z.string().regex(/^[A-Z]{3}$/, 'a three-letter code such as XAB');
/** Checked for a real calendar day by draft-problems.ts. */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day written YYYY-MM-DD');

export const DraftRecipientSchema = z.object({
  /** ISO 3166-1 alpha-3 of a State, or `OTH` for a company, an international organisation or another actor. */
  code,
  /** Required for `OTH` (printed above the salutation); a State's name comes from the registry. */
  name: line.nullable().optional(),
});

export const DraftPersonSchema = z.object({
  name: line,
  /** Gives the honorific (Ms./Mr., Mme/M., Sra./Sr.) unless `honorific` is set. */
  gender: z.enum(['female', 'male']).nullable(),
  /** Printed instead of the one the gender gives (`Dr.`); an empty string prints none. */
  honorific: z.string().max(40).nullable().optional(),
  /** Words the letter uses for the person, in its language: `human rights defender`, `journalist`. */
  descriptors: z.array(line).max(10),
  organization: line.nullable(),
});
export type DraftPerson = z.infer<typeof DraftPersonSchema>;

export const DraftFactSchema = z.object({
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a case event's date), or an ISO day read to the precision only. */
  date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD'),
  precision: z.enum(['year', 'month', 'day']),
  place: line.nullable(),
  /** What happened; the composer writes the date and place before it. */
  text,
});
export type DraftFact = z.infer<typeof DraftFactSchema>;

/** An earlier letter this one cites, with the dates of the replies it received. */
export const EarlierLetterSchema = z.object({
  /** `AL XAB 4/2023`. */
  reference: z.string().max(100),
  /** The day it was sent. */
  date: day,
  /** Days its replies were received, oldest first; empty when none came. */
  replies: z.array(day).max(DRAFT_LIMITS.replies),
});
export type EarlierLetter = z.infer<typeof EarlierLetterSchema>;

/** An instrument of the annex (registry id: `iccpr`, `cat`, `declaration-hrd`) with the articles cited. */
export const DraftLegalReferenceSchema = z.object({
  instrumentId: z.string().min(1).max(100),
  articles: z.array(z.string().min(1).max(40)).max(DRAFT_LIMITS.articles),
  /** Sentences printed after the citation, in the letter's language: what the provision protects, a general comment. */
  note: text.optional(),
});
export type DraftLegalReference = z.infer<typeof DraftLegalReferenceSchema>;

export const LetterDraftSchema = z.object({
  type: CommunicationTypeSchema,
  recipient: DraftRecipientSchema,
  language: z.enum(['en', 'fr', 'es']),
  /** The day printed on the letter. */
  date: day,
  /** `TYPE CODE n/YYYY`, null until the letter is sent; a preview prints a placeholder instead. */
  reference: z.string().max(100).nullable(),
  leadMandateId: z.string().max(100),
  /** Registry ids of the mandates that joined, in the order the header, capacity paragraph and signatures print them. */
  mandateIds: z.array(z.string().min(1).max(100)).max(DRAFT_LIMITS.mandates),
  /** What the letter is about, as a phrase that follows "information received concerning". */
  subject: line,
  persons: z.array(DraftPersonSchema).max(DRAFT_LIMITS.persons),
  /** Printed in date order whatever their order here. */
  facts: z.array(DraftFactSchema).max(DRAFT_LIMITS.facts),
  earlierLetters: z.array(EarlierLetterSchema).max(DRAFT_LIMITS.earlierLetters),
  /** Paragraphs of concern after the standard opening. */
  concerns: z.array(text).max(DRAFT_LIMITS.concerns),
  questions: z.array(text).max(DRAFT_LIMITS.questions),
  interimMeasures: z.boolean(),
  pressRelease: z.boolean(),
  /** States sent a copy, by code. */
  copiesTo: z.array(code).max(DRAFT_LIMITS.copies),
  legalReferences: z.array(DraftLegalReferenceSchema).max(DRAFT_LIMITS.legalReferences),
  /** Edited sections: the text (paragraphs separated by blank lines) replaces the composed one; an empty text removes the section. */
  overrides: z.partialRecord(SectionIdSchema, z.string().max(DRAFT_LIMITS.section)),
});
export type LetterDraft = z.infer<typeof LetterDraftSchema>;
