/**
 * Dates and lists as a letter writes them in English, French and Spanish: `18 March 2024`,
 * `1er mars 2024`, `18 de marzo de 2024`; `a, b and c`, `a, b et c`, `a, b y c`.
 */
import type { Language } from '../dates.js';

const MONTHS: Record<Language, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

/** `2021-03-18` → `18 March 2021`, `18 mars 2021`, `18 de marzo de 2021`. */
export function longDate(iso: string, lang: Language): string {
  const y = iso.slice(0, 4);
  const m = MONTHS[lang][Number(iso.slice(5, 7)) - 1]!;
  const d = Number(iso.slice(8, 10));
  if (lang === 'fr') return `${d === 1 ? '1er' : d} ${m} ${y}`;
  if (lang === 'es') return `${d} de ${m} de ${y}`;
  return `${d} ${m} ${y}`;
}

/** `2021-03` or `2021-03-01` → `March 2021`, `mars 2021`, `marzo de 2021`. */
export function monthYear(iso: string, lang: Language): string {
  const y = iso.slice(0, 4);
  const m = MONTHS[lang][Number(iso.slice(5, 7)) - 1]!;
  return lang === 'es' ? `${m} de ${y}` : `${m} ${y}`;
}

/** `a, b and c` / `a, b et c` / `a, b y c`; `sep` between the first items (`; ` for mandate titles). */
export function joinList(items: readonly string[], lang: Language, sep = ', '): string {
  const and = lang === 'fr' ? 'et' : lang === 'es' ? 'y' : 'and';
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(sep)} ${and} ${items[items.length - 1]}`;
}

export const capitalize = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** A text an officer typed, cut into paragraphs at blank lines, each paragraph's lines kept. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean).join('\n'))
    .filter(Boolean);
}

/** The sentence ends with a full stop unless it already ends with one (or `!`, `?`), closing quotes aside. */
export const withFullStop = (s: string) => (/[.!?…][\s»"”’')\]]*$/.test(s) ? s : `${s}.`);
