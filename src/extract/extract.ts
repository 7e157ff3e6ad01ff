/**
 * A document's text to its interchange record: the letter's frame read by ./letter, the persons,
 * organisations, events and countries by ./entities. Pure and synchronous.
 */
import type { Communication } from '../domain/communication.js';
import { LIMITS } from '../domain/limits.js';
import { extractCountries, extractEvents, extractOrganizations, extractPersons } from './entities/index.js';
import { detectKind } from './letter/kind.js';
import { detectLanguage, scriptLanguage } from './letter/language.js';
import { toParagraphs } from './letter/normalize.js';
import { readLetter } from './letter/read-letter.js';
import { readReply } from './letter/reply.js';
import { findReferences } from '../domain/reference.js';
import { extractSource } from './source.js';

export interface ExtractOptions {
  fileName?: string;
}

export function extractDocument(text: string, options: ExtractOptions = {}): Communication {
  const input = text.length > LIMITS.maxTextChars ? text.slice(0, LIMITS.maxTextChars) : text;
  const notes: string[] = [];
  const paragraphs = toParagraphs(input, notes);
  const language = detectLanguage(input);
  const head = paragraphs.slice(0, 12).join('\n');
  const kind = detectKind(paragraphs, findReferences(head).length > 0);
  if (kind === 'source') return extractSource(input, options);
  if (kind === 'reply') {
    const reply = readReply(paragraphs, language);
    reply.language ??= scriptLanguage(input);
    return reply;
  }

  const { record, entityInput } = readLetter(paragraphs, language, notes);
  record.language ??= scriptLanguage(input);
  record.organizations = extractOrganizations(entityInput);
  record.persons = extractPersons(entityInput);
  record.events = extractEvents(entityInput);
  const countries = [record.recipient?.code, ...record.copiedTo.map((c) => c.code), ...extractCountries(entityInput)];
  record.countries = [...new Set(countries.filter((c): c is string => !!c && c !== 'OTH'))];
  return record;
}
