/**
 * A reply from a State: the communication it answers (into relatedCommunications), its date and its
 * sender State (recorded as the recipient of the exchange).
 */
import type { Communication } from '../../domain/communication.js';
import { emptyCommunication } from '../../domain/communication.js';
import { findDates, type Language } from '../../domain/dates.js';
import { findReferences } from '../../domain/reference.js';
import { plain } from './normalize.js';
import { statesNamedIn } from './states.js';

const SENDER = /(?:Permanent Mission of|Mission permanente d[eu']?|Misi[óo]n Permanente d[e]l?|Government of|Gouvernement d[eu']?|Gobierno d[e]l?)\s*(?:the\s+|la\s+|le\s+|l['’]\s*|el\s+)?([^,.;]{2,80}?)\s+(?:to|to the|auprès|ante|presents|pr[ée]sente|saluda|has|a l['’]honneur|tiene)\b/i;

export function readReply(paragraphs: string[], language: Language | null): Communication {
  const record = emptyCommunication('reply');
  record.language = language;
  const texts = paragraphs.map(plain);
  const all = texts.join('\n');
  for (const r of findReferences(all)) {
    if (!record.relatedCommunications.some((x) => x.reference === r.reference.text)) {
      record.relatedCommunications.push({ reference: r.reference.text, date: r.date });
    }
  }
  for (const t of texts) {
    const m = SENDER.exec(t);
    const state = m ? statesNamedIn(m[1]!)[0] : undefined;
    if (state) { record.recipient = { code: state.code, name: state.name.en }; break; }
  }
  const dateLine = texts.find((t) => t.length <= 60 && findDates(t).some((d) => d.precision === 'day'));
  record.date = dateLine ? findDates(dateLine).find((d) => d.precision === 'day')!.date : null;
  if (record.recipient) record.countries = [record.recipient.code];
  return record;
}
