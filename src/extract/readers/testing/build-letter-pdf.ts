/**
 * The sample letter as a two-page PDF made with pdfkit: centred bold header, wrapped paragraphs,
 * a bold name with a footnote marker raised above the line, the footnote in small type at the
 * foot of page 1, numbered questions, a page number at the foot of each page, the annex on page 2.
 */
import PDFDocument from 'pdfkit';
import { SAMPLE_LETTER as L } from './sample-letter.js';

export interface PdfOptions {
  /** Protect with a password (pdfkit's userPassword): pdf.js cannot open it without. */
  userPassword?: string;
  /** Draw no text at all, only shapes: a scanned page without OCR. */
  noText?: boolean;
}

export function buildLetterPdf(options: PdfOptions = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 72, bottom: 72, left: 72, right: 72 },
    bufferPages: true,
    ...(options.userPassword ? { userPassword: options.userPassword } : {}),
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));

  if (options.noText) {
    doc.rect(100, 100, 300, 400).fill('#888888');
    doc.end();
    return done;
  }
  const para = (text: string, opts: PDFKit.Mixins.TextOptions = {}) => {
    doc.font('Helvetica').fontSize(11).text(text, opts);
    doc.moveDown(0.8);
  };
  doc.font('Helvetica-Bold').fontSize(11).text(L.header, { align: 'center' });
  doc.moveDown(1.5);
  doc.font('Helvetica').text(L.reference).text(L.referenceNote);
  doc.moveDown(0.8);
  para(L.date);
  para(L.salutation);
  para(L.capacity);
  doc.font('Helvetica').fontSize(11).text(L.personBefore, { continued: true });
  doc.font('Helvetica-Bold').text(L.personName, { continued: true });
  doc.font('Helvetica').text(L.personAfter);
  doc.moveDown(0.8);
  // A one-line sentence followed by a footnote marker: smaller and raised above the baseline.
  const y = doc.y;
  doc.font('Helvetica').fontSize(11).text(L.cooperative, 72, y, { lineBreak: false });
  doc.fontSize(7).text('1', 72 + doc.fontSize(11).widthOfString(L.cooperative) + 0.5, y - 2, { lineBreak: false });
  doc.x = 72;
  doc.y = y + 14;
  doc.moveDown(0.8);
  para(L.informationReceived);
  para(L.facts);
  para(L.concern);
  para(L.questionsIntro);
  L.questions.forEach((q, i) => {
    doc.font('Helvetica').fontSize(11).text(`${i + 1}. ${q}`);
    doc.moveDown(0.4);
  });
  // The footnote at the foot of page 1, above the page number.
  doc.font('Helvetica').fontSize(8).text(`1 ${L.footnote}`, 72, 752, { width: 451, lineBreak: false });
  doc.addPage();
  doc.x = 72;
  para(L.deadline);
  para(L.closing);
  for (const s of L.signatories) {
    para(s.name);
    para(s.title);
  }
  doc.font('Helvetica-Bold').fontSize(11).text(L.annexTitle, { align: 'center' });
  doc.moveDown(0.8);
  doc.font('Helvetica-Bold').text(L.annexSubtitle, { align: 'center' });
  doc.moveDown(0.8);
  para(L.annex);

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(9).text(String(i + 1), 0, 800, { align: 'center', width: doc.page.width, lineBreak: false });
  }
  doc.end();
  return done;
}
