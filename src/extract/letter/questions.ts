/**
 * The questions to the Government: the list after "observations on the following matters" (French
 * "observations sur les points suivants", Spanish "observaciones sobre las cuestiones siguientes"),
 * also where a clause follows the words ("the following matters, when relevant to the case under
 * consideration:", as letters wrote it for years), or "information on the following:". Numbered
 * items when the numbers survived; otherwise (DOCX or PDF text loses list numbering) the
 * paragraphs up to the deadline, publication or closing paragraph. A letter whose introduction says neither still has its questions read when
 * they are numbered from 1 and the first asks for something ("Please provide", "Veuillez",
 * "Sírvase"): numbered facts do not. Numbered questions run together in one paragraph are cut apart.
 */
import { BULLET_START, plain } from './normalize.js';

const INTRO_WORDS = String.raw`(?:following\s+(?:matters|questions|points|information)|matters\s+listed\s+below|(?:information|observations|comments|clarifications?)\s+on\s+the\s+following|(?:points|questions|informations)\s+suivant(?:e)?s|(?:suivant(?:e)?s?)\s+(?:points|questions)|(?:cuestiones|preguntas|puntos|asuntos)\s+siguientes|siguientes\s+(?:cuestiones|preguntas|puntos|asuntos)|siguiente\s+informaci[óo]n)`;
/** The words end the paragraph, or a clause without a full stop follows them up to a colon. */
const INTRO = new RegExp(`${INTRO_WORDS}(?:\\s*[:.]?|,[^.:;]{0,120}:)\\s*$`, 'i');
const ITEM = /^\s*(?:\**\s*)?(\d{1,2})\s*[.)]\**\s+/;
const STOP = /^(?:We would appreciate|We (?:also |further )?(?:urge|call upon|call on|reiterate|wish to|would like to)\b|I (?:also )?(?:urge|call upon|call on)\b|Given the urgency|Nous (?:prions|exhortons|appelons|demandons) instamment|Nous (?:exhortons|appelons)|Compte tenu de l['’]urgence|Instamos|Exhortamos|Hacemos un llamamiento|Dad[ao] la urgencia|I would appreciate|We would be grateful to receive|Your Excellency['’]s Government['’]s response|This communication|Past this delay|While awaiting|While waiting|Pending|In the meantime|We also (?:wish|would like) to inform|Please (?:note|be informed|accept)|We intend|Nous vous serions reconnaissant|Je vous serais reconnaissant|Cette communication|Pass[ée] ce d[ée]lai|Dans l['’]attente|En attendant|Nous (?:tenons|souhaitons) (?:à|également)|Veuillez agr[ée]er|Agradecer[íi]a(?:mos)?|Esta comunicaci[óo]n|Transcurrido|A la espera|Mientras|En espera|Quisi[ée]ra(?:mos)? (?:informar|asimismo)|Acepte|Reciba)/i;
const EXPERTS_SPEAK = /^(?:We|I|Nous|Je|Nos|Me)\s+\p{Ll}/u;
const DEADLINE = /\b(?:within|dans\s+un\s+d[ée]lai\s+de|dans\s+les|en\s+un\s+plazo\s+de|dentro\s+de(?:l)?(?:\s+un)?(?:\s+plazo\s+de)?)\s+\S+\s+(?:days|jours|d[íi]as)\b/i;

// INTRO ends the paragraph and is at most ~150 characters long once `plain` has made every run of white
// space one character: testing the tail alone gives the same answer without trying every position.
const INTRO_TAIL = 200;
/** How a question asks, at the start of the first numbered item, when no introduction announced the list. */
const REQUEST = /^(?:Please|Kindly|Provide|Indicate|Explain|Describe|Clarify|Specify|Share|Detail|Veuillez|Merci de|Fournir|Indiquer|Expliquer|Pr[ée]ciser|D[ée]crire|S[íi]rva(?:n)?se|Proporcion[ea]|Indique|Explique|Aclare|Describa|Informe)\b/i;
/**
 * How a paragraph INTRO matches ends: with a colon, or with the last word of INTRO_WORDS and a colon or
 * full stop. Tested first on the last characters (`plain` leaves no run of white space): INTRO scans slowly.
 */
const INTRO_END = /(?:matters|questions|points|information|below|following|suivante?s|siguientes|cuestiones|preguntas|puntos|asuntos|informaci[óo]n)\s*[:.]?\s*$|:\s*$/i;
const INTRO_END_CHARS = 16;
const endsWithIntro = (text: string) =>
  INTRO_END.test(text.slice(-INTRO_END_CHARS)) && INTRO.test(text.length > INTRO_TAIL ? text.slice(-INTRO_TAIL) : text);

/** The number a paragraph opens with (`1.`, `**2)**`), read on the paragraph or on its plain text. */
function itemNumber(raw: string): number | null {
  const m = ITEM.exec(raw) ?? ITEM.exec(plain(raw));
  return m ? Number(m[1]) : null;
}

export function readQuestions(paragraphs: string[]): string[] {
  const intro = paragraphs.findIndex((p) => endsWithIntro(plain(p)));
  if (intro < 0) return requestList(paragraphs);
  const numbered: string[] = [];
  const unnumbered: string[] = [];
  let expected = 1;
  for (let i = intro + 1; i < paragraphs.length; i++) {
    const p = plain(paragraphs[i]!);
    if (itemNumber(paragraphs[i]!) === expected) {
      numbered.push(p.replace(ITEM, '').trim());
      expected++;
      continue;
    }
    if (STOP.test(p) || DEADLINE.test(p)) break;
    if (numbered.length) {
      // The experts speaking again (`We undertake to ensure…`, `Nous nous engageons…`) end the list.
      if (EXPERTS_SPEAK.test(p)) break;
      // A sub-list or a second paragraph of the last question belongs to it.
      numbered[numbered.length - 1] += ` ${p.replace(BULLET_START, '')}`;
      continue;
    }
    unnumbered.push(p.replace(BULLET_START, ''));
    if (unnumbered.length > 25) return [];
  }
  return numbered.length ? splitRunTogether(numbered) : unnumbered;
}

/** A number's abbreviation before a full stop (`Law No. 2.`): not the end of a question. */
const ABBREVIATION_END = /\b(?:No|Nos|Nº|art|arts|para|paras|p|pp|vol)\.$/i;
const nextItem = new Map<number, RegExp>();

/**
 * Questions run together in one paragraph (`1. Please … 2. Please …`), as the text of a PDF may
 * give a list: cut at each next number in turn that follows the end of a sentence and opens one.
 */
function splitRunTogether(items: string[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    let rest = item;
    for (;;) {
      const next = out.length + 2;
      let re = nextItem.get(next);
      if (!re) nextItem.set(next, (re = new RegExp(`[.?;]\\s+${next}\\s*[.)]\\s+(?=\\p{Lu})`, 'u')));
      const m = re.exec(rest);
      if (!m || ABBREVIATION_END.test(rest.slice(0, m.index + 1))) break;
      out.push(rest.slice(0, m.index + 1).trim());
      rest = rest.slice(m.index + m[0].length);
    }
    out.push(rest.trim());
  }
  return out;
}

/** Without an introduction: the first list numbered from 1 whose first item asks for something. */
function requestList(paragraphs: string[]): string[] {
  for (let i = 0; i < paragraphs.length; i++) {
    if (itemNumber(paragraphs[i]!) !== 1 || !REQUEST.test(plain(paragraphs[i]!).replace(ITEM, ''))) continue;
    const items: string[] = [];
    for (let j = i; j < paragraphs.length && itemNumber(paragraphs[j]!) === items.length + 1; j++) {
      items.push(plain(paragraphs[j]!).replace(ITEM, '').trim());
    }
    const split = splitRunTogether(items);
    if (split.length >= 2) return split;
  }
  return [];
}
