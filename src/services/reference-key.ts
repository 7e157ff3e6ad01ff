/**
 * Reading a reference as people type or cite it, for lookups and citations: `AL KAZ 1/2024`,
 * `al kaz 1/2024`, `JAL KAZ 1/2024`, and `KAZ 1/2024` without the type (public listings omit
 * it; the sequence counts per recipient and year across types, so code, number and year are
 * the key of a letter).
 */
import type { CommunicationType } from '../domain/communication.js';
import { formatKey, formatReference, parseReference } from '../domain/reference.js';

export interface ReferenceKey {
  type: CommunicationType | null;
  recipient: string;
  number: number;
  year: number;
  /** `KAZ 1/2024` */
  key: string;
  /** `AL KAZ 1/2024`, or the key when the type is not known. */
  text: string;
}

const WITHOUT_TYPE = /^\s*([A-Za-z]{3})\s*(\d{1,4})\s*[/.]\s*((?:19|20)\d{2})\s*$/;

export function referenceKey(input: string): ReferenceKey | null {
  const typed = parseReference(input.toUpperCase());
  if (typed) {
    const key = formatKey(typed);
    return { type: typed.type, recipient: typed.recipient, number: typed.number, year: typed.year, key, text: formatReference(typed) };
  }
  const m = WITHOUT_TYPE.exec(input);
  if (!m) return null;
  const recipient = m[1]!.toUpperCase();
  const number = Number(m[2]);
  const year = Number(m[3]);
  if (number < 1) return null;
  const key = formatKey({ recipient, number, year });
  return { type: null, recipient, number, year, key, text: key };
}
