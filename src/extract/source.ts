/**
 * A document that is not a letter (a news report, an NGO statement): its headline, language,
 * the persons, organisations and countries it names, and its dated facts.
 */
import { emptyCommunication, type Communication, type Person } from '../domain/communication.js';
import { squash } from '../domain/text.js';
import { extractCountries, extractEvents, extractOrganizations, type EntityInput } from './entities/index.js';
import { countriesIn } from './entities/countries.js';
import { findPersons } from './entities/persons.js';
import { plainText } from './entities/markup.js';
import { detectLanguage } from './letter/language.js';
import { nameTokens } from './entities/name-variants.js';

const SYMBOL = /\b(?:A\/HRC\/\d+\/\d+(?:\/Add\.\d+)?|A\/\d+\/\d+|(?:CCPR|CAT|CEDAW|CERD|CRC|CESCR|CRPD|CED|CMW|E)\/C\/(?:GC\/\d+|[A-Z]{3}\/CO\/\d+(?:-\d+)?|\d+\/[A-Z\d/]+))\b/g;
/** Lines that close web pages and are never part of the report. */
const BOILERPLATE = /^(?:Leave a Reply|Your email address will not be published|Share this|Related|Print|Laissez un commentaire|Deja un comentario)/iu;

/** Lines a wrapped headline may take before the blank line that ends it. */
const HEADLINE_LINES = 3;

/** The first line, or the first lines up to a blank one when a headline was wrapped. */
function headline(lines: string[]): string | undefined {
  const first = lines.findIndex((l) => l.trim().length > 0);
  if (first < 0) return undefined;
  const end = lines.findIndex((l, i) => i > first && l.trim().length === 0);
  const block = lines.slice(first, end < 0 ? lines.length : end);
  return block.length <= HEADLINE_LINES && !block.slice(1).some((l) => /^\s*#/.test(l)) ? block.map((l) => l.trim()).join(' ') : lines[first];
}

export function extractSource(text: string, options: { fileName?: string } = {}): Communication {
  const record = emptyCommunication('source');
  const titleLine = headline(text.replace(/\r\n?/g, '\n').split('\n'));
  record.title = titleLine ? plainText(titleLine.replace(/^#+\s*/, '')) : options.fileName ?? null;
  // The record says no language it cannot tell; the entity patterns still need one to read by.
  const detected = detectLanguage(text);
  record.language = detected;
  const language = detected ?? 'en';

  // The headline is in title case, where every word looks like a name: only countries are read from it.
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => squash(p))
    .filter((p) => p.length > 0 && !BOILERPLATE.test(p));
  if (titleLine && paragraphs[0] === squash(titleLine)) paragraphs.shift();
  const input: EntityInput = { language, paragraphs, facts: { start: 0, end: paragraphs.length - 1 }, subject: null, exclude: [] };
  record.organizations = extractOrganizations(input);
  record.persons = markSubject(findPersons(input, { report: true }), paragraphs.join('\n'));
  const countries: string[] = [];
  if (record.title) countriesIn(record.title, countries);
  for (const code of extractCountries(input)) if (!countries.includes(code)) countries.push(code);
  record.countries = countries;
  record.events = extractEvents(input);
  record.documentSymbols = [...new Set(text.match(SYMBOL) ?? [])];
  return record;
}

/** The person the report is about: mentioned far more often than anyone else. */
function markSubject(persons: Person[], text: string): Person[] {
  const out = persons.map((p) => ({ ...p, role: 'mentioned' as const }) as Person);
  const counts = out.map((p) => countMentions(p, text));
  const order = counts.map((c, i) => [c, i] as const).sort((a, b) => b[0] - a[0]);
  const [top, second] = order;
  if (top && top[0] >= 3 && (!second || top[0] >= 2 * second[0])) out[top[1]]!.role = 'victim';
  return out;
}

function countMentions(p: Person, text: string): number {
  const surname = nameTokens(p.name).length > 1 ? p.name.split(/\s+/).pop()! : p.name;
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.match(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'gu'))?.length ?? 0;
}
