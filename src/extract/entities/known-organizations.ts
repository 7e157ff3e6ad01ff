/**
 * Non-governmental organisations and media that letters and reports name without saying what
 * they are. Each entry: the usual English name, then other names and abbreviations.
 * Abbreviations are matched case-sensitively; names in any case.
 */
export const KNOWN_ORGANIZATIONS: Array<[string, ...string[]]> = [
  ['Human Rights Watch', 'HRW'],
  ['Amnesty International', 'Amnistía Internacional', 'Amnistie internationale'],
  ['Front Line Defenders', 'FLD'],
  ['International Federation for Human Rights', 'FIDH', 'Fédération internationale pour les droits humains', 'Federación Internacional por los Derechos Humanos'],
  ['World Organisation Against Torture', 'OMCT', 'World Organization Against Torture', 'Organisation mondiale contre la torture', 'Organización Mundial Contra la Tortura'],
  ['Reporters Without Borders', 'RSF', 'Reporters sans frontières', 'Reporteros sin Fronteras'],
  ['Committee to Protect Journalists', 'CPJ'],
  ['Freedom House'],
  ['International Service for Human Rights', 'ISHR'],
  ['CIVICUS'],
  // `Article 19` is also every letter's article of the ICCPR: only the capitalised name.
  ['ARTICLE 19'],
  ['International Commission of Jurists', 'Commission internationale de juristes', 'Comisión Internacional de Juristas'],
  ['Human Rights First'],
  ['Human Rights House Foundation', 'HRHF'],
  ['Peace Brigades International', 'PBI', 'Brigadas Internacionales de Paz'],
  ['Protection International'],
  ['Lawyers for Lawyers'],
  ['Norwegian Helsinki Committee'],
  ['International Partnership for Human Rights', 'IPHR'],
  ['Global Witness'],
  ['Greenpeace'],
  ['Oxfam'],
  ['Médecins Sans Frontières', 'Doctors Without Borders', 'Médicos Sin Fronteras', 'MSF'],
  ['International Crisis Group'],
  ['Privacy International'],
  ['Access Now'],
  ['Citizen Lab'],
  ['Viasna'],
  ['Reuters'],
  ['Associated Press'],
  ['Agence France-Presse', 'AFP'],
  ['Al Jazeera'],
  ['BBC'],
  ['Radio Free Europe/Radio Liberty', 'RFE/RL', 'Radio Free Europe', 'Radio Liberty', 'Radio Azattyq'],
];
