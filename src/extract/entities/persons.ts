/**
 * The named persons of a document, one entry per person however often and however spelled:
 * mentions (see person-mentions.ts) are filtered (signatories, mandate holders, States,
 * organisations) and merged (`Ms. Smailova` after `Ms. Dinara Smailova`, `Sekerbaeva` beside
 * `Sekerbayeva`). A person is a victim when the letter is about them: named in its subject,
 * bolded or in its list of the persons concerned; when a letter marks no one so, the persons
 * introduced before the facts; failing those, the persons its facts call Mr. or Ms.
 */
import type { Person } from '../../domain/communication.js';
import { fold } from '../../domain/text.js';
import { findStateByName, mandates } from '../../reference-data/index.js';
import type { Gender } from './honorifics.js';
import { memo, prepare, type EntityInput } from './input.js';
import { nameTokens, sameName, similarToken } from './name-variants.js';
import { countriesIn } from './countries.js';
import { extractOrganizations } from './organizations.js';
import { listedMention, mentionsIn, nameRuns, type PersonMention } from './person-mentions.js';
import { descriptorsOf } from './descriptors.js';

interface Entry {
  mentions: PersonMention[];
  /** The distinct names of `mentions`: a person is mentioned by the same few names many times. */
  names: Set<string>;
  tokens: Set<string>;
  gender: Gender | null;
}

const holderNames = (() => {
  let byToken: Map<string, string[]> | undefined;
  return () => {
    if (!byToken) {
      byToken = new Map();
      for (const m of mandates()) {
        for (const h of m.holders) {
          for (const t of nameTokens(h.name)) byToken.set(t, [...(byToken.get(t) ?? []), h.name]);
        }
      }
    }
    return byToken;
  };
})();

function isExcluded(name: string, exclude: string[]): boolean {
  if (exclude.some((x) => sameName(name, x))) return true;
  // Any mandate's holder, by a name of two words or more: a bare `Mr. Singh` is not Kishore Singh.
  const tokens = nameTokens(name);
  if (tokens.length < 2) return false;
  const holders = holderNames();
  for (const t of tokens) {
    for (const h of holders.get(t) ?? []) if (sameName(name, h)) return true;
  }
  return false;
}

function notAPerson(name: string, organizations: Set<string>): boolean {
  if (findStateByName(name)) return true;
  const folded = fold(name);
  // The organisation itself, its first words, or a run that ends with it (`Counsel Coldmere Mining Ltd`).
  for (const o of organizations) if (o === folded || o.startsWith(`${folded} `) || folded.endsWith(` ${o}`)) return true;
  const found: string[] = [];
  countriesIn(name, found);
  // A name that is a country or a demonym plus a word (`Kazakh Police`) is not a person.
  return found.length > 0 && nameTokens(name).length <= 2 && /^\p{Lu}/u.test(name) && isCountryLed(name);
}

function isCountryLed(name: string): boolean {
  const found: string[] = [];
  countriesIn(name.split(/\s+/)[0]!, found);
  return found.length > 0;
}

export interface PersonOptions {
  /** News reports and statements: names beside verbs of saying count too. */
  report?: boolean;
}

export function findPersons(input: EntityInput, options: PersonOptions = {}): Person[] {
  return memo(input, `persons${options.report ? ':report' : ''}`, () => collect(input, options));
}

export function extractPersons(input: EntityInput): Person[] {
  return findPersons(input);
}

function collect(input: EntityInput, options: PersonOptions): Person[] {
  const prepared = prepare(input);
  const organizationNames = extractOrganizations(input).flatMap((o) => [o.name, ...o.variants]);
  const organizations = new Set(organizationNames.map((n) => fold(n)));
  const report = options.report ?? false;
  const mentions: PersonMention[] = [];
  if (prepared.subject) mentions.push(...mentionsIn(prepared.subject, -1, input.language, { report }));
  for (const p of prepared.paragraphs) mentions.push(...mentionsIn(p, p.index, input.language, { report }));
  for (const p of prepared.paragraphs) {
    const listed = isListed(input, p.index) ? listedMention(p, p.index, input.language) : null;
    if (listed) mentions.push(listed);
  }
  const verdicts = new Map<string, boolean>();
  const keep = (name: string) => {
    let v = verdicts.get(name);
    if (v === undefined) verdicts.set(name, (v = !isExcluded(name, input.exclude) && !notAPerson(name, organizations)));
    return v;
  };
  // `Colectivo de Abogados José Alvear Restrepo`: a name inside an organisation's is its namesake's, not a person of the letter.
  const namesakes = organizationNames.filter((n) => /\s/.test(n));
  const kept = mentions.filter((m) => keep(m.name) && !insideName(m, namesakes, prepared));

  // Full names first (they define the persons), then names of one word, each in reading order.
  const order = (m: PersonMention) => m.paragraph * 1e6 + m.start;
  const multi = kept.filter((m) => nameTokens(m.name).length > 1).sort((a, b) => order(a) - order(b));
  const single = kept.filter((m) => nameTokens(m.name).length === 1).sort((a, b) => order(a) - order(b));
  const entries: Entry[] = [];
  for (const m of multi) {
    const e = entries.find((x) => compatible(x, m) && hasSameName(x, m.name));
    if (e) add(e, m);
    else entries.push(newEntry(m));
  }
  for (const m of single) {
    const token = nameTokens(m.name)[0]!;
    const e =
      entries.find((x) => compatible(x, m) && x.tokens.has(token)) ??
      entries.find((x) => compatible(x, m) && [...x.tokens].some((t) => similarToken(t, token)));
    if (e) add(e, m);
    else if (m.kind === 'honorific') entries.push(newEntry(m));
  }
  entries.sort((a, b) => Math.min(...a.mentions.map(order)) - Math.min(...b.mentions.map(order)));

  const persons = entries.map((e) => toPerson(e, input, prepared));
  addAliases(persons, entries, prepared);
  markVictims(persons, entries, input, prepared.subject?.text ?? null);
  return persons;
}

/** The text a mention was read in: its paragraph's, or the subject's. */
function textOf(m: PersonMention, prepared: ReturnType<typeof prepare>): string | undefined {
  return m.paragraph === -1 ? prepared.subject?.text : prepared.paragraphs[m.paragraph]?.text;
}

/** Whether the mention stands inside one of `names` where its text gives it. */
function insideName(m: PersonMention, names: string[], prepared: ReturnType<typeof prepare>): boolean {
  const text = textOf(m, prepared);
  if (!text) return false;
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0 && at <= m.start; at = text.indexOf(name, at + 1)) {
      if (m.end <= at + name.length) return true;
    }
  }
  return false;
}

/** Another name given in brackets right after a person's: `Mr. Datu Manlangit (also known as "Datu Mans")`. */
const ALIAS = /^\s*\((?:also\s+known\s+as|known\s+as|a\.k\.a\.?|aka|alias|dite?|connue?\s+sous\s+le\s+nom\s+d[e'’]|conocid[oa]\s+como|apodad[oa])\s+["“«‘']?\s*(\p{Lu}[^"”»’')(]{1,40}?)\s*["”»’']?\s*\)/u;

function addAliases(persons: Person[], entries: Entry[], prepared: ReturnType<typeof prepare>): void {
  entries.forEach((e, i) => {
    const person = persons[i]!;
    for (const m of e.mentions) {
      const alias = ALIAS.exec(textOf(m, prepared)?.slice(m.end, m.end + 80) ?? '')?.[1]?.trim();
      if (alias && alias !== person.name && !person.variants.includes(alias)) person.variants.push(alias);
    }
  });
}

function compatible(e: Entry, m: PersonMention): boolean {
  return !e.gender || !m.gender || e.gender === m.gender;
}

function hasSameName(e: Entry, name: string): boolean {
  for (const n of e.names) if (sameName(n, name)) return true;
  return false;
}

function newEntry(m: PersonMention): Entry {
  return { mentions: [m], names: new Set([m.name]), tokens: new Set(nameTokens(m.name)), gender: m.gender };
}

function add(e: Entry, m: PersonMention): void {
  e.mentions.push(m);
  e.names.add(m.name);
  for (const t of nameTokens(m.name)) e.tokens.add(t);
  e.gender ??= m.gender;
}

function toPerson(e: Entry, input: EntityInput, prepared: ReturnType<typeof prepare>): Person {
  const counts = new Map<string, number>();
  for (const m of e.mentions) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const diacritics = (s: string) => s.normalize('NFD').length - s.length;
  const score = (n: string) => nameTokens(n).length * 1000 + (counts.get(n) ?? 0) * 10 + diacritics(n);
  const name = [...counts.keys()].reduce((a, b) => (score(b) > score(a) ? b : a));
  const own = nameTokens(name);
  const variants: string[] = [];
  for (const v of counts.keys()) {
    if (v === name) continue;
    const tokens = nameTokens(v);
    const respelled = tokens.some((t) => !own.includes(t));
    const accented = fold(v) === fold(name) && v.toLowerCase() !== name.toLowerCase();
    // A surname or first name alone, spelled as in the full name, is not another spelling.
    if (respelled || accented) variants.push(v);
  }
  const genders = e.mentions.map((m) => m.gender).filter((g): g is Gender => g !== null);
  const female = genders.filter((g) => g === 'female').length;
  const gender = genders.length === 0 ? null : female * 2 >= genders.length ? (female * 2 === genders.length ? null : 'female') : 'male';
  return {
    name,
    variants,
    role: 'mentioned',
    gender,
    descriptors: descriptorsOf(e.mentions, prepared, input.language),
  };
}

/** Whether a paragraph is an item of the letter's list of the persons concerned. */
const isListed = (input: EntityInput, paragraph: number): boolean =>
  input.listed !== undefined && paragraph >= input.listed.start && paragraph < input.listed.end;

function markVictims(persons: Person[], entries: Entry[], input: EntityInput, subject: string | null): void {
  const subjectRuns = subject ? nameRuns(subject) : [];
  entries.forEach((e, i) => {
    const named = e.mentions.some((m) => m.paragraph === -1 || m.bold || isListed(input, m.paragraph));
    const inSubject = subjectRuns.some(
      (r) => nameTokens(r).length > 1 && [...e.names].some((n) => nameTokens(n).length > 1 && sameName(r, n)),
    );
    if (named || inSubject) persons[i]!.role = 'victim';
  });
  if (persons.some((p) => p.role === 'victim')) return;
  // No subject, no bold: the persons the letter introduces before its facts are the ones it is about.
  const factsStart = input.facts?.start;
  const firstParagraph = Math.min(...entries.map((e) => Math.min(...e.mentions.map((m) => m.paragraph))));
  entries.forEach((e, i) => {
    const first = Math.min(...e.mentions.map((m) => m.paragraph));
    const before = factsStart !== undefined ? first < factsStart : first === firstParagraph && first <= 3;
    if (before && e.mentions.some((m) => m.kind !== 'speech')) persons[i]!.role = 'victim';
  });
  if (persons.some((p) => p.role === 'victim') || factsStart === undefined) return;
  // A letter about a group (`members of the … community`) first names its people in the facts: those
  // it calls Mr., Ms. or their like there, as letters call the people they are about (officials go by their office).
  const factsEnd = input.facts?.end ?? Infinity;
  entries.forEach((e, i) => {
    if (e.mentions.some((m) => m.kind === 'honorific' && m.paragraph >= factsStart && m.paragraph < factsEnd)) persons[i]!.role = 'victim';
  });
}
