/**
 * Mandate titles in a header, a capacity paragraph or under a signature, matched to the registry
 * by their current, former, French or Spanish title, or failing that by the closest title (small
 * differences of wording, a gendered form, a missing article).
 */
import type { MandateRef } from '../../domain/communication.js';
import type { Language } from '../../domain/dates.js';
import { fold } from '../../domain/text.js';
import { findMandateByTitle, localizedMandateTitles, mandates, type Mandate } from '../../reference-data/index.js';
import { plain } from './normalize.js';

const BODY = String.raw`(?:Special Rapporteur|Special Representative|Independent Expert|Working Group|Chair(?:person)?(?:-Rapporteur)?|Vice-Chair|Rapporteu(?:r|se) sp[ée]cial(?:e)?|Repr[ée]sentant(?:e)? sp[ée]cial(?:e)?|Expert(?:e)? ind[ée]pendant(?:e)?|Groupe de travail|Pr[ée]sident(?:e)?(?:-Rapporteu(?:r|se))?|Relator(?:a)? Especial|Representante Especial|Expert[oa] Independiente|Grupo de Trabajo|Presidente?(?:a)?(?:-Relator(?:a)?)?)`;
const ARTICLE = String.raw`(?:the\s+|du\s+|de\s+la\s+|de\s+l['’]\s*|des\s+|del\s+|de\s+los\s+|de\s+las\s+|la\s+|le\s+|el\s+|l['’]\s*)?`;
const STARTS_WITH_BODY = new RegExp(`^${BODY}`, 'i');
// Items end at `;`, at `and`/`,` before the next body, or, where a PDF's lines lost their
// punctuation, at the next body's article (`… human rights defenders the Special Rapporteur on …`).
const SPLIT = new RegExp(String.raw`\s*;\s*(?:and\s+|et\s+|y\s+)?|\s*,?\s+(?:and|et|y|e)\s+(?=${ARTICLE}${BODY})|\s*,\s+(?=${ARTICLE}${BODY})|(?<!\b(?:of|de))\s+(?=(?:the|du|del|de\s+la|de\s+l['’])\s*${BODY})`, 'i');
const LEADING_ARTICLE = new RegExp(`^${ARTICLE}`, 'i');
const HEADER = /^(?:Mandates?|Mandats?|Mandatos?)\s+(?:of|du|de\s+la|de\s+l['’]|des|de|del|de\s+los|de\s+las)\s+/i;
const OFFICE_PREFIX = /^(?:(?:Chair|Chairperson|Vice-Chair|Member)(?:-Rapporteur)?(?:\s+on\s+Communications)?|Pr[ée]sident(?:e)?(?:-Rapporteu(?:r|se))?|Vice-pr[ée]sident(?:e)?|Membre|President(?:e|a)?(?:-Relator(?:a)?)?|Vicepresident(?:e|a)|Miembro)\s+(?:of|du|de\s+la|de\s+l['’]|des|de|del)\s+/i;

const GENDER: Array<[RegExp, string]> = [
  [/\brapporteuse speciale\b/g, 'rapporteur special'],
  [/\brepresentante speciale\b/g, 'representant special'],
  [/\bexperte independante\b/g, 'expert independant'],
  [/\brelatora especial\b/g, 'relator especial'],
  [/\bexperta independiente\b/g, 'experto independiente'],
  [/\bpresidenta\b/g, 'presidente'],
  [/\bpresidente relatora\b/g, 'presidente relator'],
];
const STOP = new Set(['the', 'of', 'on', 'and', 'in', 'to', 'a', 'its', 'la', 'le', 'les', 'de', 'des', 'du', 'l', 'et', 'sur', 'a', 'el', 'los', 'las', 'del', 'y', 'en', 'sobre', 'al']);

function key(title: string): string {
  let k = fold(title);
  for (const [re, to] of GENDER) k = k.replace(re, to);
  return k;
}
const tokens = (title: string) => new Set(key(title).split(' ').filter((t) => t && !STOP.has(t)));

interface Candidate { mandate: Mandate; tokens: Set<string> }
let candidates: Candidate[] | undefined;
function allCandidates(): Candidate[] {
  if (candidates) return candidates;
  candidates = [];
  for (const m of mandates()) {
    const local = localizedMandateTitles()[m.id];
    for (const t of [m.title, ...m.formerTitles, ...(local?.fr ?? []), ...(local?.es ?? [])]) candidates.push({ mandate: m, tokens: tokens(t) });
  }
  return candidates;
}

const cleanTitle = (title: string) => plain(title).replace(OFFICE_PREFIX, '').replace(LEADING_ARTICLE, '').replace(/[.,;:\s]+$/, '');

/** A mandate's title in full, as the registry knows it (an office before it aside): not a part of one. */
export function isWholeMandateTitle(title: string): boolean {
  return findMandateByTitle(cleanTitle(title)) !== undefined;
}

/** The registry mandate a title designates, or undefined. */
export function matchMandate(title: string): Mandate | undefined {
  const clean = cleanTitle(title);
  const exact = findMandateByTitle(clean);
  if (exact && clean.split(/\s+/).length > 2) return exact;
  const mine = tokens(clean);
  if (mine.size < 3) return undefined;
  let best: Mandate | undefined;
  let bestScore = 0;
  for (const c of allCandidates()) {
    let common = 0;
    for (const t of mine) if (c.tokens.has(t)) common++;
    const score = (2 * common) / (mine.size + c.tokens.size);
    if (score > bestScore) { bestScore = score; best = c.mandate; }
  }
  return bestScore >= 0.85 ? best : undefined;
}

/** The title to record: the registry's current title for English letters, the printed one otherwise. */
export function mandateRef(printed: string, language: Language | null): MandateRef {
  const clean = plain(printed).replace(LEADING_ARTICLE, '').replace(/[.,;:\s]+$/, '').trim();
  const m = matchMandate(clean);
  if (!m) return { id: null, title: clean };
  return { id: m.id, title: language === 'fr' || language === 'es' ? clean : m.title };
}

/** The titles of a list such as `the Special Rapporteur on X; the Working Group on Y and the Independent Expert on Z`. */
export function splitMandateList(text: string): string[] {
  return plain(text)
    .split(SPLIT)
    .map((t) => t.replace(LEADING_ARTICLE, '').replace(/^[\s,;]+|[\s,;.]+$/g, '').trim())
    .filter((t) => STARTS_WITH_BODY.test(t));
}

/** The mandates of the header paragraph ("Mandates of ...", "Mandats du ...", "Mandatos del ..."), or null when the paragraph is not one. */
export function readMandatesHeader(paragraph: string, language: Language | null): MandateRef[] | null {
  const text = plain(paragraph);
  const m = HEADER.exec(text);
  if (!m) return null;
  return dedupe(splitMandateList(text.slice(m[0].length)).map((t) => mandateRef(t, language)));
}

export function dedupe(refs: MandateRef[]): MandateRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = r.id ?? key(r.title);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export const MANDATE_BODY_PATTERN = BODY;
