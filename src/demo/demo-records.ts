/**
 * Interchange records straight from the generator, without files and without the extractor: a
 * fresh demo database is seeded from these in seconds (`demoRecords(300, 1)`). Each record carries
 * its text and its ground-truth fields; replies follow their letter.
 */
import { SCHEMA_VERSION, type Communication } from '../domain/communication.js';
import { generateArchive, type GenerateOptions } from './generate-archive.js';
import type { GeneratedDocument } from './truth.js';

/** The interchange record of a generated document, as a perfect extraction would give it. */
export function toCommunication(doc: GeneratedDocument): Communication {
  const t = doc.truth;
  const source = { file: doc.file.split('/').pop() ?? doc.file, sha256: null, format: 'markdown' as const };
  if (t.kind === 'reply') {
    // As the extractor reads a reply: no reference of its own, the letter it answers in relatedCommunications.
    return {
      schemaVersion: SCHEMA_VERSION, kind: 'reply',
      reference: null,
      joint: null, date: t.date, language: t.language, title: `Reply to ${t.replyTo}`,
      recipient: t.from, copiedTo: [], mandates: [], resolutions: [], persons: [], organizations: [], events: [], questions: [],
      replyDeadlineDays: null, signatories: [], relatedCommunications: [{ reference: t.replyTo, date: t.letterDate }],
      documentSymbols: [], legalReferences: [], redactions: 0, countries: t.from.code === 'OTH' ? [] : [t.from.code],
      source, text: doc.text,
    };
  }
  return {
    schemaVersion: SCHEMA_VERSION, kind: 'communication', reference: t.reference, joint: t.joint, date: t.date,
    language: t.language, title: t.title, recipient: t.recipient, copiedTo: t.copiedTo, mandates: t.mandates,
    resolutions: t.resolutions,
    persons: t.persons.map((p) => ({ name: p.name, variants: p.variants, role: p.role, gender: p.gender })),
    organizations: t.organizations.map((o) => ({ name: o.spellings[0] ?? o.name, variants: o.spellings.slice(1) })),
    events: t.events, questions: t.questions, replyDeadlineDays: t.replyDeadlineDays, signatories: t.signatories,
    relatedCommunications: t.relatedCommunications, documentSymbols: t.documentSymbols, legalReferences: t.legalReferences,
    redactions: 0, countries: t.countries.filter((c) => c !== 'OTH'), source, text: doc.text,
  };
}

/** `n` letters (and their replies) as interchange records, in date order, for seeding a database. */
export function* demoRecords(n: number, seed = 1, options: Omit<GenerateOptions, 'letters' | 'seed'> = {}): Generator<Communication> {
  for (const doc of generateArchive({ words: 1200, languages: ['en', 'fr', 'es'], ...options, letters: n, seed })) yield toCommunication(doc);
}
