import { describe, expect, it } from 'vitest';
import type { EntityInput } from './input.js';
import { extractOrganizations } from './organizations.js';
import { NAMING_KIND_WORDS } from './organization-patterns.js';

const input = (paragraphs: string[], language: EntityInput['language'] = 'en'): EntityInput => ({
  language,
  paragraphs,
  subject: null,
  exclude: [],
});

describe('extractOrganizations', () => {
  it('merges the spellings of one foundation and names it by its full name', () => {
    const orgs = extractOrganizations(
      input([
        'Ms. Lirana Vostek founded the “OpenLensAL” Foundation, known online as #OpenLensAL.',
        'Donors gave money to "OpenLens.AL". The organisation “Voices Without Walls” was registered in 2021.',
      ]),
    );
    expect(orgs).toEqual([
      { name: 'OpenLensAL Foundation', variants: ['OpenLensAL', '#OpenLensAL', 'OpenLens.AL'] },
      { name: 'Voices Without Walls', variants: [] },
    ]);
  });
  it('reads a name whose head word ends one run and opens the next as one name, up to the sentence’s end', () => {
    const orgs = extractOrganizations(input(['Mr. Arman Tessaly is a member of the Independent Trade Union of Miners of Tolvar. On 2 June 2021, he was taken from his home.']));
    expect(orgs.map((o) => o.name)).toEqual(['Independent Trade Union of Miners of Tolvar']);
    expect(extractOrganizations(input(['He chairs the Union of Miners of Tolvar. On 2 June 2021, he was arrested.'])).map((o) => o.name)).toEqual(['Union of Miners of Tolvar']);
  });
  it('reads monitoring groups by their last word, and an observatory by its first', () => {
    const orgs = extractOrganizations(input([
      'The Northern Rights Watch was never registered. She worked with the Tolvar Media Monitor and the Observatory for the Protection of Human Rights Defenders.',
      'Police watch the building; a monitor was installed.',
    ]));
    expect(orgs.map((o) => o.name)).toEqual(['Northern Rights Watch', 'Tolvar Media Monitor', 'Observatory for the Protection of Human Rights Defenders']);
  });
  it('reads two bodies joined by and as two names', () => {
    const orgs = extractOrganizations(input(['She worked with the Tolvar Human Rights Centre and the Institute for the Protection of Human Rights Defenders.']));
    expect(orgs.map((o) => o.name)).toEqual(['Tolvar Human Rights Centre', 'Institute for the Protection of Human Rights Defenders']);
    expect(extractOrganizations(input(['He directs the Centre for Peace and Justice in Tolvar.'])).map((o) => o.name)).toEqual(['Centre for Peace and Justice in Tolvar']);
  });
  it('stops a name where another found before begins, and reads names opened by their kind of body', () => {
    const orgs = extractOrganizations(input([
      'Mr. Sami Hadad works for the Borelian Center for Human Rights and the Sarn Institute for Human Rights Studies (SIHRS). He worked at the Aldovian International Bureau for Human Rights and Rule of Law.',
      'The Women’s Initiative for Peace in Borelia condemned the arrests.',
    ]));
    expect(orgs.map((o) => o.name)).toEqual([
      'Borelian Center for Human Rights',
      'Sarn Institute for Human Rights Studies',
      'Aldovian International Bureau for Human Rights and Rule of Law',
      'Women’s Initiative for Peace in Borelia',
    ]);
  });
  it('reads French names in sentence case by the rights they defend', () => {
    const orgs = extractOrganizations(input(["M. Idrissa Kone est membre du Mouvement tolvarien des droits de l'homme et des peuples. Il travaille avec la Ligue borélienne des droits humains et l'Association pour la défense des droits de l'enfant."], 'fr'));
    expect(orgs.map((o) => o.name)).toEqual([
      "Mouvement tolvarien des droits de l'homme et des peuples",
      'Ligue borélienne des droits humains',
      "Association pour la défense des droits de l'enfant",
    ]);
    const liberties = extractOrganizations(input(['Me Anouk Belcastel est membre de la Ligue vardenaise pour la défense des libertés et du Collectif tolvarien des droits et libertés fondamentales.'], 'fr'));
    expect(liberties.map((o) => o.name)).toEqual(['Ligue vardenaise pour la défense des libertés', 'Collectif tolvarien des droits et libertés fondamentales']);
  });
  it('keeps a body opened by the State out, and a name that speaks of the State in', () => {
    const orgs = extractOrganizations(input(['La Sra. Ana Ruiz es integrante del Movimiento de Víctimas de Crímenes de Estado (MOVICE). Fue citada por el Estado Mayor Conjunto y la State Bureau of Investigation.'], 'es'));
    expect(orgs).toEqual([{ name: 'Movimiento de Víctimas de Crímenes de Estado', variants: ['MOVICE'] }]);
  });
  it('finds well-known NGOs and their abbreviations, and keeps State and UN bodies out', () => {
    const orgs = extractOrganizations(
      input([
        'Human Rights Watch (HRW) and Amnesty International reported it to the Ministry of Interior, the Human Rights Council and the National Security Committee.',
        'HRW said the Supreme Court ignored the Aldovian Bar Association.',
      ]),
    );
    expect(orgs.map((o) => o.name)).toEqual(['Human Rights Watch', 'Amnesty International', 'Aldovian Bar Association']);
    expect(orgs[0]!.variants).toEqual(['HRW']);
  });
  it('reads organisations whose names open with their kind in French and Spanish', () => {
    expect(
      extractOrganizations(input(['Il dirige l’Association pour la Défense des Droits (ADD) à Lunavie.'], 'fr')).map((o) => o.name),
    ).toEqual(['Association pour la Défense des Droits']);
    expect(
      extractOrganizations(input(['Ella integra la Fundación Tierra Viva y el colectivo «Mujeres del Río».'], 'es')).map((o) => o.name),
    ).toEqual(['Fundación Tierra Viva', 'Mujeres del Río']);
  });
  it('reads a quoted name after its kind and the adjectives French and Spanish put after it, not after an English verb', () => {
    expect(extractOrganizations(input(['Es fundador del medio digital «Voz del Sur» en Lunavia.'], 'es')).map((o) => o.name)).toEqual(['Voz del Sur']);
    expect(extractOrganizations(input(["Elle préside l'organisation non gouvernementale « Femmes Debout »."], 'fr')).map((o) => o.name)).toEqual(['Femmes Debout']);
    expect(extractOrganizations(input(['The group later said "We Will Not Stop" in a statement.']))).toEqual([]);
  });
  it('reads a name right after its kind without quotes, but not a title, a month or a State body', () => {
    expect(extractOrganizations(input(['They are members of the Lumad organization Kalumaran, which runs schools.'])).map((o) => o.name)).toEqual(['Kalumaran']);
    expect(extractOrganizations(input(["Elle dirige l'association Tharwa Nfadma depuis 2019."], 'fr')).map((o) => o.name)).toEqual(['Tharwa Nfadma']);
    expect(extractOrganizations(input(['The organization President said so in March; the association March was banned by the Ministry of Interior.']))).toEqual([]);
  });
  it('does not take a quotation or a law for an organisation', () => {
    expect(extractOrganizations(input(['She said: “We will not be silent!” under the Law on Public Associations.']))).toEqual([]);
  });
  it('keeps the first letters of a name that begins like an article', () => {
    const orgs = extractOrganizations(input(['She directs the Lantern Legal Aid Centre and writes for the Herald Tribune.', 'The Lesmore Foundation funds her.']));
    expect(orgs.map((o) => o.name)).toEqual(['Lantern Legal Aid Centre', 'Herald Tribune', 'Lesmore Foundation']);
  });
  it('reads companies by their legal form, keeping the full stops of a dotted form', () => {
    const orgs = extractOrganizations(
      input(['The mine belongs to Corvane Minerals S.A.C. and the trader Ostrel Holdings, insured by Pellam Risk Limited.']),
    );
    expect(orgs.map((o) => o.name)).toEqual(['Corvane Minerals S.A.C.', 'Ostrel Holdings', 'Pellam Risk Limited']);
  });
  it('starts a name after another name its capitalised words run on from, and after the end of a sentence', () => {
    const orgs = extractOrganizations(
      input(['Guards came from Tarrow Security Limited and Brisk Guard Group. Transportes del Lago S.A. de C.V. moved the ore.']),
    );
    expect(orgs.map((o) => o.name)).toEqual(['Tarrow Security Limited', 'Brisk Guard Group', 'Transportes del Lago S.A. de C.V.']);
  });
});

describe('the kinds a name may follow unquoted', () => {
  it('all start with an ASCII letter, as the scan for them needs (it gives up positions after \\b fails)', () => {
    expect(NAMING_KIND_WORDS.filter((w) => !/^[A-Za-z]/.test(w))).toEqual([]);
  });
});
