import { describe, expect, it } from 'vitest';
import { byState, ofState, theState } from './state-phrases.js';

describe('a State named inside a sentence', () => {
  it.each([
    ['Republic of Aldovia', 'the Republic of Aldovia', 'of the Republic of Aldovia'],
    ['Hollin Islands', 'the Hollin Islands', 'of the Hollin Islands'],
    ['Borelia', 'Borelia', 'of Borelia'],
  ])('English: %s', (name, the, of) => {
    expect(theState(name, 'en')).toBe(the);
    expect(ofState(name, 'en')).toBe(of);
  });

  it.each([
    ["République d'Aldovie", "la République d'Aldovie", "de la République d'Aldovie"],
    ['Royaume de Calvera', 'le Royaume de Calvera', 'du Royaume de Calvera'],
    ['Îles Hollin', 'les Îles Hollin', 'des Îles Hollin'],
    ['Istrane', "l'Istrane", "de l'Istrane"],
    ['Borélie', 'la Borélie', 'de la Borélie'],
    ['Dastan', 'le Dastan', 'du Dastan'],
    ['Mexique', 'le Mexique', 'du Mexique'],
    ['Cuba', 'Cuba', 'de Cuba'],
    ["États-Unis d'Amérique", "les États-Unis d'Amérique", "des États-Unis d'Amérique"],
  ])('French: %s', (name, the, of) => {
    expect(theState(name, 'fr')).toBe(the);
    expect(ofState(name, 'fr')).toBe(of);
  });

  it.each([
    ['República de Aldovia', 'la República de Aldovia', 'de la República de Aldovia'],
    ['Reino de Calvera', 'el Reino de Calvera', 'del Reino de Calvera'],
    ['Islas Hollin', 'las Islas Hollin', 'de las Islas Hollin'],
    ['Borelia', 'Borelia', 'de Borelia'],
  ])('Spanish: %s', (name, the, of) => {
    expect(theState(name, 'es')).toBe(the);
    expect(ofState(name, 'es')).toBe(of);
  });

  it('after "by", which French and Spanish never contract', () => {
    expect(byState('Royaume de Calvera', 'fr')).toBe('par le Royaume de Calvera');
    expect(byState('Reino de Calvera', 'es')).toBe('por el Reino de Calvera');
    expect(byState('Kingdom of Calvera', 'en')).toBe('by the Kingdom of Calvera');
  });
});
