/**
 * The reference data: mandates (titles, former titles, short names, resolutions, holders),
 * instruments, ratifications and States. Versioned as data files beside this module (see
 * data/SOURCES.md for where each came from), loaded once on first use, never copied into code.
 */
import { readFileSync } from 'node:fs';
import { fold } from '../domain/text.js';

export type MandateKind = 'thematic' | 'country';
export type MandateBody = 'Special Rapporteur' | 'Independent Expert' | 'Working Group' | string;

export interface MandateHolder {
  name: string;
  /** Year the term began; null when not known. */
  from: number | null;
  /** Year the term ended; null while in office or when not known. */
  to: number | null;
  verified: boolean;
  role?: string;
  note?: string;
}

export interface Mandate {
  id: string;
  kind: MandateKind;
  status: string;
  title: string;
  body: MandateBody;
  established: number | null;
  /** Creating and renewing resolutions, oldest first: `52/4` is HRC; `CHR 2000/61` and `HRC decision 43/115` say their body. */
  resolutions: string[];
  holders: MandateHolder[];
  shortNames: string[];
  formerTitles: string[];
  /** ISO alpha-3 of the country of a country mandate. */
  country?: string;
  sources: string[];
  notes: string;
}

export interface Instrument {
  id: string;
  abbreviation: string | null;
  title: string;
  kind: 'treaty' | 'declaration' | 'standard' | string;
  adopted: string | null;
  entryIntoForce?: string;
  symbol: string | null;
  treatyBody: { name: string; abbreviation: string; generalCommentPrefix?: string } | null;
  aliases: string[];
  sources: string[];
  notes: string;
}

export type TreatyAction = 'signature' | 'ratification' | 'accession' | 'succession' | string;

export interface Ratification {
  state: string;
  instrumentId: string;
  action: TreatyAction;
  date: string;
  source: string;
}

export interface State {
  /** ISO 3166-1 alpha-3, or `OTH`. */
  code: string;
  alpha2: string | null;
  name: { en: string; fr: string; es: string };
  aliases: string[];
  /** Fictional States (user-assigned codes XAA-XAL) exist for demos and tests only. */
  fictional?: boolean;
}

const dataUrl = (file: string) => new URL(`./data/${file}`, import.meta.url);
const readJson = <T>(file: string): T => JSON.parse(readFileSync(dataUrl(file), 'utf8')) as T;

function lazy<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}

export const mandates = lazy(() => readJson<Mandate[]>('mandates.json'));
export const instruments = lazy(() => readJson<Instrument[]>('instruments.json'));
export const states = lazy(() => readJson<{ states: State[] }>('states.json').states);

export const ratifications = lazy((): Ratification[] => {
  const lines = readFileSync(dataUrl('ratifications.csv'), 'utf8').split('\n');
  const out: Ratification[] = [];
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    // Only the first five columns matter here; the notes column may hold commas.
    const [state, instrumentId, action, date, source] = line.split(',', 5);
    if (state && instrumentId && action && date) out.push({ state, instrumentId, action, date, source: source ?? '' });
  }
  return out;
});

/** French and Spanish titles of mandates (current first), keyed by mandate id. */
export const localizedMandateTitles = lazy(
  () => readJson<{ titles: Record<string, { fr?: string[]; es?: string[] }> }>('mandate-titles.json').titles,
);

const mandateIndex = lazy(() => new Map(mandates().map((m) => [m.id, m])));
const stateIndex = lazy(() => new Map(states().map((s) => [s.code, s])));

export function mandateById(id: string): Mandate | undefined {
  return mandateIndex().get(id);
}

export function stateByCode(code: string): State | undefined {
  return stateIndex().get(code.toUpperCase());
}

/** True for ISO user-assigned alpha-3 codes (`XAA`–`XZZ` and others): used for fictional States in tests and demos. */
export function isUserAssignedCode(code: string): boolean {
  return /^(AA[A-Z]|Q[M-Z][A-Z]|X[A-Z]{2}|ZZ[A-Z])$/.test(code);
}

/** A code a letter can be addressed under: a State's, `OTH`, or a user-assigned one. */
export function isRecipientCode(code: string): boolean {
  return stateByCode(code) !== undefined || isUserAssignedCode(code);
}

/** Every name a mandate has gone by, folded, mapped to it: current title, former titles, short names. */
const mandateNames = lazy(() => {
  const byName = new Map<string, Mandate>();
  const add = (name: string, m: Mandate) => {
    const key = fold(name);
    if (key && !byName.has(key)) byName.set(key, m);
  };
  for (const m of mandates()) add(m.title, m);
  for (const m of mandates()) m.formerTitles.forEach((t) => add(t, m));
  for (const m of mandates()) {
    const local = localizedMandateTitles()[m.id];
    [...(local?.fr ?? []), ...(local?.es ?? [])].forEach((t) => add(t, m));
  }
  for (const m of mandates()) m.shortNames.forEach((t) => add(t, m));
  return byName;
});

/** The mandate a title designates, by its current title, a former title or a short name. */
export function findMandateByTitle(title: string): Mandate | undefined {
  return mandateNames().get(fold(title));
}

/** All folded names of all mandates, longest first: for recognisers that scan text for titles. */
export const mandateNameList = lazy(() =>
  [...mandateNames().entries()].sort((a, b) => b[0].length - a[0].length),
);

/** The holders of a mandate in a given year (a term's first and last years both count). */
export function holdersIn(mandate: Mandate, year: number): MandateHolder[] {
  return mandate.holders.filter((h) => (h.from === null || h.from <= year) && (h.to === null || h.to >= year));
}

const stateNames = lazy(() => {
  const byName = new Map<string, State>();
  for (const s of states()) {
    for (const name of [s.name.en, s.name.fr, s.name.es, ...s.aliases]) {
      const key = fold(name);
      if (key && !byName.has(key)) byName.set(key, s);
    }
  }
  return byName;
});

/** The State a name designates, in English, French or Spanish, with or without diacritics. */
export function findStateByName(name: string): State | undefined {
  return stateNames().get(fold(name).replace(/^(the|la|le|les|l|el|los|las) /, '')) ?? stateNames().get(fold(name));
}

/** The State names of one word (`Jordan`, `Géorgie`), folded: words a person's name may share with a place. */
export const oneWordStateNames = lazy(() => [...stateNames().keys()].filter((k) => !k.includes(' ')));

/** Every folded State name, longest first: for recognisers that scan text for countries. */
export const stateNameList = lazy(() => [...stateNames().entries()].sort((a, b) => b[0].length - a[0].length));

const instrumentNames = lazy(() => {
  const byName = new Map<string, Instrument>();
  for (const i of instruments()) {
    for (const name of [i.abbreviation ?? '', i.title, ...i.aliases]) {
      const key = fold(name);
      if (key && !byName.has(key)) byName.set(key, i);
    }
  }
  return byName;
});

/** The instrument a name, abbreviation or alias designates. */
export function findInstrument(name: string): Instrument | undefined {
  return instrumentNames().get(fold(name));
}

export function instrumentById(id: string): Instrument | undefined {
  return instruments().find((i) => i.id === id);
}

/** A State's actions on an instrument (signature, ratification, accession, succession), oldest first. */
export function treatyActions(stateCode: string, instrumentId: string): Ratification[] {
  return ratifications()
    .filter((r) => r.state === stateCode && r.instrumentId === instrumentId)
    .sort((a, b) => a.date.localeCompare(b.date));
}
