/**
 * A reply from a State or a company: the communication it answers (into relatedCommunications),
 * its date and its sender (recorded as the recipient of the exchange), and the persons and
 * organisations it names (the persons as `mentioned`: the letter says who it is about). A company
 * keeps the code of the letter it answers (`OTH`, or the State where it works) with its own name.
 */
import type { Communication, Organization } from '../../domain/communication.js';
import { emptyCommunication } from '../../domain/communication.js';
import { findDates, type Language } from '../../domain/dates.js';
import { findCitations } from '../../domain/reference.js';
import { isRecipientCode, stateByCode } from '../../reference-data/index.js';
import { extractOrganizations, extractPersons, type EntityInput } from '../entities/index.js';
import { plain } from './normalize.js';
import { statesNamedIn } from './states.js';

/** A company names itself as the subject of its first sentence: `Brightwell Resources PLC acknowledges receipt ...`. */
const COMPANY = /^(\p{Lu}[^,.;:]{1,80}?)\s+(?:acknowledges receipt|accuse r[ée]ception|acusa recibo|wishes to|would like to|thanks)\b/u;
const SENDER = /(?:Permanent Mission of|Mission permanente d[eu']?|Misi[óo]n Permanente d[e]l?|Government of|Gouvernement d[eu']?|Gobierno d[e]l?)\s*(?:the\s+|la\s+|le\s+|l['’]\s*|el\s+)?([^,.;]{2,80}?)\s+(?:to|to the|auprès|ante|presents|pr[ée]sente|saluda|has|a l['’]honneur|tiene)\b/i;

/**
 * A reply's own heading, when it has one: `Reply of the Government of Borelia to the joint
 * communication AL XAB 6/2023`, `Réponse du Gouvernement …`, `Re: your letter OL XAF 1/2022`.
 */
const HEADING = /^(?:(?:Reply|Response|Answers?|Observations|Comments|Information|Réponses?|Commentaires|Informations|Respuestas?|Observaciones|Comentarios|Información)\s+(?:of|from|by|to|du|de|des|de\s+la|del|al|à|a)\b|(?:Re|Objet|Asunto|Subject)\s*:)/iu;
const HEADING_MAX = 250;

function headingOf(texts: string[]): string | null {
  const heading = texts.slice(0, 12).find((t) => t.length <= HEADING_MAX && HEADING.test(t));
  return heading ? heading.replace(/^(?:Re|Objet|Asunto|Subject)\s*:\s*/iu, '').replace(/[.:\s]+$/u, '') : null;
}

/** The first of the reply's organisations that `text` names, under any of its spellings. */
function organizationIn(organizations: Organization[], text: string): string | null {
  return organizations.find((o) => [o.name, ...o.variants].some((n) => text.includes(n)))?.name ?? null;
}

/** A letterhead is a short first paragraph (`Coldmere Mining Ltd`, then its address). */
const LETTERHEAD_MAX = 200;
/** How many last paragraphs a signature block takes: a name, a title, the company, a date. */
const SIGNATURE_PARAGRAPHS = 4;

export function readReply(paragraphs: string[], language: Language | null): Communication {
  const record = emptyCommunication('reply');
  record.language = language;
  const texts = paragraphs.map(plain);
  record.title = headingOf(texts);
  const all = texts.join('\n');
  const entities: EntityInput = { language: language ?? 'en', paragraphs, subject: null, exclude: [] };
  record.organizations = extractOrganizations(entities);
  const cited = findCitations(all, isRecipientCode);
  record.relatedCommunications = cited.map((c) => ({ reference: c.text, date: c.date }));
  for (const t of texts) {
    const m = SENDER.exec(t);
    const state = m ? statesNamedIn(m[1]!)[0] : undefined;
    if (state) { record.recipient = { code: state.code, name: state.name.en }; break; }
  }
  // The key starts with the code: `KAZ 1/2024`.
  const answered = cited[0]?.key.slice(0, 3);
  if (!record.recipient && answered) {
    const company = texts.slice(0, 8).map((t) => COMPANY.exec(t)?.[1]).find((n) => n !== undefined)
      // Its letterhead, or for a letter to a non-State actor the signature (`Jane Holloway, General Counsel, Coldmere Mining Ltd`).
      ?? (texts[0] && texts[0].length <= LETTERHEAD_MAX ? organizationIn(record.organizations, texts[0]) : null)
      ?? (answered === 'OTH' ? organizationIn(record.organizations, texts.slice(-SIGNATURE_PARAGRAPHS).join('\n')) : null);
    record.recipient = { code: answered, name: company ?? stateByCode(answered)?.name.en ?? null };
  }
  const dateLine = texts.find((t) => t.length <= 60 && findDates(t).some((d) => d.precision === 'day'));
  record.date = dateLine ? findDates(dateLine).find((d) => d.precision === 'day')!.date : null;
  if (record.recipient && record.recipient.code !== 'OTH') record.countries = [record.recipient.code];
  record.persons = extractPersons(entities).map((p) => ({ ...p, role: 'mentioned' }));
  return record;
}
