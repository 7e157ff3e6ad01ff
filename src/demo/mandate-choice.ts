/**
 * Which mandates can sign a letter in a given year: those the registry gives a holder and a
 * resolution for that year (by the composer's rules, so the letters it writes sign as planned).
 */
import { resolutionFor, signatoryFor } from '../domain/drafting/index.js';
import { mandates } from '../reference-data/index.js';
import { mandateTitle } from './mandate-titles.js';

export interface MandateInLetter {
  id: string;
  /** The registry title (English). */
  title: string;
  body: string;
  resolution: string;
  signatory: string;
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
