/**
 * Where a text names a person: after an honorific (`Ms. Dinara Smailova`, `M. Eric Lembembe`,
 * `la Sra. María Pérez`), in bold (`**Dinara Smailova**`), after a descriptor (`journalist Jane
 * Doe`, `le journaliste Jean Dupont`), before one (`Jane Doe, a journalist`), after `named`, and,
 * in reports, beside a verb of saying (`said Vika Kim`), and at the head of an item of a list of the
 * persons concerned (`3. Ilka Moravec, teacher`, or a table row `| 3 | Ilka Moravec | teacher |`).
 */
import type { Language } from '../../domain/dates.js';
import { hasPluralHonorific, honorificGender, honorificSource, pluralHonorificSource, type Gender } from './honorifics.js';
import { isBold, type PlainText } from './markup.js';
import { cleanName, nameSource } from './name-pattern.js';
import { DESCRIPTOR_PATTERN_LOWER, LATIN_LETTER, NAMING_WORDS_PATTERN, TITLE_PATTERN } from './vocabulary.js';
import { allMatches } from '../all-matches.js';

export type MentionKind = 'honorific' | 'bold' | 'context' | 'speech' | 'listed';

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
      // The honorific an item of a list opens with.
      new RegExp(`^(${honorificSource(language)})(?:\\.\\s*|\\s+)`, 'u'),
    ];
    compiled.set(language, p);
  }
  return p;
}

// Context words are found first; the name is then read beside them on a short slice, which is
// much faster than trying a name pattern at every capital letter of the text.
const DESCRIPTOR = new RegExp(`(?:${DESCRIPTOR_PATTERN_LOWER})s?(?!${LATIN_LETTER})`, 'gi');
// `named X` (group 1) and `President X` in one scan: no word of one list overlaps a word of the other.
// Every word of both starts with an ASCII letter, so one `\b` before both gives up positions inside
// words at once (the scan 17.4 -> 10.9 ms over 300 letters; a `\b` in each list, 13.6 ms). `after`
// still checks the start of the word.
const NAMED_OR_TITLED = new RegExp(
  `\\b(?:(${NAMING_WORDS_PATTERN})(?![\\p{L}])|${TITLE_PATTERN}(?![\\p{L}]))`,
  'gu',
);
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

/**
 * The mentions of one text as they are found. A class rather than closures inside `mentionsIn`:
 * tsx (esbuild `keepNames`) names every closure at each call, which cost more than the work here.
 */
class Mentions {
  readonly out: PersonMention[] = [];
  private readonly text: string;

  constructor(private readonly plain: PlainText, private readonly paragraph: number) {
    this.text = plain.text;
  }

  push(raw: string, at: number, kind: MentionKind, gender: Gender | null, minWords: number): void {
    const name = cleanName(raw, { minWords, dropLeading: kind !== 'honorific' });
    if (!name) return;
    const start = this.text.indexOf(name, at);
    const end = start + name.length;
    this.out.push({ name, kind, gender, bold: isBold(this.plain, start, end), paragraph: this.paragraph, start, end });
  }

  // The patterns have no look-behind (it makes them several times slower): checked here.
  private wordStart(i: number): boolean {
    return i === 0 || !LETTER.test(this.text[i - 1]!);
  }

  /** A name just after a context word. */
  after(m: RegExpMatchArray, kind: MentionKind): void {
    if (!this.wordStart(m.index!)) return;
    const at = m.index! + m[0].length;
    const n = NAME_NEXT.exec(this.text.slice(at, at + WINDOW));
    if (n) this.push(n[1]!, at, kind, null, 2);
  }

  /** A name just before a context word, read by `re` on the text before it. */
  before(m: RegExpMatchArray, re: RegExp, kind: MentionKind): void {
    if (!this.wordStart(m.index!) && m[0][0] !== ',') return;
    const from = Math.max(0, m.index! - WINDOW);
    const n = re.exec(this.text.slice(from, m.index!));
    if (n) this.push(n[1]!, from + n.index, kind, null, 2);
  }
}

export function mentionsIn(
  plain: PlainText,
  paragraph: number,
  language: Language,
  options: { report: boolean },
): PersonMention[] {
  const text = plain.text;
  const found = new Mentions(plain, paragraph);
  const out = found.out;
  const [single, plural] = patterns(language);
  for (const m of allMatches(single!, text)) if (m.index === 0 || !NOT_AFTER_HONORIFIC.test(text[m.index - 1]!)) found.push(m[2]!, m.index + m[1]!.length, 'honorific', honorificGender(m[1]!), 1);
  for (const m of hasPluralHonorific(text) ? allMatches(plural!, text) : []) {
    if (m.index > 0 && NOT_AFTER_HONORIFIC.test(text[m.index - 1]!)) continue;
    const gender = honorificGender(m[1]!);
    let at = m.index + m[1]!.length;
    for (const part of m[2]!.split(/\s*(?:,|\band\b|\bet\b|\by\b|\be\b)\s*/u)) {
      if (part) found.push(part, at, 'honorific', gender, 1);
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
  for (const m of allMatches(DESCRIPTOR, text)) {
    found.after(m, 'context');
    found.before(m, NAME_APPOSED_BEFORE, 'context');
  }
  const titled: RegExpExecArray[] = [];
  for (const m of allMatches(NAMED_OR_TITLED, text)) {
    if (m[1] !== undefined) found.after(m, 'context');
    else titled.push(m);
  }
  // Mentions after a title come after those after `named`, as when the two were scanned apart.
  for (const m of titled) found.after(m, 'context');
  if (options.report) {
    for (const m of allMatches(SAY, text)) {
      found.after(m, 'speech');
      found.before(m, NAME_JUST_BEFORE, 'speech');
    }
    for (const m of allMatches(AGE, text)) found.before(m, NAME_JUST_BEFORE, 'speech');
  }
  return out.filter((m) => m.start >= 0);
}

/** Capitalised runs of two words or more: for finding known names again (in the subject). */
const RUN = new RegExp(NAME2, 'gu');
export function nameRuns(text: string): string[] {
  const out: string[] = [];
  for (const m of allMatches(RUN, text)) {
    const name = cleanName(m[0], { minWords: 1 });
    if (name) out.push(name);
  }
  return out;
}

const ITEM_MARKER = /^\s*(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|[-•*▪◦–])?\s*/u;
const LISTED_NAME = new RegExp(`^(${NAME})\\s*(?:[,(;:–-]|$)`, 'u');
const TABLE_CELLS = /\s*\|\s*/;
/** A table's header row names its columns: `| No. | Full name | Age |`. */
const TABLE_HEADER = /(?:^|\|)\s*(?:(?:full |first |last )?names?|nom(?: complet)?|pr[ée]nom|nombres?(?: completo)?|apellidos?)\s*(?:\||$)/i;

/** The person an item of a list of the persons concerned starts with (or, in a table row, its first cell that is a name). */
export function listedMention(plain: PlainText, paragraph: number, language: Language): PersonMention | null {
  const text = plain.text;
  if (text.includes('|')) {
    if (TABLE_HEADER.test(text)) return null;
    let at = 0;
    for (const cell of text.split(TABLE_CELLS)) {
      const start = text.indexOf(cell, at);
      at = start + cell.length;
      const found = cell ? listedAt(plain, start, cell, paragraph, language) : null;
      if (found) return found;
    }
    return null;
  }
  const marker = ITEM_MARKER.exec(text)!;
  return listedAt(plain, marker[0].length, text.slice(marker[0].length), paragraph, language);
}

function listedAt(plain: PlainText, offset: number, item: string, paragraph: number, language: Language): PersonMention | null {
  const honorific = patterns(language)[2]!.exec(item);
  const at = honorific ? honorific[0].length : 0;
  const m = LISTED_NAME.exec(item.slice(at));
  const name = m ? cleanName(m[1]!, { minWords: 2, dropLeading: false }) : null;
  if (!name || !item.startsWith(name, at)) return null;
  const start = offset + at;
  return {
    name, kind: 'listed', gender: honorific ? honorificGender(honorific[1]!) : null,
    bold: isBold(plain, start, start + name.length), paragraph, start, end: start + name.length,
  };
}
