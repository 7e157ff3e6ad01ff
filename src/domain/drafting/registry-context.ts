/**
 * A DraftingContext over the project's reference data, which the caller passes in
 * (`draftingContextFrom(registry)` with `import * as registry from '…/reference-data/index.js'`):
 * this module reads nothing itself. Holders and resolutions are known by year, so a letter's
 * year decides who signs and which resolution the capacity paragraph cites.
 */
import type { Instrument, Mandate, MandateHolder, Ratification, State } from '../../reference-data/index.js';
import type { Language } from '../dates.js';
import type { DraftingContext, MandateOnDate, TreatyStatus } from './drafting-context.js';
import { INSTRUMENT_TITLES } from './instrument-titles.js';

export interface RegistryLookups {
  mandateById(id: string): Mandate | undefined;
  localizedMandateTitles(): Record<string, { fr?: string[]; es?: string[] }>;
  stateByCode(code: string): State | undefined;
  instrumentById(id: string): Instrument | undefined;
  /** Oldest first. */
  treatyActions(stateCode: string, instrumentId: string): Ratification[];
}

/** The year a Human Rights Council session sat: three sessions a year from 2006. */
const sessionYear = (session: number) => 2006 + Math.ceil(session / 3) - 1;

/** The latest plain HRC resolution (`52/4`) adopted by the year; the oldest known when none is that old; null when none. */
export function resolutionFor(m: Mandate, year: number): string | null {
  const plain = m.resolutions.filter((r) => /^\d+\/\d+$/.test(r));
  if (plain.length === 0) return null;
  const known = plain.filter((r) => sessionYear(Number(r.split('/')[0])) <= year);
  return known.length ? known[known.length - 1]! : plain[0]!;
}

const yearIn = (text: string | undefined) => {
  const m = text?.match(/\b(19|20)\d\d\b/);
  return m ? Number(m[0]) : null;
};

/** The one holder who signs in a year: a Working Group's chair; otherwise the latest appointed. */
export function signatoryFor(m: Mandate, year: number): MandateHolder | null {
  let candidates = m.holders.filter((h) => (h.from === null || h.from <= year) && (h.to === null || h.to >= year));
  if (candidates.length === 0) return null;
  if (m.body === 'Working Group') {
    const chairs = candidates.filter((h) => /chair/i.test(h.role ?? ''));
    if (chairs.length) candidates = chairs;
  }
  const anchor = (h: MandateHolder) => h.from ?? yearIn(h.role) ?? yearIn(h.note);
  const dated = candidates.filter((h) => anchor(h) !== null && anchor(h)! <= year);
  if (dated.length === 0) return candidates[0]!;
  return dated.reduce((best, h) => (anchor(h)! > anchor(best)! ? h : best));
}

const PARTY_ACTIONS = new Set(['ratification', 'accession', 'succession']);

export function draftingContextFrom(registry: RegistryLookups): DraftingContext {
  return {
    mandate(id: string, date: string, lang: Language): MandateOnDate | null {
      const m = registry.mandateById(id);
      if (!m) return null;
      const year = Number(date.slice(0, 4));
      const title = lang === 'en' ? m.title : registry.localizedMandateTitles()[id]?.[lang]?.[0] ?? null;
      return { id, title, body: m.body, resolution: resolutionFor(m, year), signatory: signatoryFor(m, year)?.name ?? null };
    },
    stateName(code: string, lang: Language): string | null {
      const s = registry.stateByCode(code);
      return s && s.code !== 'OTH' ? s.name[lang] : null;
    },
    instrument(id: string, lang: Language) {
      const i = registry.instrumentById(id);
      if (!i) return null;
      const local = lang === 'en' ? undefined : INSTRUMENT_TITLES[id]?.[lang];
      return { id, title: local?.title ?? i.title, abbreviation: local ? local.abbreviation ?? null : i.abbreviation };
    },
    treatyStatus(stateCode: string, instrumentId: string, date: string): TreatyStatus | null {
      const acts = registry.treatyActions(stateCode, instrumentId).filter((a) => PARTY_ACTIONS.has(a.action) && a.date <= date);
      const last = acts[acts.length - 1];
      return last ? { action: last.action as TreatyStatus['action'], date: last.date } : null;
    },
  };
}
