/** Letters to print in tests: the test draft composed in each language, and a paragraph of accented letters. */
import type { Language } from '../../domain/dates.js';
import { composeLetter, type ComposedLetter } from '../../domain/drafting/index.js';
import { buildDraft } from '../../domain/drafting/testing/build-draft.js';
import { testContext } from '../../domain/drafting/testing/test-context.js';
import { blocksFromSections, runsOf, type PrintableLetter } from '../letter-blocks.js';

export const LANGUAGES: Language[] = ['en', 'fr', 'es'];

export function composedSample(language: Language): { composed: ComposedLetter; letter: PrintableLetter } {
  const draft = buildDraft({ language });
  const composed = composeLetter(draft, testContext);
  return { composed, letter: { language, reference: composed.reference, date: draft.date, blocks: blocksFromSections(composed.sections) } };
}

/** French and Spanish letters and signs a letter prints: é, ñ, ç, œ, the typographic apostrophe, guillemets, dashes. */
export const ACCENTED = 'L’œuvre de Mme Gaëlle Brézé, « Año de la niñez » – façade, São Tomé, Ñuñoa, ¿dónde?, ¡ya!, ü, Œdipe.';

export function accentedLetter(): PrintableLetter {
  return {
    language: 'fr',
    reference: 'AL XAA 1/2026',
    date: '2026-03-02',
    blocks: [
      { kind: 'header', lines: [runsOf('**Mandat de la Rapporteuse spéciale**')] },
      { kind: 'paragraph', lines: [runsOf(ACCENTED)] },
      { kind: 'paragraph', lines: [runsOf(`**${ACCENTED}**`)] },
    ],
  };
}
