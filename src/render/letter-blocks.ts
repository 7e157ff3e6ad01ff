/**
 * A composed letter as blocks to print, the same for the PDF and the DOCX: each paragraph of the
 * corpus convention (`**bold**` inline, `\n` a line break) split into lines of runs, and given the
 * role that decides how it is set (the centred mandates header, a numbered question, a signature,
 * the annex's headings). Pure.
 */
import type { Language } from '../domain/dates.js';
import type { LetterSection } from '../domain/drafting/index.js';

export interface Run {
  text: string;
  bold: boolean;
}

/** One printed line of a paragraph: the runs between two `\n`. */
export type RunLine = Run[];

export type BlockKind =
  | 'header' // the mandates, centred and bold
  | 'heading' // the reference and date block: set close together, not justified
  | 'paragraph'
  | 'question' // a numbered question, set with a hanging number
  | 'signature' // name, then title: kept on one page
  | 'annex-heading' // starts a new page, centred
  | 'annex-subheading';

export interface Block {
  kind: BlockKind;
  lines: RunLine[];
  /** The question's number as printed (`3`), for kind 'question'. */
  number?: string;
}

export interface PrintableLetter {
  language: Language;
  reference: string | null;
  /** `YYYY-MM-DD`. */
  date: string | null;
  blocks: Block[];
}

/** `**bold**` runs of one line; an unclosed `**` is printed as it is. */
export function runsOf(line: string): Run[] {
  const runs: Run[] = [];
  const parts = line.split('**');
  // An even number of markers makes an odd number of parts; otherwise the last marker is text.
  const balanced = parts.length % 2 === 1;
  parts.forEach((text, k) => {
    const bold = balanced && k % 2 === 1;
    const last = !balanced && k === parts.length - 1 && k > 0;
    const piece = last ? `**${text}` : text;
    if (piece === '') return;
    const prev = runs[runs.length - 1];
    if (prev && prev.bold === bold) prev.text += piece;
    else runs.push({ text: piece, bold });
  });
  return runs;
}

const linesOf = (paragraph: string): RunLine[] => paragraph.split('\n').map(runsOf);

const NUMBERED = /^(\d{1,2})\.\s+/;

function numbered(paragraph: string): Block | null {
  const m = NUMBERED.exec(paragraph);
  return m ? { kind: 'question', number: m[1], lines: linesOf(paragraph.slice(m[0].length)) } : null;
}

const KIND_OF_SECTION: Partial<Record<LetterSection['id'], BlockKind>> = {
  header: 'header',
  reference: 'heading',
  date: 'heading',
  signatures: 'signature',
};

/** The blocks of a letter composed section by section (composeLetter's sections). */
export function blocksFromSections(sections: readonly LetterSection[]): Block[] {
  const blocks: Block[] = [];
  for (const s of sections) {
    if (s.paragraphs.length === 0) continue;
    if (s.heading) blocks.push({ kind: 'annex-heading', lines: [runsOf(s.heading)] });
    if (s.subheading) blocks.push({ kind: s.heading ? 'annex-subheading' : 'annex-heading', lines: [runsOf(s.subheading)] });
    for (const p of s.paragraphs) {
      const question = s.id === 'questions' ? numbered(p) : null;
      blocks.push(question ?? { kind: KIND_OF_SECTION[s.id] ?? 'paragraph', lines: linesOf(p) });
    }
  }
  return blocks;
}

const HEADING = /^(#{2,3})\s+(.*)$/;

/**
 * The blocks of a letter known only by its text (paragraphs separated by blank lines, the
 * annex's headings as `## **Annex**`): the first paragraph is the mandates header, numbered
 * paragraphs are questions, and the rest is set as body text.
 */
export function blocksFromText(text: string): Block[] {
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n+/).map((p) => p.trim()).filter(Boolean);
  return paragraphs.map((p, k): Block => {
    const h = HEADING.exec(p);
    if (h) return { kind: h[1] === '##' ? 'annex-heading' : 'annex-subheading', lines: [runsOf(h[2]!)] };
    if (k === 0) return { kind: 'header', lines: linesOf(p) };
    return numbered(p) ?? { kind: 'paragraph', lines: linesOf(p) };
  });
}

/** The words of a page footer: `2 of 5`, `2 sur 5`, `2 de 5`. */
export function pageOf(language: Language, page: number, pages: number): string {
  const of = language === 'fr' ? 'sur' : language === 'es' ? 'de' : 'of';
  return `${page} ${of} ${pages}`;
}

/** A file name for the letter: `AL-XAA-1-2026`. */
export function fileStemOf(reference: string | null): string {
  const stem = (reference ?? 'letter').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return stem || 'letter';
}
