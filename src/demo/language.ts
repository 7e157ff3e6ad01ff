/** The languages demo letters are written in, and the letter's way with dates and lists (from the composer). */
export { capitalize, joinList, longDate, monthYear } from '../domain/drafting/words.js';

export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (s: string): s is Language => (LANGUAGES as readonly string[]).includes(s);
