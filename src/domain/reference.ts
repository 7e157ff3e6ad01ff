/**
 * The reference of a communication, `TYPE CODE n/YYYY` (`AL KAZ 1/2024`), as real letters print it:
 * after `Ref.:`, `Référence :` or `Referencia:`, with the space lost (`OLCHN 17/2020`), a dot for
 * the slash (`OL SLV 8.2021`), the joint prefix of public listings (`JUA`), or, before about 2015,
 * internal codes ahead of the country code (`UA G/SO 214 (53-24) G/SO 218/2 IRN 12/2013`).
 */
import type { CommunicationType, Reference } from './communication.js';
import { findDates } from './dates.js';

export interface ReferenceMatch {
  reference: Reference;
  /** True when printed with the joint prefix (`JUA`, `JAL`, `JOL`). */
  joint: boolean;
  index: number;
  length: number;
  /** The date the text gives next to the reference (`sent on 25 October 2019`), when it gives one. */
  date: string | null;
}

// The type word, then up to 250 characters of internal codes, then `CODE n/YYYY`.
// One regex object reused (lastIndex reset by each caller, none re-entrant): a new RegExp per call
// loses V8's compiled code.
const TYPE = /(?<![A-Za-z])J?(UA|AL|OL)(?![a-z])/g;
const TAIL = /^([\s\S]{0,250}?)(?<![A-Za-z])([A-Z]{3})[\s\u00a0]*(\d{1,4})[\s\u00a0]*[/.][\s\u00a0]*((?:19|20)\d{2})(?!\d)/;
// Internal codes are G/SO file numbers and parenthesised series such as `(53-24)` or `(2010-1)`.
const INTERNAL_CODE_HINT = /G\/SO|\(\d+(?:-\d+)+\)/;
const INTERNAL_SPLIT = /\s+(?=G\/SO\b)|(?<=\))\s+/;

export function formatReference(ref: Pick<Reference, 'type' | 'recipient' | 'number' | 'year'>): string {
  return `${ref.type} ${formatKey(ref)}`;
}

/** The key of a letter whatever its type, as public listings print it: `KAZ 1/2024`. */
export function formatKey(ref: Pick<Reference, 'recipient' | 'number' | 'year'>): string {
  return `${ref.recipient} ${ref.number}/${ref.year}`;
}

function readAt(text: string, typeMatch: RegExpExecArray): Omit<ReferenceMatch, 'date'> | null {
  const start = typeMatch.index + typeMatch[0].length;
  const tail = TAIL.exec(text.slice(start, start + 300));
  if (!tail) return null;
  const middle = tail[1]!.trim();
  if (middle && !(/^[\s:.,-]*$/.test(middle) || INTERNAL_CODE_HINT.test(middle))) return null;
  if (/[.;]\s+[A-Z][a-z]/.test(middle)) return null; // a sentence ends in between: not one reference
  const number = Number(tail[3]);
  const year = Number(tail[4]);
  if (number < 1) return null;
  const type = typeMatch[1] as CommunicationType;
  const recipient = tail[2]!;
  const reference: Reference = { type, recipient, number, year, text: formatReference({ type, recipient, number, year }) };
  const codes = middle.replace(/^[\s:.,-]+|[\s:.,-]+$/g, '');
  if (codes) reference.internalCodes = codes.split(INTERNAL_SPLIT).map((c) => c.trim()).filter(Boolean);
  return { reference, joint: typeMatch[0].startsWith('J'), index: typeMatch.index, length: start - typeMatch.index + tail[0].length };
}

const AFTER_LINK = /^[\s),:;\]]*(?:(?:and|which\s+was|that\s+was|was|were|sent|transmitted|dated|of|on|du|en\s+date\s+du|envoy[ée]e?s?|transmise?s?|le|de\s+fecha|fechad[ao]s?|enviad[ao]s?|transmitid[ao]s?|del|de|el|от|المؤرخة|المؤرخ|بتاريخ|في)\s+)*(?:于|日期为|，|\s)*$/iu;
// `2023年4月2日联合来函（OL XAB 2/2023）`: a Chinese date comes first, then `joint letter`;
// `our communication of 2 September 2019 (ref. OL XAB 3/2019)`.
const BEFORE_LINK = /^[\s,，]*(?:联合来函|来函|信函)?[(\[（]?\s*(?:(?:ref|réf|reference|référence|referencia)\.?\s*:?\s*)?$/iu;

function nearbyDate(text: string, index: number, length: number): string | null {
  const after = text.slice(index + length, index + length + 60);
  const next = findDates(after).find((d) => d.precision === 'day');
  if (next && AFTER_LINK.test(after.slice(0, next.index))) return next.date;
  const beforeStart = Math.max(0, index - 60);
  const before = text.slice(beforeStart, index);
  const prev = findDates(before).filter((d) => d.precision === 'day').pop();
  if (prev && BEFORE_LINK.test(before.slice(prev.index + prev.length))) return prev.date;
  return null;
}

/** Every reference cited in a text, in order, each with the date written next to it when there is one. */
export function findReferences(text: string): ReferenceMatch[] {
  const out: ReferenceMatch[] = [];
  const re = TYPE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const found = readAt(text, m);
    if (!found) continue;
    out.push({ ...found, date: nearbyDate(text, found.index, found.length) });
    re.lastIndex = found.index + found.length;
  }
  return out;
}

/** A letter cited in a text: its canonical reference, or `CODE n/YYYY` when the text gives no type. */
export interface Citation {
  /** `AL KAZ 1/2024`, or `KAZ 1/2024` as public listings print it. */
  text: string;
  /** `KAZ 1/2024`: the letter whatever its type. */
  key: string;
  index: number;
  date: string | null;
}

// `(MEX 10/2021)`, `communication KAZ 1/2024`: the listing form, without the type. Only with a slash:
// `ABC 1.2020` is too often something else.
const UNTYPED = /(?<![A-Za-z/])([A-Z]{3})[ \u00a0]?(\d{1,4})[ \u00a0]*\/[ \u00a0]*((?:19|20)\d{2})(?![\d/])/g;

/**
 * Every letter a text cites, in order and once each: typed references, and the listing form without
 * the type when `isRecipient` knows its code (so that `ISO 9001/2015` is not taken for a letter).
 */
export function findCitations(text: string, isRecipient: (code: string) => boolean): Citation[] {
  const found: Citation[] = [];
  const spans: Array<[number, number]> = [];
  for (const r of findReferences(text)) {
    const ref = r.reference;
    found.push({ text: ref.text, key: formatKey(ref), index: r.index, date: r.date });
    spans.push([r.index, r.index + r.length]);
  }
  const re = UNTYPED;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    if (spans.some(([s, e]) => at >= s && at < e) || !isRecipient(m[1]!) || Number(m[2]) < 1) continue;
    const key = formatKey({ recipient: m[1]!, number: Number(m[2]), year: Number(m[3]) });
    found.push({ text: key, key, index: at, date: nearbyDate(text, at, m[0].length) });
  }
  re.lastIndex = 0;
  found.sort((a, b) => a.index - b.index);
  const seen = new Set<string>();
  const typed = new Set(found.filter((c) => c.text !== c.key).map((c) => c.key));
  return found.filter((c) => {
    if (seen.has(c.text) || (c.text === c.key && typed.has(c.key))) return false;
    seen.add(c.text);
    return true;
  });
}

/** The first reference in a line or passage, or null. */
export function parseReference(text: string): Reference | null {
  const re = TYPE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const found = readAt(text, m);
    if (found) return found.reference;
  }
  return null;
}
