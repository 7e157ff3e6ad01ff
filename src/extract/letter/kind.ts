/**
 * What a document is: a communication (a letter with its anatomy), a reply (a note verbale or
 * letter from a Permanent Mission or Government answering a communication) or a source (anything
 * else: a news report, an NGO statement).
 */
import type { DocumentKind } from '../../domain/communication.js';
import { plain } from './normalize.js';

const REPLY = /\b(?:Permanent Mission|Mission permanente|Misi[óo]n Permanente|Note verbale|Nota verbal|presents its compliments|pr[ée]sente ses compliments|saluda atentamente)\b/i;
const ANSWERS = /\b(?:in reply to|with reference to|in response to|en r[ée]ponse [àa]|se r[ée]f[ée]rant [àa]|en respuesta a|con referencia a|en relaci[óo]n con)\b[^.]{0,200}\b(?:communication|letter|comunicaci[óo]n|carta|lettre|appeal|appel|llamamiento)/i;
const LETTER_SIGNS = [
  /^(?:Mandates?|Mandats?|Mandatos?)\s+(?:of|du|de|del|des)\b/i,
  /(?:capacit(?:y|ies)\s+as|en\s+(?:notre|ma)\s+qualit[ée]\s+de|en\s+(?:nuestra|mi)\s+(?:calidad|condici[óo]n)\s+de)/i,
  /^(?:Excellenc(?:y|ies)|Excellence|Excelencia)\s*,?$/i,
  /(?:Human Rights Council resolutions?|r[ée]solutions?[^.]{0,40}Conseil des droits de l['’]homme|resoluci(?:ón|ones)[^.]{0,40}Consejo de Derechos Humanos)/i,
  /(?:observations on the following|points suivants|cuestiones siguientes|siguientes (?:cuestiones|preguntas))/i,
];

export function detectKind(paragraphs: string[], hasReference: boolean): DocumentKind {
  const texts = paragraphs.slice(0, 80).map(plain);
  const signs = LETTER_SIGNS.filter((re) => texts.some((t) => re.test(t))).length;
  const replySigns = texts.some((t) => REPLY.test(t)) || texts.some((t) => ANSWERS.test(t));
  if (replySigns && signs < 2) return 'reply';
  if (signs >= 2 || (hasReference && signs >= 1)) return 'communication';
  return 'source';
}
