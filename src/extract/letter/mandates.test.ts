import { describe, expect, it } from 'vitest';
import { matchMandate, readMandatesHeader } from './mandates.js';

const ids = (refs: ReturnType<typeof readMandatesHeader>) => refs?.map((r) => r.id);

describe('readMandatesHeader', () => {
  it('splits an English header on semicolons and a final "and the", titles containing "and" kept whole', () => {
    const refs = readMandatesHeader('**Mandates of the Special Rapporteur on trafficking in persons, especially women and children; the Special Rapporteur on the right to food and the Working Group on Enforced or Involuntary Disappearances**', 'en');
    expect(ids(refs)).toEqual(['sr-trafficking', 'sr-food', 'wg-enforced-disappearances']);
  });
  it('splits a header whose lines lost their punctuation (a PDF’s) at the next body’s article', () => {
    const header = 'Mandates of the Working Group on Arbitrary Detention the Special Rapporteur on the independence of judges and lawyers and the Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment';
    expect(ids(readMandatesHeader(header, 'en'))).toEqual(['wg-arbitrary-detention', 'sr-independence-judges-lawyers', 'sr-torture']);
    expect(ids(readMandatesHeader('Mandats du Groupe de travail sur la détention arbitraire du Rapporteur spécial sur la torture et autres peines ou traitements cruels, inhumains ou dégradants', 'fr')))
      .toEqual(['wg-arbitrary-detention', 'sr-torture']);
  });
  it('records the current title for a former title in English', () => {
    const refs = readMandatesHeader('Mandates of the Working Group on the issue of discrimination against women in law and in practice and the Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment', 'en');
    expect(refs?.[0]).toEqual({ id: 'wg-discrimination-women-girls', title: 'Working Group on discrimination against women and girls' });
  });
  it('reads a French header with gendered titles, keeping the titles as printed', () => {
    const refs = readMandatesHeader("Mandats du Groupe de travail sur la détention arbitraire; de la Rapporteuse spéciale sur la situation des défenseurs des droits humains et du Rapporteur spécial sur la torture et autres peines ou traitements cruels, inhumains ou dégradants", 'fr');
    expect(ids(refs)).toEqual(['wg-arbitrary-detention', 'sr-human-rights-defenders', 'sr-torture']);
    expect(refs?.[1]?.title).toBe('Rapporteuse spéciale sur la situation des défenseurs des droits humains');
  });
  it('reads a Spanish header', () => {
    expect(ids(readMandatesHeader('Mandatos del Grupo de Trabajo sobre la Detención Arbitraria y de la Relatora Especial sobre la situación de los defensores de derechos humanos', 'es')))
      .toEqual(['wg-arbitrary-detention', 'sr-human-rights-defenders']);
  });
  it('is not fooled by a paragraph that is not a header', () => {
    expect(readMandatesHeader('We have the honour to address you', 'en')).toBeNull();
  });
});

describe('matchMandate', () => {
  it('tolerates a small difference of wording but not another country', () => {
    expect(matchMandate('Special Rapporteur on the rights to freedom of peaceful assembly and association')?.id).toBe('sr-freedom-of-assembly-association');
    expect(matchMandate('Special Rapporteur on the situation of human rights in Lunavia')).toBeUndefined();
  });
});
