/** Words that make a run of capitalised words the name of an organisation, and words that rule it out. */

import { trieSource } from '../../domain/regex-trie.js';

const alt = (xs: string[]) => trieSource(xs);

/** Heads that end a name: `NeMolchiKZ Foundation`, `Break the Silence Network`, `Kyiv Post`. */
export const FINAL_HEAD_WORDS = [
  'Foundation', 'Association', 'Movement', 'Network', 'Coalition', 'Alliance', 'Society', 'Institute', 'Centre',
  'Center', 'Initiative', 'Fund', 'Trust', 'League', 'Collective', 'Union', 'Federation', 'Forum', 'Party',
  'Front', 'Project', 'Organisation', 'Organization', 'Bureau', 'Club', 'Ltd', 'LLC', 'Inc', 'Corporation',
  'Company', 'Corp', 'GmbH', 'PLC', 'JSC', 'LLP', 'Times', 'Post', 'Gazette', 'Tribune', 'Herald',
  // Monitoring groups: `Northern Rights Watch`, `Euro-Mediterranean Human Rights Monitor`.
  'Watch', 'Monitor', 'Observatory',
  // Companies, the addressees of letters to business enterprises: `Minera Serrano S.A.C.`, `Wagner Group`.
  'Limited', 'Holdings', 'Group', 'plc', 'PJSC', 'OJSC', 'Ltda', 'SRL', 'S.A.', 'S.A.C.', 'S.A.S.', 'S.L.', 'S.R.L.',
  'S.p.A.', 'B.V.', 'N.V.', 'S.A. de C.V.',
];
export const FINAL_HEADS = alt(FINAL_HEAD_WORDS);

/** Heads that open a name: `Fundación Construir`, `Centre for Civil Liberties`, `Ligue des droits`. */
export const INITIAL_HEADS = alt([
  'Association', 'Foundation', 'Centre', 'Center', 'Institute', 'Society', 'League', 'Union', 'Network',
  'Coalition', 'Alliance', 'Movement', 'Federation', 'Organisation', 'Organization', 'Radio', 'Bureau', 'Initiative',
  'Fund', 'Forum', 'Project', 'Trust', 'Observatory', 'Iniciativa', 'Fondo', 'Foro',
  'Fondation', 'Mouvement', 'Ligue', 'Réseau', 'Collectif', 'Observatoire', 'Syndicat', 'Fédération', 'Parti',
  'Fundación', 'Asociación', 'Movimiento', 'Red', 'Colectivo', 'Centro', 'Observatorio', 'Sindicato',
  'Federación', 'Coordinadora', 'Liga', 'Partido', 'Frente', 'Organización', 'Agrupación', 'Corporación',
]);

/** Words that join the words of an organisation's name. */
export const CONNECTOR_WORDS = [
  'of', 'for', 'to', 'on', 'against', 'in', 'and', 'the', '&',
  'pour', 'de', 'des', 'du', 'la', 'le', 'les', 'et', 'contre', 'sur', "l'", "d'", 'l’', 'd’',
  'del', 'los', 'las', 'el', 'para', 'por', 'contra', 'en', 'y',
];
export const CONNECTORS = alt(CONNECTOR_WORDS);

/** Nouns that, just before a quoted name, say it names an organisation. */
export const ORG_NOUNS = alt([
  'organisation', 'organization', 'foundation', 'association', 'movement', 'NGO', 'non-governmental organization',
  'non-governmental organisation', 'group', 'network', 'coalition', 'union', 'party', 'company', 'outlet',
  'newspaper', 'magazine', 'channel', 'website', 'portal', 'media', 'news agency', 'agency', 'initiative',
  'collective', 'club', 'centre', 'center', 'fund', 'platform', 'project', 'campaign', 'alliance', 'society',
  'institute', 'trust', 'league',
  'ONG', 'fondation', 'mouvement', 'collectif', 'réseau', 'groupe', 'journal', 'média', 'site', 'parti',
  'syndicat', 'société', 'entreprise', 'plateforme', 'ligue', 'observatoire', 'centre',
  'organización', 'asociación', 'fundación', 'movimiento', 'colectivo', 'red', 'grupo', 'periódico', 'diario',
  'medio', 'portal', 'partido', 'sindicato', 'empresa', 'compañía', 'plataforma', 'colectiva', 'agrupación',
  'coordinadora', 'observatorio', 'centro', 'comunidad',
]);

/**
 * Nouns after which a capitalised name, even unquoted, is the organisation's: the unambiguous kinds
 * of ORG_NOUNS (a `group`, a `media` or a `party` may be followed by anything).
 */
export const NAMING_KIND_WORDS = [
  'organisation', 'organization', 'NGO', 'association', 'movement', 'collective',
  'ONG', 'mouvement', 'collectif', 'organización', 'organizacion', 'asociación', 'asociacion', 'movimiento', 'colectivo',
];
export const NAMING_KINDS = alt(NAMING_KIND_WORDS);

/**
 * Words that make a name a State body when it opens with them (`State Security Service`,
 * `Estado Mayor`); further in, they are a cause (`Movimiento de Víctimas de Crímenes de Estado`).
 */
export const STATE_WORDS = ['state', 'estado', 'etat'];

/** Folded phrases that make a name a State body, a UN body or an intergovernmental one: not an organisation here. */
export const NOT_ORGANIZATION = [
  'ministry', 'ministere', 'ministerio', 'government', 'gouvernement', 'gobierno', 'police', 'policia',
  'prosecutor', 'fiscalia', 'procureur', 'court', 'cour', 'corte', 'tribunal', 'parliament', 'parlement',
  'congress', 'congreso', 'national security', 'directorate', 'department', 'united nations', 'nations unies',
  'naciones unidas', 'un', 'human rights council', 'general assembly', 'security council', 'special rapporteur',
  'working group', 'high commissioner', 'ohchr', 'committee against torture', 'human rights committee',
  'european union', 'african union', 'council of europe', 'osce', 'organization of american states',
  'organisation of american states', 'municipal', 'presidential', 'armed forces',
  'army', 'military', 'penitentiary', 'prison', 'detention', 'law', 'act', 'code', 'article', 'convention',
  'declaration', 'covenant', 'resolution', 'loi', 'ley', 'decree', 'decret', 'decreto', 'national guard',
  'interior', 'prosecution', 'public prosecutor', 'attorney general', 'ombudsman', 'defensoria',
  'direction generale', 'direccion general',
];
