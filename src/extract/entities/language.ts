/** The language of a document that does not say it: English, French or Spanish, by their commonest words. */
import type { Language } from '../../domain/dates.js';

const MARKERS: Record<Language, RegExp> = {
  en: /\b(?:the|and|of|to|that|is|was|with|for|on)\b/g,
  fr: /\b(?:le|les|des|du|et|est|une|que|dans|pour|sur|au)\b/g,
  es: /\b(?:el|los|las|del|y|es|una|que|en|por|para|con)\b/g,
};

export function guessLanguage(text: string): Language {
  const sample = text.slice(0, 20_000).toLowerCase();
  let best: Language = 'en';
  let bestCount = -1;
  for (const lang of ['en', 'fr', 'es'] as const) {
    const count = sample.match(MARKERS[lang])?.length ?? 0;
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return best;
}
