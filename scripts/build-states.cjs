// Regenerates src/reference-data/data/states.json. Needs i18n-iso-countries@7, which is not a
// project dependency: run it from a scratch folder where that package is installed.
const c = require('i18n-iso-countries');
for (const l of ['en', 'fr', 'es']) c.registerLocale(require('i18n-iso-countries/langs/' + l + '.json'));
// UN short names (UNTERM) where they differ from the ISO list's English name, with the long forms letters use.
const un = {
  IRN: ['Iran (Islamic Republic of)', 'Islamic Republic of Iran', "République islamique d'Iran", 'República Islámica del Irán'],
  GBR: ['United Kingdom of Great Britain and Northern Ireland', "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", 'Reino Unido de Gran Bretaña e Irlanda del Norte'],
  BOL: ['Bolivia (Plurinational State of)', 'Plurinational State of Bolivia', 'État plurinational de Bolivie', 'Estado Plurinacional de Bolivia'],
  VEN: ['Venezuela (Bolivarian Republic of)', 'Bolivarian Republic of Venezuela', 'République bolivarienne du Venezuela', 'República Bolivariana de Venezuela'],
  VNM: ['Viet Nam', 'Viet Nam', 'Viet Nam'],
  PRK: ["Democratic People's Republic of Korea", 'République populaire démocratique de Corée'],
  KOR: ['Republic of Korea', 'République de Corée'],
  MDA: ['Republic of Moldova', 'République de Moldova', 'República de Moldova'],
  TZA: ['United Republic of Tanzania'],
  PSE: ['State of Palestine', 'État de Palestine', 'Estado de Palestina'],
  VAT: ['Holy See'],
  CIV: ["Côte d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire"],
  COG: ['Congo', 'République du Congo'],
  MKD: ['North Macedonia', 'Macédoine du Nord'],
  CZE: ['Czechia', 'Tchéquie', 'Chequia'],
  NLD: ['Netherlands (Kingdom of the)', 'Kingdom of the Netherlands', 'Royaume des Pays-Bas', 'Reino de los Países Bajos'],
  FSM: ['Micronesia (Federated States of)', 'Federated States of Micronesia'],
  RUS: ['Russian Federation', 'Fédération de Russie', 'Federación de Rusia'],
  SYR: ['Syrian Arab Republic', 'République arabe syrienne', 'República Árabe Siria'],
  LAO: ["Lao People's Democratic Republic", 'République démocratique populaire lao'],
  USA: ['United States of America', "États-Unis d'Amérique", 'Estados Unidos de América'],
  TUR: ['Türkiye', 'Türkiye', 'Türkiye'],
  EGY: ['Egypt', 'Égypte', 'Egipto', 'Arab Republic of Egypt'],
  BHS: ['Bahamas'],
  GMB: ['Gambia', 'Republic of the Gambia'],
  SDN: ['Sudan', 'the Sudan', 'Soudan'],
  PHL: ['Philippines', 'the Philippines'],
  NER: ['Niger', 'the Niger'],
  CHN: ['China', "People's Republic of China", 'République populaire de Chine', 'República Popular China'],
  MEX: ['Mexico', 'Mexique', 'México', 'Estados Unidos Mexicanos'],
  BRN: ['Brunei Darussalam'],
  CPV: ['Cabo Verde'],
  SWZ: ['Eswatini'],
  TLS: ['Timor-Leste'],
  KGZ: ['Kyrgyzstan', 'Kyrgyz Republic', 'Kirghizistan', 'Kirguistán'],
};
const dedupe = (xs) => [...new Set(xs.filter(Boolean))];
const states = Object.keys(c.getAlpha3Codes()).sort().map((code) => {
  const a2 = c.alpha3ToAlpha2(code);
  const all = (l) => c.getName(a2, l, { select: 'all' }) || [];
  const extra = un[code] || [];
  const en = extra[0] || all('en')[0];
  return {
    code,
    alpha2: a2,
    name: { en, fr: all('fr')[0], es: all('es')[0] },
    aliases: dedupe([...all('en'), ...all('fr'), ...all('es'), ...extra]).filter((a) => a !== en),
  };
});
const out = {
  source: 'ISO 3166-1 codes with English, French and Spanish names from the npm package i18n-iso-countries 7.14 (data from the Unicode CLDR); UN short names (UNTERM) for the States whose UN name differs, entered by hand. OTH is the code OHCHR uses for non-State recipients.',
  states: [
    ...states,
    { code: 'OTH', alpha2: null, name: { en: 'Other actors', fr: 'Autres acteurs', es: 'Otros actores' }, aliases: ['non-State actors'] },
  ],
};
require('fs').writeFileSync('/work/main/src/reference-data/data/states.json', JSON.stringify(out, null, 1) + '\n');
console.log(out.states.length);
