import { describe, expect, it } from 'vitest';
import { nameBeforeAcronym } from './acronym-names.js';
import { extractOrganizations } from './organizations.js';

const spelled = (before: string, acronym: string) => nameBeforeAcronym(before, acronym)?.name ?? null;

describe('a name spelled out before its acronym', () => {
  it('is found in sentence case, its joining words and elisions left out of the initials', () => {
    expect(spelled("Il est membre de la Ligue aldorienne pour la défense des droits de l'homme ", 'LADDH')).toBe("Ligue aldorienne pour la défense des droits de l'homme");
    expect(spelled('miembro del Comité de Solidaridad con los Presos Políticos ', 'CSPP')).toBe('Comité de Solidaridad con los Presos Políticos');
  });

  it('starts after an elided article joined to its first word', () => {
    expect(spelled("avocat et membre de l'Association pour la défense des droits des détenus ", 'ADDD')).toBe('Association pour la défense des droits des détenus');
    expect(spelled("fondateur d’Observatoire aldorien des libertés ", 'OAL')).toBe('Observatoire aldorien des libertés');
  });

  it('may leave the last word out of the acronym, and starts at a capital', () => {
    expect(spelled('chairman of the Election Monitoring and Democracy Studies Centre ', 'EMDS')).toBe('Election Monitoring and Democracy Studies Centre');
    expect(spelled('a member of the borelian press union ', 'BPU')).toBeNull();
  });

  it('is read from the first letters of its words when its initials do not spell it, from the furthest capital that fits', () => {
    expect(spelled('miembro del Comité de Familiares de Detenidos Desaparecidos ', 'COFADE')).toBe('Comité de Familiares de Detenidos Desaparecidos');
    expect(spelled('coordinadora del Consejo Cívico de Organizaciones Populares e Indígenas de Calvera ', 'COPINCA')).toBe('Consejo Cívico de Organizaciones Populares e Indígenas de Calvera');
    expect(spelled('como dijo el presidente ', 'COFADE')).toBeNull();
    expect(spelled('en la reunión de Lima ', 'LIMA')).toBeNull();
  });

  it('is none when the words do not spell it or a sentence ends between them', () => {
    expect(spelled('He said this ', 'HRW')).toBeNull();
    expect(spelled('for human rights. Watch ', 'HRW')).toBeNull();
    expect(spelled('the report (', 'AB')).toBeNull();
  });

  it('gives an organisation with its acronym as a variant, but not a State body', () => {
    const input = (text: string) => ({ language: 'fr' as const, paragraphs: [text], subject: null, exclude: [] });
    expect(extractOrganizations(input("M. Vey est membre de la Ligue aldorienne pour la défense des droits de l'homme (LADDH)."))).toEqual([
      { name: "Ligue aldorienne pour la défense des droits de l'homme", variants: ['LADDH'] },
    ]);
    expect(extractOrganizations(input('Il a été arrêté par la Direction générale de la sécurité intérieure (DGSI).'))).toEqual([]);
  });
});
