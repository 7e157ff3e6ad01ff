/**
 * Mandate titles as a letter in English, French or Spanish prints them, read from the registry
 * (mandates.json for English, mandate-titles.json for French and Spanish: the current form first).
 */
import { localizedMandateTitles, mandateById } from '../reference-data/index.js';
import type { Language } from './language.js';

/** The title of a mandate in a language; null when the registry has no title in it. */
export function mandateTitle(id: string, lang: Language): string | null {
  if (lang === 'en') return mandateById(id)?.title ?? null;
  return localizedMandateTitles()[id]?.[lang]?.[0] ?? null;
}
