/**
 * The interchange record of one document (see docs/interchange.md): what `rapporteur extract`
 * prints, what the store keeps and what the open API serves. The Zod schemas are the single
 * source: the TypeScript types are inferred from them and the JSON Schema is generated from them.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

export const COMMUNICATION_TYPES = ['UA', 'AL', 'OL'] as const;
export const CommunicationTypeSchema = z.enum(COMMUNICATION_TYPES);
export type CommunicationType = z.infer<typeof CommunicationTypeSchema>;

/** ISO 3166-1 alpha-3, or `OTH` for companies, international organisations and other non-State actors. */
export const RecipientCodeSchema = z.string().regex(/^[A-Z]{3}$/, 'a three-letter code such as KAZ or OTH');

export const ReferenceSchema = z.object({
  type: CommunicationTypeSchema,
  recipient: RecipientCodeSchema,
  number: z.number().int().positive(),
  year: z.number().int().min(1980).max(2100),
  /** Canonical form `TYPE CODE n/YYYY`, e.g. `AL KAZ 1/2024`. */
  text: z.string(),
  /** Pre-2015 internal codes printed ahead of the country code, e.g. `G/SO 214 (53-24)`. */
  internalCodes: z.array(z.string()).optional(),
});
export type Reference = z.infer<typeof ReferenceSchema>;

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date YYYY-MM-DD');

export const CountrySchema = z.object({ code: RecipientCodeSchema, name: z.string().nullable() });
export type Country = z.infer<typeof CountrySchema>;

export const MandateRefSchema = z.object({
  /** Registry id, e.g. `sr-human-rights-defenders`; null when the title matched no mandate. */
  id: z.string().nullable(),
  /** The title as OHCHR writes it (the registry's current title when matched). */
  title: z.string(),
});
export type MandateRef = z.infer<typeof MandateRefSchema>;

export const PERSON_ROLES = ['victim', 'mentioned'] as const;
export const PersonSchema = z.object({
  name: z.string(),
  /** Other spellings of the same person found in the document. */
  variants: z.array(z.string()),
  role: z.enum(PERSON_ROLES),
  /** `female`/`male` when the text says (Ms./Mr., Mme/M., Sra./Sr.); null otherwise. */
  gender: z.enum(['female', 'male']).nullable().optional(),
  /** Words the text uses for them: `human rights defender`, `journalist`, `lawyer`, ... */
  descriptors: z.array(z.string()).optional(),
});
export type Person = z.infer<typeof PersonSchema>;

export const OrganizationSchema = z.object({ name: z.string(), variants: z.array(z.string()) });
export type Organization = z.infer<typeof OrganizationSchema>;

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export const DatePrecisionSchema = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

export const EventSchema = z.object({
  /** ISO date; for month or year precision the first day of the period (`2016-07-01`). */
  date: IsoDateSchema,
  precision: DatePrecisionSchema,
  text: z.string(),
});
export type DatedEvent = z.infer<typeof EventSchema>;

export const SignatorySchema = z.object({
  name: z.string(),
  title: z.string().nullable(),
  /** Registry id of the mandate the signatory signs for, when matched. */
  mandateId: z.string().nullable().optional(),
});
export type Signatory = z.infer<typeof SignatorySchema>;

export const RelatedCommunicationSchema = z.object({
  reference: z.string(),
  date: IsoDateSchema.nullable(),
});
export type RelatedCommunication = z.infer<typeof RelatedCommunicationSchema>;

export const LegalReferenceSchema = z.object({
  /** The instrument's abbreviation or registry id (`ICCPR`, `CEDAW`, `Declaration on Human Rights Defenders`). */
  instrument: z.string(),
  articles: z.array(z.string()),
  /** Registry id of the instrument, when matched. */
  instrumentId: z.string().nullable().optional(),
});
export type LegalReference = z.infer<typeof LegalReferenceSchema>;

/** Where the record came from: kept by the store, printed by `extract`. */
export const SourceFileSchema = z.object({
  file: z.string().nullable(),
  sha256: z.string().nullable(),
  format: z.enum(['text', 'markdown', 'pdf', 'docx', 'json']),
  pages: z.number().int().nullable().optional(),
});
export type SourceFile = z.infer<typeof SourceFileSchema>;

export const DOCUMENT_KINDS = ['communication', 'reply', 'source'] as const;
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

export const CommunicationSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: DocumentKindSchema,
  reference: ReferenceSchema.nullable(),
  joint: z.boolean().nullable(),
  date: IsoDateSchema.nullable(),
  language: z.string().nullable(),
  title: z.string().nullable(),
  recipient: CountrySchema.nullable(),
  copiedTo: z.array(CountrySchema),
  mandates: z.array(MandateRefSchema),
  resolutions: z.array(z.string()),
  persons: z.array(PersonSchema),
  organizations: z.array(OrganizationSchema),
  events: z.array(EventSchema),
  questions: z.array(z.string()),
  replyDeadlineDays: z.number().int().nullable(),
  signatories: z.array(SignatorySchema),
  relatedCommunications: z.array(RelatedCommunicationSchema),
  documentSymbols: z.array(z.string()),
  legalReferences: z.array(LegalReferenceSchema),
  redactions: z.number().int().min(0),
  countries: z.array(RecipientCodeSchema),
  /** Things the reader noticed but could not settle (an unknown recipient code, a missing date). */
  warnings: z.array(z.string()).optional(),
  source: SourceFileSchema.optional(),
  /** The document's plain text (kept by the store; printed by `extract --text`). */
  text: z.string().optional(),
});
export type Communication = z.infer<typeof CommunicationSchema>;

/** A record with every field empty: the starting point of an extraction and of test builders. */
export function emptyCommunication(kind: DocumentKind = 'communication'): Communication {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind,
    reference: null,
    joint: null,
    date: null,
    language: null,
    title: null,
    recipient: null,
    copiedTo: [],
    mandates: [],
    resolutions: [],
    persons: [],
    organizations: [],
    events: [],
    questions: [],
    replyDeadlineDays: null,
    signatories: [],
    relatedCommunications: [],
    documentSymbols: [],
    legalReferences: [],
    redactions: 0,
    countries: [],
  };
}

/** The JSON Schema of the interchange record, generated from the Zod schema (never written by hand). */
export function interchangeJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://rapporteur.example/schema/communication-v1.json',
    title: 'Rapporteur interchange record of a communication',
    ...z.toJSONSchema(CommunicationSchema, { target: 'draft-2020-12' }),
  };
}
