/**
 * Where a text names a person: after an honorific (`Ms. Dinara Smailova`, `M. Eric Lembembe`,
 * `la Sra. María Pérez`), in bold (`**Dinara Smailova**`), after a descriptor (`journalist Jane
 * Doe`, `le journaliste Jean Dupont`), before one (`Jane Doe, a journalist`), after `named`, and,
 * in reports, beside a verb of saying (`said Vika Kim`).
 */
import type { Language } from '../../domain/dates.js';
import { honorificGender, honorificSource, pluralHonorificSource, type Gender } from './honorifics.js';
import { isBold, type PlainText } from './markup.js';
import { cleanName, nameSource } from './name-pattern.js';
import { DESCRIPTOR_PATTERN_LOWER, TITLE_PATTERN } from './vocabulary.js';

export type MentionKind = 'honorific' | 'bold' | 'context' | 'speech';

export interface PersonMention {
  name: string;
  kind: MentionKind;
  gender: Gender | null;
  bold: boolean;
  /** Paragraph index, or -1 for the subject. */
  paragraph: number;
  start: number;
  end: number;
}

const NAME = nameSource(6);
const NAME2 = nameSource(5);

const compiled = new Map<Language, RegExp[]>();
function patterns(language: Language) {
  let p = compiled.get(language);
  if (!p) {
    p = [
      new RegExp(`(${honorificSource(language)})(?:\\.\\s*|\\s+)(${NAME})`, 'gu'),
      new RegExp(`(${pluralHonorificSource()})(?:\\.\\s*|\\s+)((?:${NAME})(?:\\s*(?:,|and|et|y|e)\\s*(?:${NAME}))*)`, 'gu'),
    ];
    compiled.set(language, p);
  }
  return p;
}

// Context words are found first; the name is then read beside them on a short slice, which is
// much faster than trying a name pattern at every capital letter of the text.
const DESCRIPTOR = new RegExp(`(?:${DESCRIPTOR_PATTERN_LOWER})s?(?![A-Za-z\\u00C0-\\u024F])`, 'gi');
const NAMED = /(?:named|called|identified as|nommée?|dénommée?|prénommée?|llamad[oa]|de nombre|identificad[oa] como)(?![\p{L}])/gu;
const TITLED = new RegExp(`${TITLE_PATTERN}(?![\\p{L}])`, 'gu');
const SAY = /(?:said|says|told|added|explained|noted|stated|wrote|warned|argued|according to|a déclaré|a dit|a affirmé|a expliqué|a ajouté|selon|dijo|afirmó|declaró|explicó|señaló|agregó|añadió|según)(?![\p{L}])/gu;
const AGE = /,\s+\d{1,3},/gu;
const NAME_NEXT = new RegExp(`^,?\\s+(${NAME2})`, 'u');
const NAME_APPOSED_BEFORE = new RegExp(
  `(${NAME2}),\\s+(?:(?:a|an|the|un|une|le|la|el|its|our|former|ex|una)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}$`,
  'u',
);
const NAME_JUST_BEFORE = new RegExp(`(${NAME2}),?\\s*$`, 'u');
const WINDOW = 120;
const LETTER = /[\p{L}\p{M}]/u;
const NOT_AFTER_HONORIFIC = /[\p{L}.#]/u;

export function mentionsIn(
  plain: PlainText,
  paragraph: number,
  language: Language,
  options: { report: boolean },
): PersonMention[] {
  const text = plain.text;
  const out: PersonMention[] = [];
  const push = (raw: string, at: number, kind: MentionKind, gender: Gender | null, minWords: number) => {
    const name = cleanName(raw, { minWords, dropLeading: kind !== 'honorific' });
    if (!name) return;
    const start = text.indexOf(name, at);
    const end = start + name.length;
    out.push({ name, kind, gender, bold: isBold(plain, start, end), paragraph, start, end });
  };
  const [single, plural] = patterns(language);
  for (const m of text.matchAll(single!)) if (m.index === 0 || !NOT_AFTER_HONORIFIC.test(text[m.index - 1]!)) push(m[2]!, m.index + m[1]!.length, 'honorific', honorificGender(m[1]!), 1);
  for (const m of text.matchAll(plural!)) {
    if (m.index > 0 && NOT_AFTER_HONORIFIC.test(text[m.index - 1]!)) continue;
    const gender = honorificGender(m[1]!);
    let at = m.index + m[1]!.length;
    for (const part of m[2]!.split(/\s*(?:,|\band\b|\bet\b|\by\b|\be\b)\s*/u)) {
      if (part) push(part, at, 'honorific', gender, 1);
      at = text.indexOf(part, at) + part.length;
    }
  }
  for (const [s, e] of plain.bold) {
    const raw = text.slice(s, e).trim();
    const name = cleanName(raw, { minWords: 2, dropLeading: false });
    if (name && name === raw.replace(/['’]s?$/u, '') && raw.split(/\s+/).length <= 6) {
      out.push({ name, kind: 'bold', gender: null, bold: true, paragraph, start: s, end: s + name.length });
    }
  }
  // The patterns above have no look-behind (it makes them several times slower): check here.
  const wordStart = (i: number) => i === 0 || !LETTER.test(text[i - 1]!);
  const after = (m: RegExpMatchArray, kind: MentionKind) => {
    if (!wordStart(m.index!)) return;
    const at = m.index! + m[0].length;
    const n = NAME_NEXT.exec(text.slice(at, at + WINDOW));
    if (n) push(n[1]!, at, kind, null, 2);
  };
  const before = (m: RegExpMatchArray, re: RegExp, kind: MentionKind) => {
    if (!wordStart(m.index!) && m[0][0] !== ',') return;
    const from = Math.max(0, m.index! - WINDOW);
    const n = re.exec(text.slice(from, m.index!));
    if (n) push(n[1]!, from + n.index, kind, null, 2);
  };
  for (const m of text.matchAll(DESCRIPTOR)) {
    after(m, 'context');
    before(m, NAME_APPOSED_BEFORE, 'context');
  }
  for (const m of text.matchAll(NAMED)) after(m, 'context');
  for (const m of text.matchAll(TITLED)) after(m, 'context');
  if (options.report) {
    for (const m of text.matchAll(SAY)) {
      after(m, 'speech');
      before(m, NAME_JUST_BEFORE, 'speech');
    }
    for (const m of text.matchAll(AGE)) before(m, NAME_JUST_BEFORE, 'speech');
  }
  return out.filter((m) => m.start >= 0);
}

/** Capitalised runs of two words or more: for finding known names again (in the subject). */
const RUN = new RegExp(NAME2, 'gu');
export function nameRuns(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(RUN)) {
    const name = cleanName(m[0], { minWords: 1 });
    if (name) out.push(name);
  }
  return out;
}
