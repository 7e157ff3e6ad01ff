/**
 * What a person is in a case: the roles that shape a letter (a defender is protected by the
 * Declaration on Human Rights Defenders, a journalist by ICCPR art. 19...). Submissions arrive
 * with a role in free text, in English, French or Spanish; `normalizeRoles` reads it into these.
 * Words it does not recognise give `other`, and the words themselves are returned so that the
 * caller keeps them (see `keepUnrecognised`): nothing a source wrote about a person is dropped.
 */
import { fold } from './text.js';

export const PERSON_ROLES = {
  defender: 'Human rights defender',
  journalist: 'Journalist',
  lawyer: 'Lawyer',
  'trade-unionist': 'Trade unionist',
  'indigenous-leader': 'Indigenous leader',
  'environmental-defender': 'Environmental defender',
  student: 'Student',
  protester: 'Protester',
  relative: 'Relative of a victim',
  witness: 'Witness',
  other: 'Other',
} as const;
export type PersonRole = keyof typeof PERSON_ROLES;

export const PERSON_ROLE_CODES = Object.keys(PERSON_ROLES) as PersonRole[];

export function isPersonRole(value: unknown): value is PersonRole {
  return typeof value === 'string' && Object.hasOwn(PERSON_ROLES, value);
}

/**
 * Folded phrases (any of en, fr, es) for each role, most specific role first: a phrase found is
 * taken out of the text, so "environmental defender" is not also read as "defender".
 */
const PHRASES: Array<[PersonRole, string[]]> = [
  ['environmental-defender', [
    'environmental human rights defender', 'environmental defender', 'land defender', 'land rights defender',
    'defenseur de l environnement', 'defenseure de l environnement', 'defenseur environnemental', 'defenseure environnementale',
    'defensor ambiental', 'defensora ambiental', 'defensor del medio ambiente', 'defensora del medio ambiente',
    'defensor de la tierra', 'defensora de la tierra', 'defensor del territorio', 'defensora del territorio', 'environmentalist', 'ecologiste', 'ambientalista',
  ]],
  ['indigenous-leader', [
    'indigenous leader', 'indigenous chief', 'indigenous authority', 'leader autochtone', 'chef autochtone', 'dirigeant autochtone', 'dirigeante autochtone',
    'lider indigena', 'dirigente indigena', 'autoridad indigena', 'lideresa indigena',
  ]],
  ['trade-unionist', [
    'trade unionist', 'trade union leader', 'union leader', 'union member', 'unionist', 'trade union', 'syndicaliste', 'dirigeant syndical', 'dirigeante syndicale',
    'sindicalista', 'dirigente sindical', 'lider sindical',
  ]],
  ['defender', [
    'woman human rights defender', 'human rights defender', 'human rights activist', 'human rights advocate', 'defender', 'hrd', 'whrd', 'activist',
    'defenseur des droits humains', 'defenseure des droits humains', 'defenseur des droits de l homme', 'defenseure des droits de l homme',
    'defenseur', 'defenseure', 'militant des droits humains', 'militante des droits humains', 'militant', 'militante',
    'defensor de derechos humanos', 'defensora de derechos humanos', 'defensor de los derechos humanos', 'defensora de los derechos humanos',
    'defensor', 'defensora', 'activista',
  ]],
  ['journalist', [
    'journalist', 'reporter', 'correspondent', 'blogger', 'photojournalist', 'editor', 'journaliste', 'reporteur', 'reportrice', 'correspondant', 'correspondante',
    'blogueur', 'blogueuse', 'periodista', 'reportero', 'reportera', 'corresponsal', 'bloguero', 'bloguera', 'comunicador', 'comunicadora',
  ]],
  ['lawyer', ['lawyer', 'attorney', 'advocate', 'barrister', 'solicitor', 'avocat', 'avocate', 'abogado', 'abogada', 'jurist', 'juriste']],
  ['student', ['student', 'etudiant', 'etudiante', 'estudiante', 'universitario', 'universitaria']],
  ['protester', ['protester', 'protestor', 'demonstrator', 'manifestant', 'manifestante', 'protestataire']],
  ['relative', [
    'relative', 'family member', 'mother', 'father', 'parent', 'son of', 'daughter', 'brother', 'sister', 'wife', 'husband', 'spouse', 'partner',
    'membre de la famille', 'mere', 'pere', 'fils de', 'fille', 'frere', 'soeur', 'epouse', 'epoux', 'mari', 'femme de',
    'familiar', 'madre', 'padre', 'hijo', 'hija', 'hermano', 'hermana', 'esposa', 'esposo', 'companera', 'companero',
  ]],
  ['witness', ['witness', 'temoin', 'testigo']],
];

/** Whole-word search: `phrase` in ` text ` with spaces around. */
function takePhrase(text: string, phrase: string): string | null {
  const padded = ` ${text} `;
  const at = padded.indexOf(` ${phrase} `);
  if (at < 0) return null;
  return `${padded.slice(0, at)} ${padded.slice(at + phrase.length + 2)}`.trim();
}

/** Words that carry no role of their own once the roles are taken out ("a journalist and a lawyer"). */
const FILLER = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'for', 'also', 'as', 'well', 'former', 'local', 'young', 'woman', 'women', 'man', 'men', 'known',
  'un', 'une', 'le', 'la', 'les', 'l', 'de', 'des', 'du', 'd', 'et', 'ou', 'ancien', 'ancienne', 'jeune',
  'el', 'los', 'las', 'y', 'o', 'del', 'antiguo', 'antigua', 'ex', 'joven', 'mujer',
]);

export interface NormalizedRoles {
  roles: PersonRole[];
  /** The texts (as given) in which no role was recognised, or words were left over. */
  unrecognised: string[];
}

/**
 * Reads roles given as codes (`trade-unionist`), labels or free text in English, French or
 * Spanish ("human rights defender", "journaliste", "periodista y abogada"). A text that
 * names no known role gives `other` and is returned in `unrecognised`.
 */
export function normalizeRoles(texts: string[]): NormalizedRoles {
  const roles = new Set<PersonRole>();
  const unrecognised: string[] = [];
  for (const raw of texts) {
    const given = raw.trim();
    if (!given) continue;
    if (isPersonRole(given)) {
      roles.add(given);
      continue;
    }
    let rest = fold(given);
    const found = new Set<PersonRole>();
    for (const [role, phrases] of PHRASES) {
      for (const phrase of phrases) {
        for (let left = takePhrase(rest, phrase); left !== null; left = takePhrase(rest, phrase)) {
          rest = left;
          found.add(role);
        }
      }
    }
    const label = PERSON_ROLE_CODES.find((r) => fold(PERSON_ROLES[r]) === fold(given));
    if (label) found.add(label);
    const leftover = rest.split(' ').filter((w) => w && !FILLER.has(w));
    if (found.size === 0) found.add('other');
    for (const r of found) roles.add(r);
    if (leftover.length > 0 && !label) unrecognised.push(given);
  }
  return { roles: PERSON_ROLE_CODES.filter((r) => roles.has(r)), unrecognised };
}

/**
 * Where the words of an unrecognised role are kept: appended to the affiliation, the one free
 * text of a person in a case, so that an officer sees them and can correct both.
 */
export function keepUnrecognised(affiliation: string | null, unrecognised: string[]): string | null {
  const words = unrecognised.filter((w) => !(affiliation ?? '').includes(w));
  if (words.length === 0) return affiliation;
  const role = `role given: ${words.join('; ')}`;
  return affiliation ? `${affiliation} (${role})` : role;
}

export const roleLabel = (role: string): string => (isPersonRole(role) ? PERSON_ROLES[role] : role);
