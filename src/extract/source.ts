/**
 * A document that is not a letter (a news report, an NGO statement): its headline, language,
 * the persons, organisations and countries it names, and its dated facts.
 */
import { emptyCommunication, type Communication, type Person } from '../domain/communication.js';
import { findDates } from '../domain/dates.js';
import { squash } from '../domain/text.js';
import { extractCountries, extractEvents, extractOrganizations, type EntityInput } from './entities/index.js';
import { countriesIn } from './entities/countries.js';
import { findPersons } from './entities/persons.js';
import { plainText } from './entities/markup.js';
import { detectLanguage, scriptLanguage } from './letter/language.js';
import { nameTokens } from './entities/name-variants.js';

const SYMBOL = /\b(?:A\/HRC\/\d+\/\d+(?:\/Add\.\d+)?|A\/\d+\/\d+|(?:CCPR|CAT|CEDAW|CERD|CRC|CESCR|CRPD|CED|CMW|E)\/C\/(?:GC\/\d+|[A-Z]{3}\/CO\/\d+(?:-\d+)?|\d+\/[A-Z\d/]+))\b/g;
/** Lines that close web pages and are never part of the report. */
const BOILERPLATE = /^(?:Leave a Reply|Your email address will not be published|Share this|Related|Print|Laissez un commentaire|Deja un comentario)/iu;

/** Lines a wrapped headline may take before the blank line that ends it. */
const HEADLINE_LINES = 3;

/** What may stand before a dateline's date: the place (`Paris, le`, `(Geneva,`, `Marquena,`, `GENEVA (`), or nothing. */
const DATELINE_LEAD = /^[(\[]?\s*(?:\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?(?:,\s*|\s+\())?(?:(?:le|el|the)\s+)?$/iu;
/** A short line's text before its date that makes the date a fact's, not the document's: `Arrested on 3 May`. */
const FACT_BEFORE = /(?<![\p{L}])(?:on|in|since|until|from|le|du|depuis|jusqu['’]au|el|del|desde|hasta|en)\s*$/iu;
/** How far into its paragraph a dateline's date may stand. */
const DATELINE_REACH = 80;
/** What closes a dateline after its date: `) –`, ` –`, `.`, `:`. */
const DATELINE_END = /^\s*[)\]]?\s*(?:[–—-]+|[.:])?\s*/u;

interface Dateline {
  date: string;
  paragraph: number;
  /** Where the text after the dateline begins in its paragraph (its length for a line of its own). */
  end: number;
}

/**
 * When the document says it was published: a dateline opening one of its first paragraphs
 * (`Paris, le 4 juillet 2023 – …`, `GENEVA (19 July 2023) – …`, `Marquena, 18 de mayo de 2022. …`),
 * or a short line of its own (`Communiqué de presse – 4 juillet 2023`, `June 3, 2024 12:00AM EDT`).
 * Null when none is there.
 */
function findDateline(paragraphs: string[]): Dateline | null {
  for (const [i, p] of paragraphs.slice(0, 3).entries()) {
    const d = findDates(p.slice(0, DATELINE_REACH)).find((x) => x.precision === 'day');
    if (!d) continue;
    const before = p.slice(0, d.index);
    if (p.length <= DATELINE_REACH && !FACT_BEFORE.test(before)) return { date: d.date, paragraph: i, end: p.length };
    if (DATELINE_LEAD.test(before)) {
      const after = d.index + d.length;
      return { date: d.date, paragraph: i, end: after + DATELINE_END.exec(p.slice(after))![0].length };
    }
  }
  return null;
}

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
  record.language = detected ?? scriptLanguage(text);
  const language = detected ?? 'en';

  // The headline is in title case, where every word looks like a name: only countries are read from it.
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => squash(p))
    .filter((p) => p.length > 0 && !BOILERPLATE.test(p));
  if (titleLine && paragraphs[0] === squash(titleLine)) paragraphs.shift();
  const dateline = findDateline(paragraphs);
  record.date = dateline?.date ?? null;
  // The dateline says when the document was written, not what happened: it is no dated fact.
  if (dateline) {
    const rest = paragraphs[dateline.paragraph]!.slice(dateline.end);
    if (rest) paragraphs[dateline.paragraph] = rest;
    else paragraphs.splice(dateline.paragraph, 1);
  }
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

/**
 * How often a report names a person: by the surname it uses most. Any word of the name but the
 * first may be it (`Arvelo` of `Tomás Arvelo Quintero`, as Spanish names go; `Linde` of `Oskar Linde`).
 */
function countMentions(p: Person, text: string): number {
  const words = p.name.split(/\s+/);
  const surnames = nameTokens(p.name).length > 1 ? words.slice(1).filter((w) => /^\p{Lu}/u.test(w)) : [p.name];
  return Math.max(0, ...surnames.map((surname) => {
    const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return text.match(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'gu'))?.length ?? 0;
  }));
}
