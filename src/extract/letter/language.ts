/** The language of a document, from its commonest short words: letters go out in English, French or Spanish. */
import type { Language } from '../../domain/dates.js';

const WORDS: Record<Language, Set<string>> = {
  en: new Set(['the', 'of', 'and', 'to', 'in', 'that', 'is', 'was', 'for', 'with', 'on', 'we', 'have', 'has', 'by', 'be', 'this', 'which', 'her', 'his']),
  fr: new Set(['le', 'la', 'les', 'des', 'du', 'et', 'de', 'que', 'qui', 'une', 'dans', 'pour', 'sur', 'par', 'au', 'aux', 'nous', 'est', 'été', 'il', 'elle', 'ses', 'son']),
  es: new Set(['el', 'la', 'los', 'las', 'del', 'y', 'de', 'que', 'en', 'una', 'por', 'para', 'con', 'al', 'se', 'su', 'sus', 'fue', 'ha', 'sobre', 'como', 'nuestra']),
};

export function detectLanguage(text: string): Language | null {
  const sample = text.slice(0, 6_000).toLowerCase();
  const counts: Record<Language, number> = { en: 0, fr: 0, es: 0 };
  for (const m of sample.matchAll(/\p{L}+/gu)) {
    const w = m[0];
    if (WORDS.en.has(w)) counts.en++;
    if (WORDS.fr.has(w)) counts.fr++;
    if (WORDS.es.has(w)) counts.es++;
  }
  const ranked = (Object.entries(counts) as Array<[Language, number]>).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 5 || best[1] < (second?.[1] ?? 0) * 1.2) return null;
  return best[0];
}
