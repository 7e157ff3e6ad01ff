import { describe, expect, it } from 'vitest';
import { readCapacity } from './capacity.js';

describe('readCapacity', () => {
  it('reads mandates and resolutions in order in English', () => {
    const c = readCapacity(['We write in our capacities as Special Rapporteur on the right to education and Working Group on Arbitrary Detention, pursuant to Human Rights Council resolutions 52/4 and 51/8.'], 'en');
    expect(c?.mandates.map((m) => m.id)).toEqual(['sr-right-to-education', 'wg-arbitrary-detention']);
    expect(c?.resolutions).toEqual(['52/4', '51/8']);
  });
  it('reads a single mandate ("my capacity") of an older letter', () => {
    const c = readCapacity(['I have the honour to address you in my capacity as Special Rapporteur on the right to food pursuant to Human Rights Council resolution 6/2.'], 'en');
    expect(c?.mandates.map((m) => m.id)).toEqual(['sr-food']);
    expect(c?.resolutions).toEqual(['6/2']);
  });
  it('reads French and Spanish capacity paragraphs', () => {
    const fr = readCapacity(["Nous avons l'honneur de vous adresser cette communication en notre qualité de Groupe de travail sur la détention arbitraire et Rapporteuse spéciale sur la situation des défenseurs des droits humains, conformément aux résolutions 51/8 et 52/4 du Conseil des droits de l'homme."], 'fr');
    expect(fr?.resolutions).toEqual(['51/8', '52/4']);
    expect(fr?.mandates.map((m) => m.id)).toEqual(['wg-arbitrary-detention', 'sr-human-rights-defenders']);
    const es = readCapacity(['Tenemos el honor de dirigirnos a Usted en nuestra calidad de Relatora Especial sobre la situación de los defensores de derechos humanos, de conformidad con las resoluciones 43/16 del Consejo de Derechos Humanos.'], 'es');
    expect(es?.resolutions).toEqual(['43/16']);
  });
  it('reads a French letter written "nous adresser à vous en nos qualités de"', () => {
    const fr = readCapacity(["Nous avons l'honneur de nous adresser à vous en nos qualités de Rapporteur spécial sur la situation des défenseurs des droits de l'homme et Groupe de travail sur la détention arbitraire, conformément aux résolutions 43/16 et 42/22 du Conseil des droits de l'homme."], 'fr');
    expect(fr?.resolutions).toEqual(['43/16', '42/22']);
    expect(fr?.mandates.map((m) => m.id)).toEqual(['sr-human-rights-defenders', 'wg-arbitrary-detention']);
  });
});
