/**
 * What a document is: a communication (a letter with its anatomy), a reply (a note verbale or
 * letter from a Permanent Mission, a Government or a company answering a communication) or a
 * source (anything else: a news report, an NGO statement).
 */
import type { DocumentKind } from '../../domain/communication.js';
import { plain } from './normalize.js';
import { CLOSING } from './anatomy.js';
import { SALUTATION } from './salutation.js';

const REPLY = /\b(?:Permanent Mission|Mission permanente|Misi[óo]n Permanente|Note verbale|Nota verbal|presents its compliments|pr[ée]sente ses compliments|saluda atentamente)\b/i;
const ANSWERS = /\b(?:in reply to|with reference to|in response to|further to|(?:we|I) refer to|reference is made to|en r[ée]ponse [àa]|se r[ée]f[ée]rant [àa]|(?:comme )?suite [àa]|en respuesta a|con referencia a|en relaci[óo]n con|con relaci[óo]n a|en atenci[óo]n a)\b[^.]{0,200}\b(?:communication|letter|comunicaci[óo]n|carta|lettre|appeal|appel|llamamiento)/i;
/**
 * How a reply opens, which no letter of the Special Procedures does: the compliments of a note
 * verbale, an acknowledgement of receipt, a `Re: your letter` line, or a title such as
 * `Response of the Government of Borelia to the joint communication`.
 */
const REPLY_OPENING = new RegExp([
  String.raw`\b(?:presents its compliments|pr[ée]sente ses compliments|saluda (?:muy )?atentamente)\b`,
  String.raw`\b(?:acknowledges?|acknowledging) (?:the )?receipt of\b|\baccus(?:e|ons|ant) (?:bonne )?r[ée]ception\b|\bacus(?:a|amos|ando) recibo\b`,
  String.raw`^(?:Re|Ref|Objet|Asunto)\s*:\s*(?:your|our|votre|notre|su|vuestra|la)?\s*(?:joint\s+|conjointe\s+|conjunta\s+)?(?:letter|communication|lettre|carta|comunicaci[óo]n)\b`,
  String.raw`^(?:Reply|Response|Answers?|Observations|Comments|Information)\s+(?:of|from|by)\s+the\s+(?:Government|State|Permanent Mission)\b`,
  String.raw`^(?:R[ée]ponses?|Observations|Commentaires|Informations)\s+(?:du|de\s+l['’])\s*(?:Gouvernement|[ÉE]tat|Mission)\b`,
  String.raw`^(?:Respuestas?|Observaciones|Comentarios|Informaci[óo]n)\s+(?:del|de\s+la)\s+(?:Gobierno|Estado|Misi[óo]n)\b`,
].join('|'), 'i');
/**
 * A salutation to the experts themselves (`Dear Special Rapporteurs,`, `Estimados Relatores
 * Especiales:`, `Madame la Rapporteuse spéciale,`): only an answer is addressed to them.
 */
const TO_THE_EXPERTS = /^(?:Dear|Estimad[oa]s?|Distinguid[oa]s?|Chers?|Ch[èe]res?|Madame|Monsieur|Mesdames(?:\s+et\s+Messieurs)?|Señora?s?)\s+(?:(?:the|la|le|les|el|los|las)\s+)?(?:Special\s+Rapporteurs?|(?:Chair|Vice-Chair)[- ]Rapporteurs?|Rapporteurs?|Mandate[- ]holders?|(?:Members\s+of\s+the\s+)?Working\s+Group|Experts?|Relator(?:a|es|as)?(?:\s+Especial(?:es)?)?|Rapporteu(?:r|se)s?(?:\s+spéci(?:al|aux|ale|ales))?)\b/i;
/**
 * The same in Russian, Arabic and Chinese, whose notes verbales a Permanent Mission may send:
 * `… свидетельствует свое уважение …`, `تهدي البعثة الدائمة … تحياتها`, `… 向 … 致意`.
 */
const REPLY_OPENING_OTHER_SCRIPTS = /свидетельству(?:ет|ют)\s+(?:сво[её]\s+)?(?:глубокое\s+)?уважение|تهدي[^.]{0,300}?تحيات|向[^。]{2,80}致意/iu;
const REPLY_OTHER_SCRIPTS = /Постоянное\s+представительство|Постоянного\s+представительства|вербальная\s+нота|البعثة\s+الدائمة|常驻[^。]{0,60}代表团/iu;
const OPENING_PARAGRAPHS = 8;
const LETTER_SIGNS = [
  /^(?:Mandates?|Mandats?|Mandatos?)\s+(?:of|du|de|del|des)\b/i,
  /(?:capacit(?:y|ies)\s+as|en\s+(?:notre|ma)\s+qualit[ée]\s+de|en\s+(?:nuestra|mi)\s+(?:calidad|condici[óo]n)\s+de)/i,
  SALUTATION,
  /(?:Human Rights Council resolutions?|r[ée]solutions?[^.]{0,40}Conseil des droits de l['’]homme|resoluci(?:ón|ones)[^.]{0,40}Consejo de Derechos Humanos)/i,
  /(?:observations on the following|points suivants|cuestiones siguientes|siguientes (?:cuestiones|preguntas))/i,
  CLOSING,
];

/** A reply opening before any salutation: a reply may quote a letter's wording, never its salutation. */
function opensAsReply(texts: string[]): boolean {
  for (const t of texts.slice(0, OPENING_PARAGRAPHS)) {
    if (TO_THE_EXPERTS.test(t)) return true;
    if (SALUTATION.test(t)) return false;
    if (REPLY_OPENING.test(t) || REPLY_OPENING_OTHER_SCRIPTS.test(t)) return true;
  }
  return false;
}

export function detectKind(paragraphs: string[], hasReference: boolean): DocumentKind {
  const texts = paragraphs.slice(0, 80).map(plain);
  if (opensAsReply(texts)) return 'reply';
  // Two signs decide for a letter: the rest are not looked for.
  let signs = 0;
  for (const re of LETTER_SIGNS) if (signs < 2 && texts.some((t) => re.test(t))) signs++;
  if (signs < 2 && texts.some((t) => REPLY.test(t) || ANSWERS.test(t) || REPLY_OTHER_SCRIPTS.test(t))) return 'reply';
  if (signs >= 2 || (hasReference && signs >= 1)) return 'communication';
  return 'source';
}
