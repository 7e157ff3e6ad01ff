/**
 * A letter as a PDF that looks like the ones the Special Procedures send: A4, margins of a formal
 * letter, the mandates centred in bold at the head, the reference and date, justified paragraphs
 * with their bold runs, numbered questions with a hanging number, the signatures kept whole on a
 * page, the annex on a page of its own, and "n of N" at the foot of every page.
 */
import PDFDocument from 'pdfkit';
import type { Block, PrintableLetter, RunLine } from './letter-blocks.js';
import { pageOf } from './letter-blocks.js';
import { letterFonts, type LetterFonts } from './letter-fonts.js';

const MARGIN = { top: 72, bottom: 72, left: 78, right: 72 };
const SIZE = 11.5;
const LINE_GAP = 2;
const PARAGRAPH_GAP = 9;
const QUESTION_INDENT = 28;
const FOOTER_FROM_BOTTOM = 42;
/** Paragraphs of at most this many lines are kept on one page. */
const SHORT_LINES = 4;

export interface PdfRenderOptions {
  fonts?: LetterFonts;
}

type Align = 'left' | 'center' | 'justify';

export function renderLetterPdf(letter: PrintableLetter, options: PdfRenderOptions = {}): Promise<Uint8Array> {
  const fonts = options.fonts ?? letterFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    lang: letter.language,
    info: { Title: letter.reference ?? 'Letter', Subject: 'Communication of the Special Procedures' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  doc.registerFont('letter', fonts.regular);
  doc.registerFont('letter-bold', fonts.bold);

  const left = MARGIN.left;
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const bottom = () => doc.page.height - MARGIN.bottom;

  /** One line of runs from (x, current y), wrapped in `w`. */
  const writeLine = (line: RunLine, x: number, w: number, align: Align) => {
    // pdfkit loses the space at the start of a continued run on a justified line: move it to the end of the run before.
    const runs: RunLine = [];
    for (const r of line) {
      const lead = /^\s+/.exec(r.text)?.[0] ?? '';
      const prev = runs[runs.length - 1];
      if (lead && prev) prev.text += lead;
      const text = prev ? r.text.slice(lead.length) : r.text;
      if (text !== '') runs.push({ ...r, text });
    }
    if (runs.length === 0) {
      doc.font('letter').fontSize(SIZE).text(' ', x, doc.y, { width: w, lineGap: LINE_GAP });
      return;
    }
    runs.forEach((run, k) => {
      doc.font(run.bold ? 'letter-bold' : 'letter').fontSize(SIZE);
      const opts = { width: w, align, lineGap: LINE_GAP, continued: k < runs.length - 1 };
      if (k === 0) doc.text(run.text, x, doc.y, opts);
      else doc.text(run.text, opts);
    });
  };

  const lineHeight = () => doc.font('letter').fontSize(SIZE).currentLineHeight(true) + LINE_GAP;

  /** Height the block's lines take at this width (for keeping a block whole on a page). */
  const heightOf = (block: Block, w: number) =>
    block.lines.reduce((h, line) => {
      const text = line.map((r) => r.text).join('') || ' ';
      return h + doc.font(line.some((r) => r.bold) ? 'letter-bold' : 'letter').fontSize(SIZE).heightOfString(text, { width: w, lineGap: LINE_GAP });
    }, 0);

  const keepWhole = (height: number) => {
    if (doc.y + height > bottom() && doc.y > MARGIN.top + 1) doc.addPage();
  };

  let previous: Block['kind'] | null = null;
  for (const block of letter.blocks) {
    switch (block.kind) {
      case 'header':
        for (const line of block.lines) writeLine(line.map((r) => ({ ...r, bold: true })), left, width, 'center');
        doc.y += PARAGRAPH_GAP * 2;
        break;
      case 'heading':
        for (const line of block.lines) writeLine(line, left, width, 'left');
        doc.y += PARAGRAPH_GAP;
        break;
      case 'annex-heading':
        if (previous !== 'annex-heading') doc.addPage();
        for (const line of block.lines) writeLine(line.map((r) => ({ ...r, bold: true })), left, width, 'center');
        doc.y += PARAGRAPH_GAP;
        break;
      case 'annex-subheading':
        for (const line of block.lines) writeLine(line.map((r) => ({ ...r, bold: true })), left, width, 'center');
        doc.y += PARAGRAPH_GAP * 1.5;
        break;
      case 'question': {
        // The number and at least two lines of the question on the same page.
        keepWhole(Math.min(heightOf(block, width - QUESTION_INDENT), lineHeight() * 2));
        const y = doc.y;
        doc.font('letter').fontSize(SIZE).text(`${block.number}.`, left, y, { width: QUESTION_INDENT, lineGap: LINE_GAP });
        doc.y = y;
        for (const line of block.lines) writeLine(line, left + QUESTION_INDENT, width - QUESTION_INDENT, 'justify');
        doc.y += PARAGRAPH_GAP;
        break;
      }
      case 'signature':
        if (previous !== 'signature') doc.y += PARAGRAPH_GAP * 2;
        keepWhole(heightOf(block, width));
        for (const line of block.lines) writeLine(line, left, width, 'left');
        doc.y += PARAGRAPH_GAP * 2;
        break;
      case 'paragraph': {
        // A short paragraph is not split over two pages; a long one keeps two lines at the foot.
        const height = heightOf(block, width);
        keepWhole(height <= lineHeight() * SHORT_LINES ? height : lineHeight() * 2);
        for (const line of block.lines) writeLine(line, left, width, 'justify');
        doc.y += PARAGRAPH_GAP;
        break;
      }
    }
    previous = block.kind;
  }

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Writing below the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc.font('letter').fontSize(9).text(pageOf(letter.language, i + 1, range.count), 0, doc.page.height - FOOTER_FROM_BOTTOM, {
      align: 'center', width: doc.page.width, lineBreak: false,
    });
  }
  doc.end();
  return done;
}
