import { describe, expect, it } from 'vitest';
import { readLegalReferences } from './legal-references.js';

const simple = (ps: string[]) => readLegalReferences(ps).map((r) => [r.instrumentId, r.articles]);

describe('readLegalReferences', () => {
  it('reads articles of named instruments and of "the Declaration" named before', () => {
    expect(simple([
      'we refer to articles 19, 21 and 22 of the ICCPR, ratified by Borelia.',
      'We refer to the UN Declaration on Human Rights Defenders. In particular, articles 1 and 2 of the Declaration, article 5(b) of the Declaration, and article 13 that provides for resources.',
    ])).toEqual([['iccpr', ['19', '21', '22']], ['declaration-hrd', ['1', '2', '5', '13']]]);
  });
  it('reads the principles and rules of standards as their articles', () => {
    expect(simple(['We recall principles 16 and 18 of the Basic Principles on the Role of Lawyers, and rules 43 and 44 of the Nelson Mandela Rules.']))
      .toEqual([['basic-principles-lawyers', ['16', '18']], ['mandela-rules', ['43', '44']]]);
    expect(simple(['Nous rappelons les principes 16 et 18 des Principes de base relatifs au rôle du barreau.'])).toEqual([['basic-principles-lawyers', ['16', '18']]]);
    expect(simple(['The rule of law requires that 25 persons be released. As a rule, 3 visits are allowed.'])).toEqual([]);
  });
  it('reads a bullet list of articles under an introduction naming the instrument', () => {
    expect(simple(['the following provisions of the UN Declaration on Human Rights Defenders:', '- Article 6 (b) and (c), which provides', '- Article 12 (2) and (3), which provides']))
      .toEqual([['declaration-hrd', ['6', '12']]]);
  });
  it('leaves out articles of a national code and of a resolution', () => {
    expect(simple(['charged under Article 274 of the Criminal Code of Borelia.', 'General Assembly resolution 68/181. Specifically, articles 7, 9 and 10 call on States.'])).toEqual([]);
  });
  it('reads French and Spanish citations', () => {
    expect(simple(["l'article 9 du Pacte international relatif aux droits civils et politiques et les articles 1 et 2 de la Convention contre la torture."]))
      .toEqual([['iccpr', ['9']], ['cat', ['1', '2']]]);
    expect(simple(['los artículos 19 y 21 del Pacto Internacional de Derechos Civiles y Políticos'])).toEqual([['iccpr', ['19', '21']]]);
  });
  it('reads names across accented words and signs, up to the end of the text', () => {
    expect(simple(['Nous rappelons l’article 2 de la Déclaration sur les défenseurs des droits de l’homme ×3 et l’article 7 du Pacte international relatif aux droits civils et politiques']))
      .toEqual([['declaration-hrd', ['2']], ['iccpr', ['7']]]);
    expect(simple(['articles 1 and 2 of the ICCPR'])).toEqual([['iccpr', ['1', '2']]]);
    expect(simple(['articles 1 and 2 of the ICCPR/XAB'])).toEqual([]);
  });
});
