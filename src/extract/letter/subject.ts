/**
 * The subject of a letter: what follows "information we have received concerning" (or "information
 * received", "allegations received" in older letters; French
 * "informations reçues concernant", Spanish "información recibida en relación con"), often in bold.
 * A letter on legislation says instead what it comments on: "we would like to offer the following
 * comments on the draft Law …", "nos préoccupations concernant …", "los siguientes comentarios
 * sobre …" (read only when no paragraph has the first form), or only what it draws the Government's
 * attention to ("attirer l'attention du Gouvernement de Votre Excellence sur le projet de loi …").
 */
import { plain } from './normalize.js';
import { allMatches } from '../all-matches.js';

const LEAD = /(?:informa(?:tion|tions|ci[óo]n|ciones)|allegations|all[ée]gations|alegaciones)\s+(?:(?:that\s+)?(?:we|I)\s+(?:have\s+)?received|received|que\s+(?:nous\s+avons|j['’]ai)\s+re[çc]ues?|(?:que\s+)?(?:hemos|he)\s+recibido|re[çc]ues?|recibidas?)\s+(?:concerning|regarding|relating\s+to|in\s+relation\s+to|with\s+regard\s+to|about|on|concernant|relatives?\s+(?:à|au|aux)|au\s+sujet\s+(?:de|du|des)|sur|en\s+relaci[óo]n\s+con|sobre|relativas?\s+a|acerca\s+de|con\s+respecto\s+a|referentes?\s+a)\s+/i;
const COMMENTS_LEAD = /(?:comments|observations|concerns?|commentaires|observations|pr[ée]occupations|comentarios|observaciones|preocupaciones)\s+(?:suivant(?:e)?s\s+|siguientes\s+)?(?:on|regarding|concerning|about|in\s+relation\s+to|with\s+regard\s+to|sur|concernant|au\s+sujet\s+(?:de|du|des)|relatives?\s+(?:à|au|aux)|sobre|en\s+relaci[óo]n\s+con|acerca\s+de|relativ[oa]s\s+a)\s+/i;
/** Last, what the letter draws the Government's attention to: `attirer l'attention du Gouvernement de Votre Excellence sur le projet de loi …`. */
const ATTENTION_LEAD = /attention\s+(?:of\s+your\s+Excellency['’]s\s+Government|du\s+Gouvernement\s+de\s+Votre\s+Excellence)\s+(?:to|on|sur)\s+|atenci[óo]n\s+(?:urgente\s+)?del\s+Gobierno\s+de\s+Su\s+Excelencia\s+(?:sobre|a)\s+/i;
/** What a comments lead may not be followed by: the questions' introduction ("observations on the following matters"). */
const LIST_AHEAD = /^(?:the\s+following|les\s+(?:points|questions)\s+suivant|(?:los|las)\s+(?:asuntos|cuestiones|puntos|preguntas)\s+siguientes)/i;
/** Where a subject turns into an aside: "(hereinafter …)", ", which was adopted …". */
const ASIDE = /\s*\((?:hereinafter|ci-apr[èe]s|en\s+adelante)\b|,\s+(?:which|qui|lequel|laquelle|el\s+cual|la\s+cual)\s|,\s+(?:adopted|passed|enacted|promulgated|adopt[ée]e?s?|promulgu[ée]e?s?|vot[ée]e?s?|aprobad[oa]s?|adoptad[oa]s?|promulgad[oa]s?)\s/i;
const ABBREVIATION = /\b(?:Mr|Ms|Mrs|Dr|No|St|M|Mme|Mlle|MM|Sr|Sra|Srta|Dra|Nos|art|para|p)\.$/i;
const SENTENCE_END = /\.\s+(?=[A-ZÀ-Ý])/g;

function firstSentence(text: string): string {
  for (const m of allMatches(SENTENCE_END, text)) {
    if (!ABBREVIATION.test(text.slice(0, m.index + 1))) return text.slice(0, m.index);
  }
  return text;
}

export function readSubject(paragraphs: string[]): { index: number; subject: string } | null {
  return subjectAfter(paragraphs, LEAD) ?? subjectAfter(paragraphs, COMMENTS_LEAD) ?? subjectAfter(paragraphs, ATTENTION_LEAD);
}

function subjectAfter(paragraphs: string[], lead: RegExp): { index: number; subject: string } | null {
  for (let i = 0; i < Math.min(paragraphs.length, 8); i++) {
    const raw = paragraphs[i]!;
    const m = lead.exec(raw.replace(/\*\*/g, '\u0000'));
    if (!m || LIST_AHEAD.test(raw.slice(m.index + m[0].length).replace(/\*\*/g, ''))) continue;
    const rest = raw.replace(/\*\*/g, '\u0000').slice(m.index + m[0].length);
    // A bold subject runs to the end of its paragraph; a bold name inside the sentence is not one.
    const bold = /^(?:[^\u0000]{0,12})\u0000([^\u0000]+)\u0000[\s.]*$/.exec(rest);
    const chosen = bold ? bold[1]! : firstSentence(plain(rest.replace(/\u0000/g, '')));
    const whole = plain(chosen);
    const aside = ASIDE.exec(whole);
    const subject = (aside ? whole.slice(0, aside.index) : whole).replace(/[.;:,\s]+$/, '');
    return subject ? { index: i, subject } : null;
  }
  return null;
}
