/**
 * The subject of a letter: what follows "information we have received concerning" (French
 * "informations reçues concernant", Spanish "información recibida en relación con"), often in bold.
 */
import { plain } from './normalize.js';
import { allMatches } from '../all-matches.js';

const LEAD = /informa(?:tion|tions|ci[óo]n|ciones)\s+(?:(?:that\s+)?(?:we|I)\s+have\s+received|que\s+(?:nous\s+avons|j['’]ai)\s+re[çc]ues?|(?:que\s+)?(?:hemos|he)\s+recibido|re[çc]ues?|recibidas?)\s+(?:concerning|regarding|relating\s+to|in\s+relation\s+to|with\s+regard\s+to|about|on|concernant|relatives?\s+(?:à|au|aux)|au\s+sujet\s+(?:de|du|des)|sur|en\s+relaci[óo]n\s+con|sobre|relativas?\s+a|acerca\s+de|con\s+respecto\s+a|referentes?\s+a)\s+/i;
const ABBREVIATION = /\b(?:Mr|Ms|Mrs|Dr|No|St|M|Mme|Mlle|MM|Sr|Sra|Srta|Dra|Nos|art|para|p)\.$/i;
const SENTENCE_END = /\.\s+(?=[A-ZÀ-Ý])/g;

function firstSentence(text: string): string {
  for (const m of allMatches(SENTENCE_END, text)) {
    if (!ABBREVIATION.test(text.slice(0, m.index + 1))) return text.slice(0, m.index);
  }
  return text;
}

export function readSubject(paragraphs: string[]): { index: number; subject: string } | null {
  for (let i = 0; i < Math.min(paragraphs.length, 8); i++) {
    const raw = paragraphs[i]!;
    const m = LEAD.exec(raw.replace(/\*\*/g, '\u0000'));
    if (!m) continue;
    const rest = raw.replace(/\*\*/g, '\u0000').slice(m.index + m[0].length);
    // A bold subject runs to the end of its paragraph; a bold name inside the sentence is not one.
    const bold = /^(?:[^\u0000]{0,12})\u0000([^\u0000]+)\u0000[\s.]*$/.exec(rest);
    const chosen = bold ? bold[1]! : firstSentence(plain(rest.replace(/\u0000/g, '')));
    const subject = plain(chosen).replace(/[.;:\s]+$/, '');
    return subject ? { index: i, subject } : null;
  }
  return null;
}
