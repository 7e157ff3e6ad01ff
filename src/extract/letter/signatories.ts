/**
 * The signatories after the closing formula: a name, then a title (`Mary Lawlor` / `Special
 * Rapporteur on ...`), on separate lines or joined into one paragraph by the reader of a PDF. Each
 * is matched to its mandate by the title, or by the registry's holders when the title is missing.
 */
import type { Signatory } from '../../domain/communication.js';
import { fold } from '../../domain/text.js';
import { holdersIn, mandates } from '../../reference-data/index.js';
import { MANDATE_BODY_PATTERN, matchMandate } from './mandates.js';
import { plain } from './normalize.js';

const TITLE_START = new RegExp(
  String.raw`(?:^|\s)(?=(?:(?:Chair|Chairperson|Vice-Chair|Member)(?:-Rapporteur)?\s+(?:on\s+Communications\s+)?of|Pr[ée]sident(?:e)?-Rapporteu(?:r|se)|Vice-pr[ée]sident(?:e)?|Presidente?(?:a)?-Relator(?:a)?|Vicepresident[ea])\b|${MANDATE_BODY_PATTERN}\b)`,
  'i',
);
const NAME = /^[\p{Lu}][\p{L}'’.-]*(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|de|da|del|van|von|der|le|la|al|el|bin|ibn|y|e|dos|das|di))*$/u;

function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 1 && words.length <= 7 && NAME.test(text) && !/\d/.test(text);
}

function matchByHolder(name: string, year: number | null): string | null {
  const key = fold(name);
  for (const m of mandates()) {
    const holders = year ? holdersIn(m, year) : m.holders;
    if (holders.some((h) => fold(h.name) === key)) return m.id;
  }
  return null;
}

export function readSignatories(paragraphs: string[], year: number | null): Signatory[] {
  const out: Signatory[] = [];
  let pending: string | null = null;
  const push = (name: string, title: string | null) => {
    const mandate = title ? matchMandate(title) : undefined;
    out.push({ name, title, mandateId: mandate?.id ?? matchByHolder(name, year) });
  };
  for (const raw of paragraphs) {
    const p = plain(raw).replace(/[,;]\s*$/, '').trim();
    if (!p) continue;
    if (p.length > 400 || /^(?:Annex|Annexe|Anexo)\b/i.test(p)) break;
    const at = TITLE_START.exec(p);
    const cut = at ? at.index + (at[0].length) : -1;
    const name = (at ? p.slice(0, at.index) : p).trim();
    const title = at ? p.slice(cut).trim() : null;
    if (title !== null && name && looksLikeName(name)) {
      if (pending) push(pending, null);
      pending = null;
      push(name, title);
    } else if (title !== null && pending) {
      push(pending, title);
      pending = null;
    } else if (title === null && looksLikeName(p)) {
      if (pending) push(pending, null);
      pending = p;
    } else if (title !== null && out.length && out[out.length - 1]!.title) {
      // A title wrapped onto a second line.
      out[out.length - 1]!.title += ` ${title}`;
    }
  }
  if (pending) push(pending, null);
  return out;
}
