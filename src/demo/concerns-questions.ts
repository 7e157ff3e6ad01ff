/**
 * What the mandate holders say about the facts (concerns) and what they ask (numbered questions),
 * by theme and language. Written for this project in the register of such letters.
 */
import type { FactContext as C } from './fact-context.js';
import type { Language } from './language.js';
import type { Theme } from './themes.js';

type Line = (c: C) => string;

/** What the letter is concerned about, by theme (the object of "concern at ..."). */
export const SUBJECTS: Record<Language, Record<Theme, Line>> = {
  en: {
    arrest: (c) => `the arrest and continued detention of ${c.all}`,
    trial: (c) => `the conviction of ${c.all} following proceedings that reportedly fell short of fair trial guarantees`,
    surveillance: (c) => `the alleged surveillance of ${c.all} and the publication of ${c.plural ? 'their' : c.p.his} private communications`,
    eviction: (c) => `the forced eviction of residents of ${c.village} in ${c.city} and the harassment of ${c.all}`,
    land: (c) => `the impact of the activities of ${c.company} on the land and livelihoods of the ${c.village} community, and threats against ${c.all}`,
    journalist: (c) => `the attacks, judicial harassment and restrictions faced by ${c.all} in connection with ${c.plural ? 'their' : c.p.his} journalistic work`,
    protest: (c) => `the violent dispersal of peaceful protests in ${c.city} and the detention of ${c.all}`,
    'detention-conditions': (c) => `the conditions of detention of ${c.all} at ${c.prison} and the alleged denial of medical care`,
    'death-in-custody': (c) => `the death in custody of ${c.all} and the absence of an independent investigation`,
    disappearance: (c) => `the alleged enforced disappearance of ${c.all}`,
    'women-defender': (c) => `the threats, smear campaign and criminal charges against the woman human rights defender ${c.all}`,
    lgbti: (c) => `the arbitrary detention and ill-treatment of persons on the basis of their presumed sexual orientation or gender identity, including ${c.all}`,
    religion: (c) => `restrictions on the freedom of religion or belief of a minority community, and the prosecution of ${c.all}`,
    legislation: (c) => `the draft law "${c.law}" and its compatibility with international human rights law`,
  },
  fr: {
    arrest: (c) => `l'arrestation et la détention de ${c.all}`,
    trial: (c) => `la condamnation de ${c.all} à l'issue d'une procédure qui n'aurait pas respecté les garanties d'un procès équitable`,
    surveillance: (c) => `la surveillance présumée de ${c.all}`,
    eviction: (c) => `l'expulsion forcée d'habitants de ${c.village} à ${c.city} et le harcèlement de ${c.all}`,
    land: (c) => `les conséquences des activités de ${c.company} sur les terres de la communauté de ${c.village} et les menaces contre ${c.all}`,
    journalist: (c) => `les attaques et le harcèlement judiciaire visant ${c.all} en raison de son travail journalistique`,
    protest: (c) => `la dispersion violente de manifestations pacifiques à ${c.city} et la détention de ${c.all}`,
    'detention-conditions': (c) => `les conditions de détention de ${c.all} à ${c.prison}`,
    'death-in-custody': (c) => `le décès en détention de ${c.all}`,
    disappearance: (c) => `la disparition forcée présumée de ${c.all}`,
    'women-defender': (c) => `les menaces et poursuites visant la défenseuse des droits humains ${c.all}`,
    lgbti: (c) => `la détention arbitraire de personnes en raison de leur orientation sexuelle présumée, dont ${c.all}`,
    religion: (c) => `les restrictions à la liberté de religion d'une communauté minoritaire et les poursuites contre ${c.all}`,
    legislation: (c) => `le projet de loi « ${c.law} » et sa compatibilité avec le droit international des droits de l'homme`,
  },
  es: {
    arrest: (c) => `la detención de ${c.all}`,
    trial: (c) => `la condena de ${c.all} tras un proceso que no habría respetado las garantías del debido proceso`,
    surveillance: (c) => `la presunta vigilancia de ${c.all}`,
    eviction: (c) => `el desalojo forzoso de residentes de ${c.village} en ${c.city} y el hostigamiento de ${c.all}`,
    land: (c) => `las consecuencias de las actividades de ${c.company} sobre las tierras de la comunidad de ${c.village} y las amenazas contra ${c.all}`,
    journalist: (c) => `los ataques y el hostigamiento judicial contra ${c.all} en relación con su labor periodística`,
    protest: (c) => `la dispersión violenta de protestas pacíficas en ${c.city} y la detención de ${c.all}`,
    'detention-conditions': (c) => `las condiciones de detención de ${c.all} en ${c.prison}`,
    'death-in-custody': (c) => `la muerte bajo custodia de ${c.all}`,
    disappearance: (c) => `la presunta desaparición forzada de ${c.all}`,
    'women-defender': (c) => `las amenazas y la persecución penal contra la defensora de derechos humanos ${c.all}`,
    lgbti: (c) => `la detención arbitraria de personas por su presunta orientación sexual, entre ellas ${c.all}`,
    religion: (c) => `las restricciones a la libertad de religión de una comunidad minoritaria y el enjuiciamiento de ${c.all}`,
    legislation: (c) => `el proyecto de ley «${c.law}» y su compatibilidad con el derecho internacional de los derechos humanos`,
  },
};

export const CONCERNS_EN: Line[] = [
  (c) => `We are particularly alarmed that these measures appear to be directly linked to the legitimate human rights work of ${c.all}, and that they may have a chilling effect on civil society in ${c.state} as a whole.`,
  (c) => `We are further concerned that the authorities have not opened a prompt, impartial and effective investigation into these allegations, and that no one has been held responsible.`,
  () => `If confirmed, the facts described above would be inconsistent with the obligations of your Excellency's Government to respect and ensure the rights to liberty and security of person, to a fair trial, and to freedom of expression, peaceful assembly and association.`,
  (c) => `We express concern at the broad and vague wording of the provisions invoked, which leaves the authorities wide discretion and makes it difficult for persons such as ${c.v} to foresee which conduct is prohibited.`,
  () => `We are also troubled by the pattern that these events seem to form with other cases brought to our attention in recent years.`,
  (c) => `The reported lack of access to ${c.p.his} family and to a lawyer of ${c.p.his} choosing raises serious concerns as to ${c.p.his} physical and psychological integrity.`,
];

export const CONCERNS_FR: Line[] = [
  (c) => `Nous sommes particulièrement préoccupés par le fait que ces mesures semblent liées au travail légitime de ${c.all} en faveur des droits de l'homme.`,
  () => `Nous sommes en outre préoccupés par l'absence d'enquête prompte, impartiale et efficace sur ces allégations.`,
  () => `Nous craignons que ces faits aient un effet dissuasif sur l'ensemble de la société civile.`,
];

export const CONCERNS_ES: Line[] = [
  (c) => `Nos preocupa especialmente que estas medidas parezcan estar vinculadas a la labor legítima de ${c.all} en favor de los derechos humanos.`,
  () => `Nos preocupa además la falta de una investigación pronta, imparcial y eficaz sobre estas alegaciones.`,
  () => `Tememos que estos hechos tengan un efecto disuasorio sobre el conjunto de la sociedad civil.`,
];

/** The first question of every letter, and theme-specific ones. */
export const FIRST_QUESTION: Record<Language, string> = {
  en: 'Please provide any further information or comments you may have on the allegations set out above.',
  fr: 'Veuillez fournir toute information ou tout commentaire complémentaire en relation avec les allégations susmentionnées.',
  es: 'Sírvase proporcionar cualquier información o comentario adicional en relación con las alegaciones mencionadas.',
};

export const QUESTIONS_EN: Line[] = [
  (c) => `Please explain the factual and legal grounds for the measures taken against ${c.all}, and how they are compatible with the international human rights obligations of ${c.state}.`,
  (c) => `Please indicate whether an investigation has been opened into the allegations concerning ${c.v}, and give its results; if none has been opened, please explain why.`,
  (c) => `Please provide information on the current place of detention of ${c.v}, on ${c.p.his} state of health and on ${c.p.his} access to a lawyer and to ${c.p.his} family.`,
  () => `Please describe the steps taken to ensure that human rights defenders and journalists can carry out their work without fear of reprisals, intimidation or harassment of any kind.`,
  (c) => `Please explain how the provisions applied in case No. ${c.caseNo} meet the requirements of legality, necessity and proportionality.`,
  () => `Please indicate what measures have been taken to provide the victims with an effective remedy and adequate reparation.`,
  (c) => `Please provide details of any consultation held with the persons and communities affected by the decisions described above, including in ${c.village}.`,
];

export const QUESTIONS_FR: Line[] = [
  (c) => `Veuillez indiquer les fondements juridiques et factuels des mesures prises à l'encontre de ${c.all}.`,
  (c) => `Veuillez indiquer si une enquête a été ouverte sur les allégations concernant ${c.v} et en communiquer les résultats.`,
  () => `Veuillez indiquer les mesures prises pour que les défenseurs des droits de l'homme puissent mener leurs activités sans crainte de représailles.`,
  () => `Veuillez indiquer les mesures prises pour garantir aux victimes un recours effectif et une réparation adéquate.`,
];

export const QUESTIONS_ES: Line[] = [
  (c) => `Sírvase indicar el fundamento jurídico y fáctico de las medidas adoptadas contra ${c.all}.`,
  (c) => `Sírvase indicar si se ha abierto una investigación sobre las alegaciones relativas a ${c.v} y sus resultados.`,
  () => `Sírvase indicar las medidas adoptadas para que los defensores de derechos humanos puedan realizar su labor sin temor a represalias.`,
  () => `Sírvase indicar las medidas adoptadas para garantizar a las víctimas un recurso efectivo y una reparación adecuada.`,
];

/** Questions of a letter on a law (OL), where no person is concerned. */
export const QUESTIONS_OL_EN: Line[] = [
  (c) => `Please explain how the draft law "${c.law}" complies with articles 19, 21 and 22 of the International Covenant on Civil and Political Rights.`,
  () => `Please indicate whether civil society organisations were consulted during the drafting, and how their views were taken into account.`,
  () => `Please explain the criteria that would be used to decide that an association performs "the functions of a foreign agent".`,
  () => `Please indicate which independent body would oversee the application of the law, and which remedies would be available to associations affected by it.`,
];
