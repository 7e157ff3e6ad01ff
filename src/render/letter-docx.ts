/**
 * A letter as a Word document with the same structure as the PDF, in Word's own terms: A4, the
 * mandates header in a centred style, justified body text, the questions as a real numbered list
 * (the numbers are Word's, not typed), bold runs, the signatures kept together, the annex's
 * headings as Heading 1 and 2 starting a new page, and "n of N" page fields in the footer.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
} from 'docx';
import type { Language } from '../domain/dates.js';
import type { Block, PrintableLetter, RunLine } from './letter-blocks.js';
import { letterFonts, type LetterFonts } from './letter-fonts.js';

/** Twentieths of a point. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1440, bottom: 1440, left: 1560, right: 1440, footer: 720 };
/** Half-points. */
const SIZE = 23;
const AFTER = 180;
const QUESTIONS = 'letter-questions';

export interface DocxRenderOptions {
  fonts?: LetterFonts;
}

function runs(lines: RunLine[], extra: IRunOptions = {}): TextRun[] {
  return lines.flatMap((line, k) =>
    (line.length ? line : [{ text: '', bold: false }]).map((r, j) =>
      new TextRun({ ...extra, text: r.text, bold: r.bold || extra.bold === true, ...(k > 0 && j === 0 ? { break: 1 } : {}) }),
    ),
  );
}

function paragraphOf(block: Block, first: { annex: boolean }): Paragraph {
  switch (block.kind) {
    case 'header':
      return new Paragraph({ style: 'LetterHeader', children: runs(block.lines, { bold: true }) });
    case 'heading':
      return new Paragraph({ style: 'LetterHeading', children: runs(block.lines) });
    case 'annex-heading': {
      const breakBefore = first.annex;
      first.annex = false;
      return new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: breakBefore, children: runs(block.lines) });
    }
    case 'annex-subheading':
      return new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(block.lines) });
    case 'question':
      return new Paragraph({ numbering: { reference: QUESTIONS, level: 0 }, alignment: AlignmentType.JUSTIFIED, children: runs(block.lines) });
    case 'signature':
      return new Paragraph({ style: 'LetterSignature', keepLines: true, children: runs(block.lines) });
    case 'paragraph':
      return new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: runs(block.lines) });
  }
}

const PAGE_WORDS: Record<Language, string> = { en: ' of ', fr: ' sur ', es: ' de ' };

export async function renderLetterDocx(letter: PrintableLetter, options: DocxRenderOptions = {}): Promise<Uint8Array> {
  const fonts = options.fonts ?? letterFonts();
  const font = fonts.docxFamily;
  const first = { annex: true };
  const doc = new Document({
    title: letter.reference ?? 'Letter',
    subject: 'Communication of the Special Procedures',
    styles: {
      default: {
        document: { run: { font, size: SIZE }, paragraph: { spacing: { after: AFTER } } },
        heading1: { run: { font, size: SIZE, bold: true, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: AFTER } } },
        heading2: { run: { font, size: SIZE, bold: true, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: AFTER * 1.5 } } },
      },
      paragraphStyles: [
        { id: 'LetterHeader', name: 'Letter Header', basedOn: 'Normal', run: { bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: AFTER * 3 } } },
        { id: 'LetterHeading', name: 'Letter Reference', basedOn: 'Normal', paragraph: { spacing: { after: AFTER } } },
        { id: 'LetterSignature', name: 'Letter Signature', basedOn: 'Normal', paragraph: { spacing: { before: AFTER, after: AFTER * 2 } } },
      ],
    },
    numbering: {
      config: [{
        reference: QUESTIONS,
        levels: [{
          level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 567, hanging: 567 } } },
        }],
      }],
    },
    sections: [{
      properties: { page: { size: A4, margin: MARGIN } },
      footers: {
        default: new Footer({
          children: [new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({ children: [PageNumber.CURRENT], size: 18 }),
              new TextRun({ text: PAGE_WORDS[letter.language], size: 18 }),
              new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18 }),
            ],
          })],
        }),
      },
      children: letter.blocks.map((b) => paragraphOf(b, first)),
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
