/**
 * The letter's own reference and date, from the paragraphs before the salutation. The date stands
 * on its own line (`18 March 2024`, `Genève, le 3 mars 2023`), follows the reference
 * (`REFERENCE: UA XAB 3/2019 27 May 2019`), or, in older letters, comes before it.
 */
import type { Reference } from '../../domain/communication.js';
import { findDates } from '../../domain/dates.js';
import { findReferences } from '../../domain/reference.js';
import { plain } from './normalize.js';

export interface Head {
  reference: Reference | null;
  /** True when the reference carries the joint prefix (`JUA`). */
  jointPrefix: boolean;
  date: string | null;
}

/** A short paragraph that is only a date, possibly with the place: `Geneva, 18 March 2024`. */
function dateLine(p: string): string | null {
  if (p.length > 60) return null;
  const d = findDates(p).find((x) => x.precision === 'day');
  if (!d) return null;
  const rest = (p.slice(0, d.index) + p.slice(d.index + d.length)).replace(/\b(?:le|el|the|Geneva|Genève|Ginebra|Palais des Nations)\b/gi, '');
  return rest.replace(/[\p{P}\s]/gu, '').length <= 12 ? d.date : null;
}

export function readHead(paragraphs: string[]): Head {
  const head: Head = { reference: null, jointPrefix: false, date: null };
  let refDate: string | null = null;
  for (const raw of paragraphs) {
    const p = plain(raw);
    if (!head.reference) {
      const found = findReferences(p)[0];
      if (found) {
        head.reference = found.reference;
        head.jointPrefix = found.joint;
        refDate = found.date;
      }
    }
    if (!head.date) head.date = dateLine(p);
  }
  head.date ??= refDate;
  if (!head.date) {
    for (const raw of paragraphs) {
      const d = findDates(plain(raw)).find((x) => x.precision === 'day');
      if (d && !/^(?:Mandat|Mandate)/i.test(plain(raw))) { head.date = d.date; break; }
    }
  }
  return head;
}
