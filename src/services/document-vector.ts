/**
 * What a document's staff search vector is made of (`rap_document_vector`, migration 0006), read
 * off its record the same way by the store and by the extraction workers that compute it ahead.
 */
import type { Communication } from '../domain/communication.js';
import { formatReference } from '../domain/reference.js';
import { referenceKey } from './reference-key.js';

export interface VectorInputs {
  reference: string | null;
  language: string | null;
  title: string | null;
  people: string | null;
  body: string | null;
}

/** Every spelling of every person and organisation, as one text weighted like the title. */
export const peopleText = (record: Communication): string =>
  [...record.persons.flatMap((p) => [p.name, ...p.variants]), ...record.organizations.flatMap((o) => [o.name, ...o.variants])].join(' ');

/** The reference a reply is filed under: the letter it answers. */
export const answeredReference = (record: Communication): string | null =>
  record.relatedCommunications[0]?.reference ?? record.reference?.text ?? null;

/** The vector's inputs, or null for a record the store would refuse (a letter or reply without a readable reference). */
export function vectorInputs(record: Communication): VectorInputs | null {
  const body = record.text ?? null;
  if (record.kind === 'communication') {
    const r = record.reference;
    if (!r) return null;
    return { reference: formatReference(r), language: record.language, title: record.title, people: peopleText(record), body };
  }
  if (record.kind === 'reply') {
    const answered = answeredReference(record);
    const k = answered ? referenceKey(answered) : null;
    if (!k) return null;
    return { reference: k.text, language: record.language, title: record.title, people: null, body };
  }
  return { reference: null, language: record.language, title: record.title, people: null, body };
}

