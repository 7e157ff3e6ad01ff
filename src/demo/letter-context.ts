/**
 * Builds the FactContext of one letter from its plan: honorifics and pronouns in the letter's
 * language, the places, courts and authorities of the recipient State, and a few words invented
 * for this letter only (a neighbourhood, a street, a case number) that make rare search terms.
 */
import type { FactContext } from './fact-context.js';
import { joinList, type Language } from './language.js';
import type { Gender, Spelling } from './people.js';
import type { Rng } from './prng.js';
import type { Theme } from './themes.js';
import { placeName, type FictionalState } from './world.js';

export interface NamedPerson {
  spelling: Spelling;
  also: Spelling | null;
  gender: Gender;
  role: 'victim' | 'mentioned';
}

export const HONORIFIC: Record<Language, Record<Gender, string>> = {
  en: { female: 'Ms.', male: 'Mr.' },
  fr: { female: 'Mme', male: 'M.' },
  es: { female: 'Sra.', male: 'Sr.' },
};

const PRONOUNS: Record<Language, Record<Gender, FactContext['p']>> = {
  en: { female: { he: 'she', his: 'her', him: 'her' }, male: { he: 'he', his: 'his', him: 'him' } },
  fr: { female: { he: 'elle', his: 'sa', him: 'la' }, male: { he: 'il', his: 'son', him: 'le' } },
  es: { female: { he: 'ella', his: 'su', him: 'la' }, male: { he: 'él', his: 'su', him: 'lo' } },
};

const ROLES: Record<Language, Partial<Record<Theme, Array<[string, string]>>> & { default: Array<[string, string]> }> = {
  en: {
    default: [['human rights defender', 'human rights defender'], ['lawyer', 'lawyer'], ['civil society activist', 'civil society activist']],
    journalist: [['journalist', 'journalist'], ['blogger', 'blogger'], ['investigative reporter', 'investigative reporter']],
    land: [['indigenous leader', 'indigenous leader'], ['land rights defender', 'land rights defender']],
    eviction: [['housing rights activist', 'housing rights activist'], ['community organiser', 'community organiser']],
    'women-defender': [['woman human rights defender', 'woman human rights defender']],
    religion: [['religious leader', 'religious leader'], ['member of a religious minority', 'member of a religious minority']],
    protest: [['student activist', 'student activist'], ['trade unionist', 'trade unionist']],
    lgbti: [['LGBTI rights activist', 'LGBTI rights activist']],
  },
  fr: { default: [["défenseuse des droits de l'homme", "défenseur des droits de l'homme"], ['avocate', 'avocat'], ['militante associative', 'militant associatif']], journalist: [['journaliste', 'journaliste']] },
  es: { default: [['defensora de derechos humanos', 'defensor de derechos humanos'], ['abogada', 'abogado'], ['activista social', 'activista social']], journalist: [['periodista', 'periodista']] },
};

const AGENCIES: Record<Language, string[]> = {
  en: ['State Security Service', 'Ministry of Internal Affairs', 'Anti-Extremism Centre', 'National Investigation Bureau', 'Financial Police', 'Border Guard Service'],
  fr: ["Service de sécurité de l'État", "Bureau national d'enquête", "Centre de lutte contre l'extrémisme", 'Service des gardes-frontières'],
  es: ['Servicio de Seguridad del Estado', 'Buró Nacional de Investigaciones', 'Centro contra el Extremismo', 'Servicio de Guardia de Fronteras'],
};

const LAWS: Record<Language, string[]> = {
  en: ['On Transparency of Foreign Funding', 'On Countering Extremist Activity', 'On Public Assemblies and Processions', 'On Information Security', 'On Freedom of Conscience and Religious Associations', 'On the Protection of Public Morality', 'On Non-Commercial Organisations'],
  fr: ['Sur la transparence des financements étrangers', 'Sur la lutte contre les activités extrémistes', 'Sur les réunions publiques', 'Sur la sécurité de l\u2019information'],
  es: ['Sobre la transparencia de la financiación extranjera', 'Sobre la lucha contra las actividades extremistas', 'Sobre reuniones públicas', 'Sobre seguridad de la información'],
};

export interface LetterContextInput {
  rng: Rng;
  lang: Language;
  state: FictionalState;
  stateName: string;
  theme: Theme;
  year: number;
  people: NamedPerson[];
  orgNames: string[];
  company: string | null;
}

export function buildFactContext(i: LetterContextInput): FactContext {
  const { rng, lang, state } = i;
  const victims = i.people.filter((p) => p.role === 'victim');
  const mentioned = i.people.filter((p) => p.role === 'mentioned');
  const short = (p: NamedPerson) => `${HONORIFIC[lang][p.gender]} ${p.spelling.short}`;
  const first = victims[0];
  const generic = lang === 'fr' ? 'les associations concernées' : lang === 'es' ? 'las asociaciones afectadas' : 'the associations concerned';
  const cities = rng.sample(state.cities, 3);
  const roles = ROLES[lang][i.theme] ?? ROLES[lang].default;
  const [fRole, mRole] = rng.pick(roles);
  const village = placeName(rng);
  const n = (min: number, max: number) => rng.int(min, max);
  const courtCity = cities[0]!;
  const court = lang === 'fr' ? rng.pick([`tribunal municipal de ${courtCity}`, `tribunal de district de ${state.regions[0]}`])
    : lang === 'es' ? rng.pick([`Juzgado de Primera Instancia de ${courtCity}`, `Tribunal de Distrito de ${state.regions[0]}`])
    : rng.pick([`${courtCity} City Court`, `${rng.pick(state.regions)} District Court`, `Specialised Inter-District Criminal Court of ${courtCity}`]);
  const appealCourt = lang === 'fr' ? `cour d'appel de ${state.capital}` : lang === 'es' ? `Corte de Apelaciones de ${state.capital}` : rng.pick([`${state.capital} Court of Appeal`, `Supreme Court of ${state.state.name.en}`]);
  const prisonNo = n(1, 19);
  const prison = lang === 'fr' ? `la colonie pénitentiaire no ${prisonNo} de ${cities[1]}` : lang === 'es' ? `la colonia penitenciaria n.º ${prisonNo} de ${cities[1]}`
    : rng.pick([`Penal Colony No. ${prisonNo} in ${cities[1]}`, `the pre-trial detention centre of ${cities[1]}`, `the ${cities[1]} high-security prison`]);
  const other = mentioned[0] ? `${HONORIFIC[lang][mentioned[0].gender]} ${mentioned[0].spelling.full}` : lang === 'fr' ? 'son avocat' : lang === 'es' ? 'su abogado' : 'a lawyer';
  return {
    rng,
    lang,
    v: first ? short(first) : generic,
    all: victims.length ? joinList(victims.map(short), lang) : generic,
    plural: victims.length > 1,
    p: PRONOUNS[lang][first?.gender ?? 'female'],
    role: first?.gender === 'male' ? mRole : fRole,
    other,
    org: i.orgNames[0] ?? generic,
    state: i.stateName,
    adjective: state.adjective,
    capital: state.capital,
    city: cities[0]!,
    city2: cities[1]!,
    region: rng.pick(state.regions),
    village,
    street: lang === 'fr' ? `rue ${placeName(rng)}` : lang === 'es' ? `calle ${placeName(rng)}` : `${placeName(rng)} Street`,
    court,
    appealCourt,
    agency: rng.pick(AGENCIES[lang]),
    prison,
    caseNo: `${n(1, 9)}-${n(100, 9999)}/${i.year}`,
    company: i.company ?? (lang === 'en' ? `a company registered in ${state.capital}` : lang === 'fr' ? `une société de ${state.capital}` : `una empresa de ${state.capital}`),
    law: rng.pick(LAWS[lang]),
    article: rng.chance(0.5) ? String(n(100, 420)) : `${n(100, 420)}, ${lang === 'fr' ? 'partie' : lang === 'es' ? 'parte' : 'part'} ${n(1, 4)}`,
    n,
    pick: (items) => rng.pick(items),
  };
}
