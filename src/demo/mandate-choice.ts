/**
 * Which mandates can sign a letter in a given year, with the resolution its capacity paragraph
 * cites and the holder who signs: all read from the registry, never typed here.
 */
import { holdersIn, mandates, type Mandate, type MandateHolder } from '../reference-data/index.js';
import { mandateTitle } from './mandate-titles.js';

export interface MandateInLetter {
  id: string;
  /** The registry title (English). */
  title: string;
  body: string;
  resolution: string;
  signatory: string;
}

/** The year a Human Rights Council session sat: three sessions a year from 2006. */
const sessionYear = (session: number) => 2006 + Math.ceil(session / 3) - 1;

/** The latest plain HRC resolution (`52/4`) adopted by the letter's year; null when the registry has none. */
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

/** The one holder who signs in a year: a Working Group's chair; the most recent appointee otherwise. */
export function signatoryFor(m: Mandate, year: number): MandateHolder | null {
  let candidates = holdersIn(m, year);
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

const cache = new Map<number, Map<string, MandateInLetter>>();

/** Thematic mandates able to sign in `year` (a holder and a resolution are known). */
export function mandatesIn(year: number): Map<string, MandateInLetter> {
  let found = cache.get(year);
  if (found) return found;
  found = new Map();
  for (const m of mandates()) {
    if (m.kind !== 'thematic' || m.status !== 'active') continue;
    const resolution = resolutionFor(m, year);
    const holder = signatoryFor(m, year);
    if (!resolution || !holder) continue;
    found.set(m.id, { id: m.id, title: m.title, body: m.body, resolution, signatory: holder.name });
  }
  cache.set(year, found);
  return found;
}

/** Whether a mandate can appear in a French or Spanish letter (its title is translated). */
export const hasTranslatedTitle = (id: string) => mandateTitle(id, 'fr') !== null && mandateTitle(id, 'es') !== null;
