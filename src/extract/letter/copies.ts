/**
 * Other States sent a copy: "a copy of this letter will be sent to the Government of Montenegro"
 * ("une copie de la présente lettre sera transmise au Gouvernement de ...", "se enviará copia de esta
 * comunicación al Gobierno de ...", "This letter is also being sent to the Governments of A and B").
 */
import type { Country } from '../../domain/communication.js';
import { statesNamedIn } from './states.js';
import { plain } from './normalize.js';

const COPY = /\b(?:cop(?:y|ies)|copie|copia)\b|\balso\b[^.]{0,40}\b(?:sent|transmitted|addressed)|[ée]galement\s+(?:envoy|transmis|adress)|tambi[ée]n\s+(?:ha\s+sido\s+|se\s+ha\s+)?(?:enviad|transmitid|dirigid)/i;
const ADDRESSEE = /\b(?:Governments?|Gouvernements?|Gobiernos?|Permanent Missions?|Missions? permanentes?|Misi[óo]n(?:es)? Permanentes?)\b/i;

export function readCopies(paragraphs: string[], recipient: string | null): Country[] {
  const out: Country[] = [];
  for (const raw of paragraphs) {
    if (!COPY.test(raw)) continue;
    for (const sentence of plain(raw).split(/(?<=[.;])\s+/)) {
      const copy = COPY.exec(sentence);
      if (!copy) continue;
      const rest = sentence.slice(copy.index);
      const to = ADDRESSEE.exec(rest);
      if (!to) continue;
      for (const s of statesNamedIn(rest.slice(to.index + to[0].length))) {
        if (s.code !== recipient && !out.some((c) => c.code === s.code)) out.push({ code: s.code, name: s.name.en });
      }
    }
  }
  return out;
}
