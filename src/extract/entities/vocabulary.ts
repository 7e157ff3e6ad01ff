/**
 * Words that tell what a capitalised run of words is: not a person (institutions, places, law,
 * calendar), a role that introduces a person, or the head of an organisation's name.
 */
import { fold } from '../../domain/text.js';
import { trieSource, wordStartTrieSource } from '../../domain/regex-trie.js';

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean).map((w) => fold(w)));

/** A capitalised word that never belongs to a person's name (folded). */
/**
 * The heading the facts of a letter open with, in the three languages (a follow-up letter says
 * `the new information`, `les nouvelles informations`, `la nueva información`). No `u` flag is
 * needed to use it: it has no \\p{} class.
 */
export const FACTS_HEADING = String.raw`(?:According to (?:the )?(?:new |additional |further )?information received|(?:Selon|D['’]après) les (?:nouvelles )?informations (?:complémentaires )?reçues|(?:Según|De acuerdo con|Conforme a) (?:la|las) (?:nuevas? )?informaci(?:ón|ones) recibidas?)`;

export const NOT_NAME_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche
  lunes martes miercoles jueves viernes sabado domingo
  the a an this that these those on in at of for and or but with by from to as if when while since after before
  le la les un une des du de et ou en dans sur pour par avec depuis apres avant
  el los las una unos del y o en con por para desde tras antes segun
  government republic kingdom state states federation ministry minister ministers court courts council committee
  commission foundation association movement organisation organization union party police prosecutor prosecutors
  general president presidency parliament assembly senate congress special rapporteur rapporteurs working group
  united nations human rights international national law laws code article articles criminal penal civil
  constitution constitutional declaration convention covenant protocol excellency annex reference street avenue
  road square prison penitentiary centre center detention hospital university school district region province city
  office department service agency security directorate commissioner high supreme tribunal bank company news
  radio television tv facebook twitter instagram telegram youtube whatsapp tiktok un ngo ngos women day watch
  amnesty network coalition alliance society institute fund trust league front forum club media press
  secretary deputy director chair chairperson chief head board trustees member members colonel captain major
  judge justice mayor governor sheriff officer investigator inspector
  gouvernement royaume etat etats ministere ministre cour conseil comite fondation mouvement parti procureur
  president presidente assemblee rapporteuse groupe unies droits homme loi pacte excellence annexe rue prison
  region ville bureau securite
  gobierno reino estado ministerio ministro corte consejo comision fundacion asociacion movimiento partido
  policia fiscalia fiscal asamblea relator relatora grupo naciones unidas derechos humanos ley codigo articulo
  excelencia anexo calle carcel centro ciudad oficina servicio seguridad defensoria nacional juez jueza
  please our your we they he she it its his her their nous vous notre votre nuestro su
  north south east west northern southern eastern western central
  islamic christian muslim catholic orthodox
`);

/** Month names: a person's name only when nothing says otherwise (`June Smith`), never alone. */
export const MONTH_WORDS = words(`
  january february march april may june july august september october november december
  janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
  enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
`);

/** Titles and functions that may stand before a named official: `President X Y`, `juge X Y`. */
export const TITLE_WORDS = [
  'President', 'Prime Minister', 'Minister', 'Deputy', 'Senator', 'Governor', 'Mayor', 'Judge', 'Justice', 'Prosecutor', 'General',
  'Colonel', 'Captain', 'Commander', 'Sheikh', 'Imam', 'Bishop', 'Father', 'Rev', 'Rev.', 'Président', 'Ministre', 'juge', 'procureur',
  'Presidente', 'Ministro', 'juez', 'jueza', 'fiscal',
];
export const TITLE_PATTERN = `(?:${trieSource(TITLE_WORDS)})`;

/** Words after which a name follows: `a man named X Y`, `une femme dénommée X`, `llamada X`. */
export const NAMING_WORDS = [
  'named', 'called', 'identified as', 'nommé', 'nommée', 'dénommé', 'dénommée', 'prénommé', 'prénommée', 'llamado', 'llamada',
  'de nombre', 'identificado como', 'identificada como',
  // Relatives, whom reports name without an honorific: `his sister, Ilma Valkiri-Terz`.
  'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'cousin', 'nephew', 'niece',
  'mari', 'femme', 'fils', 'fille', 'mère', 'père', 'frère', 'sœur', 'soeur', 'cousine', 'neveu', 'nièce',
  'esposa', 'esposo', 'marido', 'hijo', 'hija', 'madre', 'padre', 'hermano', 'hermana', 'primo', 'prima', 'sobrino', 'sobrina',
];
export const NAMING_WORDS_PATTERN = trieSource(NAMING_WORDS);

/** Words that describe a person in letters and reports, longest first within a family. */
export const DESCRIPTORS: string[] = [
  // English
  'woman human rights defender', 'women human rights defender', 'human rights defender', 'environmental human rights defender',
  'environmental defender', 'land defender', 'land rights defender', 'indigenous human rights defender',
  "women's rights activist", 'human rights activist', 'civil society activist', 'environmental activist',
  'political activist', 'student activist', 'activist', 'human rights lawyer', 'lawyer', 'attorney', 'journalist',
  'photojournalist', 'blogger', 'trade unionist', 'trade union leader', 'union leader', 'indigenous leader',
  'community leader', 'religious leader', 'opposition leader', 'opposition politician', 'political opponent',
  'member of parliament', 'writer', 'poet', 'artist', 'musician', 'academic', 'professor', 'researcher',
  'student', 'doctor', 'physician', 'medical doctor', 'teacher', 'filmmaker', 'feminist', 'founder', 'co-founder',
  'director', 'executive director', 'chairperson', 'chairman', 'chairwoman', 'coordinator', 'spokesperson',
  'advocate', 'human rights advocate', 'migrant', 'refugee', 'asylum seeker', 'peasant', 'farmer', 'fisherman',
  // French
  "défenseure des droits de l'homme", "défenseur des droits de l'homme", 'défenseure des droits humains',
  'défenseur des droits humains', "défenseure des droits de l’homme", "défenseur des droits de l’homme",
  'défenseure', 'défenseur', 'journaliste', 'avocate', 'avocat', 'militante', 'militant', 'activiste',
  'blogueuse', 'blogueur', 'étudiante', 'étudiant', 'syndicaliste', 'opposant politique', 'opposante politique',
  'écrivaine', 'écrivain', 'fondatrice', 'fondateur', 'directrice', 'directeur', 'présidente', 'coordinatrice',
  'coordinateur', 'porte-parole', 'chercheuse', 'chercheur', 'enseignante', 'enseignant', 'médecin',
  // Spanish
  'defensora de derechos humanos', 'defensor de derechos humanos', 'defensora de los derechos humanos',
  'defensor de los derechos humanos', 'defensora del medio ambiente', 'defensor del medio ambiente',
  'defensora ambiental', 'defensor ambiental', 'defensora', 'defensor', 'periodista', 'abogada', 'abogado',
  'activista', 'lideresa indígena', 'líder indígena', 'lideresa social', 'líder social', 'lideresa', 'líder',
  'dirigente indígena', 'dirigente social', 'dirigente', 'estudiante', 'sindicalista', 'bloguera', 'bloguero',
  'ambientalista', 'fundadora', 'fundador', 'directora', 'director', 'coordinadora', 'coordinador', 'vocera',
  'vocero', 'investigadora', 'investigador', 'docente', 'maestra', 'maestro', 'comunicadora', 'comunicador',
];

/**
 * A letter of the Latin alphabets, for regexes without the `u` flag (which cannot say \p{L}):
 * case-insensitive scans of long phrase lists run about twice as fast without it.
 */
export const LATIN_LETTER = '[A-Za-z\\u00C0-\\u024F]';

/** Descriptors as one regex (first letter in either case, apostrophes either way). */
export const DESCRIPTOR_PATTERN = trieSource(new Set(DESCRIPTORS), { capitalFirst: true });

/**
 * The same in lower case, for a case-insensitive regex without the `u` flag (twice as fast on long
 * texts), for descriptors at the start of a word only.
 */
export const DESCRIPTOR_PATTERN_LOWER = wordStartTrieSource(new Set(DESCRIPTORS));
