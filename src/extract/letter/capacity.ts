/**
 * The capacity paragraph: "We have the honour to address you in our capacities as A; B and C,
 * pursuant to Human Rights Council resolutions 52/4 and 51/8." (French: "en notre qualité
 * de ... conformément aux résolutions ...", or "en nos qualités de"; Spanish: "en nuestra calidad de ... de conformidad con
 * las resoluciones ..."). Older letters with one mandate say "my capacity".
 */
import type { MandateRef } from '../../domain/communication.js';
import type { Language } from '../../domain/dates.js';
import { dedupe, mandateRef, splitMandateList } from './mandates.js';
import { plain } from './normalize.js';
import { allMatches } from '../all-matches.js';

const OPENING = /(?:capacit(?:y|ies)\s+as|en\s+(?:notre|ma)\s+qualit[ée]\s+de|en\s+(?:nos|mes)\s+qualit[ée]s\s+de|en\s+(?:nuestra|mi)\s+(?:calidad|condici[óo]n)\s+de|en\s+(?:nuestras|mis)\s+calidades\s+de|honou?r\s+to\s+address\s+you|honneur\s+de\s+(?:vous\s+(?:adresser|[ée]crire)|nous\s+adresser|m['’]adresser)|honor\s+de\s+dirigir(?:me|nos))/i;
const TITLES = /(?:capacit(?:y|ies)\s+as|qualit[ée]s?\s+de|calidad(?:es)?\s+de|condici[óo]n\s+de)\s+(.+?)(?:,?\s+(?:pursuant|in accordance|conform[ée]ment|en application|de conformidad|con arreglo|en virtud|seg[úu]n)\b|$)/i;
const RESOLUTIONS = /r[ée]solu(?:tion|ci[óo]n)(?:s|es)?\b([^.]*)/i;
const RESOLUTION_NUMBER = /(?<![\d/])(\d{1,2}\/\d{1,3})(?![\d/])/g;

export interface Capacity {
  index: number;
  mandates: MandateRef[];
  resolutions: string[];
}

export function readCapacity(paragraphs: string[], language: Language | null): Capacity | null {
  const index = paragraphs.slice(0, 6).findIndex((p) => OPENING.test(plain(p)));
  if (index < 0) return null;
  const text = plain(paragraphs[index]!);
  const titles = TITLES.exec(text);
  const mandates = titles ? dedupe(splitMandateList(titles[1]!).map((t) => mandateRef(t, language))) : [];
  const resolutions: string[] = [];
  const res = RESOLUTIONS.exec(text);
  if (res) {
    for (const m of allMatches(RESOLUTION_NUMBER, res[1]!)) if (!resolutions.includes(m[1]!)) resolutions.push(m[1]!);
  }
  return { index, mandates, resolutions };
}
