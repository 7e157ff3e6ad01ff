/** How dates, shares and codes read on the public pages (English). */
import type { CommunicationType } from '../../domain/communication.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2024-03-18` → `18 March 2024`; anything else as it is. */
export function longDate(iso: string | null): string {
  if (!iso) return 'Undated';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

export const TYPE_NAMES: Record<CommunicationType, string> = { UA: 'Urgent appeal', AL: 'Allegation letter', OL: 'Other letter' };

export const LANGUAGE_NAMES: Record<string, string> = { en: 'English', fr: 'French', es: 'Spanish', ar: 'Arabic', ru: 'Russian', zh: 'Chinese' };

export const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** A share as a whole percentage; a dash when there is nothing to divide. */
export const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);
