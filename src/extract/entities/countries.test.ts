import { describe, expect, it } from 'vitest';
import { extractCountries } from './countries.js';
import type { EntityInput } from './input.js';

const input = (paragraphs: string[], subject: string | null = null, language: EntityInput['language'] = 'en'): EntityInput => ({
  language,
  paragraphs,
  subject,
  exclude: [],
});

describe('extractCountries', () => {
  it('finds countries by name, short name and demonym, in order of first mention', () => {
    expect(
      extractCountries(
        input(['The Republic of Aldovia expelled her to Borelia.', 'Kazakh police and the Georgian border guards met in Aldovia. She flew to Türkiye.']),
      ),
    ).toEqual(['XAA', 'XAB', 'KAZ', 'GEO', 'TUR']);
  });
  it('reads French and Spanish names and lower-case demonyms', () => {
    expect(extractCountries(input(['Il a quitté le Monténégro pour la Géorgie avec la police kazakhe.'], null, 'fr'))).toEqual(['MNE', 'GEO', 'KAZ']);
    expect(extractCountries(input(['Las autoridades mexicanas la deportaron a Kazajistán.'], null, 'es'))).toEqual(['MEX', 'KAZ']);
  });
  it('does not read a town or a village named after a country as the country', () => {
    expect(extractCountries(input(['Fue asesinado en la comunidad de Río Blanco, municipio de Santa Lucía, y huyó a Panamá.'], null, 'es'))).toEqual(['PAN']);
    expect(extractCountries(input(['She lives in the village of Jordan, in Borelia; her brother lives in Jordan.']))).toEqual(['XAB', 'JOR']);
  });
  it('does not read a pronoun, a currency or a language as a country', () => {
    expect(extractCountries(input(['They told us it cost US$50, as written in English.']))).toEqual([]);
  });
});
