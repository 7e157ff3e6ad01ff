/**
 * The parts of a letter, as paragraph indexes: the head (before the salutation), the body (after
 * the salutation, up to the closing formula), the signature block and the annexes (among them a
 * list of the persons concerned), and inside the body the facts ("According to the information
 * received:" up to the concerns).
 */
import { plain } from './normalize.js';
import { SALUTATION } from './salutation.js';
import { FACTS_HEADING } from '../entities/vocabulary.js';

export interface Anatomy {
  /** Index of "Excellency," (or its equivalent); -1 when absent. */
  salutation: number;
  /** Index of the closing formula; -1 when absent. */
  closing: number;
  /** Index of the (first) annex heading; -1 when absent. */
  annex: number;
  /** Every annex heading after the closing (`Annex I`, `Annex II`), in order. */
  annexes: number[];
  /** The annexes that list the persons concerned, each as the range of paragraphs after its heading. */
  listed: Array<[number, number]>;
  head: [number, number];
  body: [number, number];
  signatures: [number, number];
  /** Facts as an index range into the body paragraphs (body-relative), when the letter marks them. */
  facts?: { start: number; end: number };
}

export const CLOSING = /^(?:Please accept|Accept|We avail ourselves|I avail myself|Veuillez agréer|Je vous prie d['’]agréer|Nous vous prions d['’]agréer|Veuillez croire|Acepte|Reciba|Le ruego acepte|Le rogamos acepte|Aprovecho|Aprovechamos|Hacemos propicia)\b.{0,200}(?:consideration|considération|consideración)/i;
const ANNEX = /^(?:Annex(?:e)?|Anexo)(?:\s+(?:[IVX]{1,4}|\d{1,2}))?\b\s*(?:[:.–-]?\s*(?:Reference|Référence|Referencias?|List|Liste|Lista)\b.*)?$/i;
const FACTS = new RegExp(String.raw`^${FACTS_HEADING}\s*[:.]?$`, 'i');
const CONCERNS = /^(?:While we do not wish to prejudge|Without (?:in any way )?(?:wishing to )?prejudg|While I do not wish to prejudge|Without expressing at this stage an opinion|Sans vouloir (?:à ce stade )?préjuger|Sans préjuger|Sin (?:que ello implique|pretender|querer) (?:(?:de antemano|en modo alguno) )?prejuzgar|Sin implicar,? de antemano|Sin prejuzgar)/i;

/** An annex that lists the persons concerned says so in its heading or the line after it. */
const PERSONS_LIST = /\b(?:list|liste|lista)\b.{0,40}\b(?:persons?|individuals?|people|personnes?|personas?|victims?|victimes?|víctimas?|defenders?|défenseur|defensor|detainees?|détenu|detenid)|\b(?:persons|individuals|personnes|personas)\s+(?:concerned|concern[ée]e?s|afectadas|concernidas|interesadas)\b/i;

function listsOfPersons(paragraphs: string[], annexes: number[]): Array<[number, number]> {
  return annexes.flatMap((at, i): Array<[number, number]> =>
    PERSONS_LIST.test(paragraphs.slice(at, at + 2).map(plain).join(' ')) ? [[at + 1, annexes[i + 1] ?? paragraphs.length]] : [],
  );
}

const find = (ps: string[], re: RegExp, from = 0, to = ps.length) => {
  for (let i = from; i < to; i++) if (re.test(plain(ps[i]!))) return i;
  return -1;
};

/** Without a salutation, the head ends at the first paragraph of running text (the header excepted). */
function headEnd(paragraphs: string[]): number {
  const limit = Math.min(paragraphs.length, 12);
  for (let i = 0; i < limit; i++) {
    const p = plain(paragraphs[i]!);
    if (p.length > 200 && !/^(?:Mandates?|Mandats?|Mandatos?)\s/i.test(p)) return i;
  }
  return 0;
}

export function readAnatomy(paragraphs: string[]): Anatomy {
  const n = paragraphs.length;
  const salutation = find(paragraphs, SALUTATION, 0, Math.min(n, 40));
  const bodyStart = salutation + 1;
  let closing = -1;
  for (let i = n - 1; i >= bodyStart; i--) {
    if (CLOSING.test(plain(paragraphs[i]!)) && plain(paragraphs[i]!).length < 300) { closing = i; break; }
  }
  const annexes: number[] = [];
  for (let at = find(paragraphs, ANNEX, closing >= 0 ? closing + 1 : bodyStart); at >= 0; at = find(paragraphs, ANNEX, at + 1)) annexes.push(at);
  const annex = annexes[0] ?? -1;
  const bodyEnd = closing >= 0 ? closing : annex >= 0 ? annex : n;
  const anatomy: Anatomy = {
    salutation,
    closing,
    annex,
    annexes,
    listed: listsOfPersons(paragraphs, annexes),
    head: [0, salutation >= 0 ? salutation : headEnd(paragraphs)],
    body: [salutation >= 0 ? bodyStart : headEnd(paragraphs), bodyEnd],
    signatures: closing >= 0 ? [closing + 1, annex >= 0 ? annex : n] : [bodyEnd, bodyEnd],
  };
  const factsAt = find(paragraphs, FACTS, anatomy.body[0], bodyEnd);
  if (factsAt >= 0) {
    const concerns = find(paragraphs, CONCERNS, factsAt + 1, bodyEnd);
    anatomy.facts = { start: factsAt + 1 - anatomy.body[0], end: (concerns >= 0 ? concerns : bodyEnd) - anatomy.body[0] };
  }
  return anatomy;
}
