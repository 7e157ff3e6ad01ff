import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildLetterPdf } from '../testing/build-letter-pdf.js';
import { SAMPLE_LETTER as L } from '../testing/sample-letter.js';
import { readDocument, type ReadDocument } from '../read-document.js';

const failure = (code: string) => expect.objectContaining({ code });

describe('PDF reader on a two-page letter made with pdfkit', () => {
  let doc: ReadDocument;
  let pages: string[];
  let paragraphs: string[];
  beforeAll(async () => {
    doc = await readDocument(await buildLetterPdf(), 'AL-XAB-3-2023.pdf');
    pages = doc.text.split('\f');
    paragraphs = doc.text.split(/\n\s*\n/).map((p) => p.trim());
  });

  it('counts the pages and separates them with a form feed', () => {
    expect(doc).toMatchObject({ format: 'pdf', pages: 2, encoding: null });
    expect(pages).toHaveLength(2);
    expect(pages[1]).toContain(L.deadline);
  });

  it('joins wrapped lines into whole paragraphs and keeps paragraphs apart', () => {
    expect(paragraphs).toContain(L.capacity);
    expect(paragraphs).toContain(L.facts);
    expect(paragraphs).toContain(L.concern);
    expect(paragraphs).toContain(L.salutation);
    expect(paragraphs).toContain(`${L.reference}\n${L.referenceNote}`);
  });

  it('marks bold from the font name: the centred header and the name of the person', () => {
    expect(paragraphs[0]).toBe(`**${L.header}**`);
    expect(paragraphs).toContain(`${L.personBefore}**${L.personName}**${L.personAfter}`);
    expect(paragraphs).toContain(`**${L.annexTitle}**`);
  });

  it('gives each numbered question its own paragraph, in order', () => {
    const questions = paragraphs.filter((p) => /^\d+\. /.test(p));
    expect(questions).toEqual(L.questions.map((q, i) => `${i + 1}. ${q}`));
  });

  it('drops the page numbers and sets the footnote apart at the end of its page', () => {
    expect(paragraphs.filter((p) => /^\d+$/.test(p))).toEqual([]);
    expect(paragraphs).toContain(`${L.cooperative}<sup>1</sup>`);
    expect(pages[0]!.trim().endsWith(`---\n\n<sup>1</sup> ${L.footnote}`)).toBe(true);
  });
});

describe('PDF reader: damaged, protected and image-only files', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says an encrypted PDF needs a password', async () => {
    const pdf = await buildLetterPdf({ userPassword: 'secret' });
    await expect(readDocument(pdf, 'encrypted.pdf')).rejects.toEqual(failure('RAP_ERR_PDF_ENCRYPTED'));
  });

  it('says a truncated PDF is broken rather than returning half a letter', async () => {
    const pdf = await buildLetterPdf();
    await expect(readDocument(pdf.subarray(0, Math.floor(pdf.length / 2)), 'truncated.pdf')).rejects.toEqual(failure('RAP_ERR_PDF_BROKEN'));
  });

  it('says a PDF whose insides are garbage is broken', async () => {
    const junk = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nthis is not a PDF body\n%%EOF\n');
    await expect(readDocument(junk, 'broken.pdf')).rejects.toEqual(failure('RAP_ERR_PDF_BROKEN'));
  });

  it('says a PDF of images only has no text layer', async () => {
    await expect(readDocument(await buildLetterPdf({ noText: true }), 'scan.pdf')).rejects.toEqual(failure('RAP_ERR_PDF_NO_TEXT'));
  });

  it('lets pdf.js write nothing to the console, even on a broken file', async () => {
    const spies = [vi.spyOn(console, 'log'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'error'), vi.spyOn(console, 'info')];
    const pdf = await buildLetterPdf();
    const damaged = new Uint8Array(pdf);
    damaged.fill(0x20, 2000, 2600);
    await readDocument(damaged, 'damaged.pdf').catch(() => undefined);
    await readDocument(pdf, 'letter.pdf');
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});

describe('a paragraph that a page break cuts', () => {
  const filler = 'The authorities of the State went on watching the work of the association and its members in the capital. ';
  /** Ten long paragraphs: the eighth or so runs over the foot of page 1. */
  async function longLetter(): Promise<Uint8Array> {
    const { default: PDFDocument } = await import('pdfkit');
    const doc = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 72, right: 72 } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
    doc.font('Helvetica').fontSize(11);
    for (let i = 0; i < 10; i++) doc.text(`${i + 1}) ${filler.repeat(4)}`).moveDown(0.8);
    doc.end();
    return done;
  }

  it('is read back whole, on the page where it starts', async () => {
    const doc = await readDocument(await longLetter(), 'long.pdf');
    expect(doc.pages).toBe(2);
    const paragraphs = doc.text.split(/\n\s*\n/).map((p) => p.replace(/\f/g, '').trim()).filter(Boolean);
    expect(paragraphs).toHaveLength(10);
    paragraphs.forEach((p, i) => expect(p).toBe(`${i + 1}) ${filler.repeat(4).trim()}`));
  });

  it('is joined only when it stops mid-sentence and the next page goes on in lower case', async () => {
    const { joinCutParagraphs } = await import('./pdf-reader.js');
    const pages = [{ body: ['Intro.', 'The police searched the'] }, { body: ['office of the union.', 'Next.'] }, { body: ['A new paragraph.'] }];
    joinCutParagraphs(pages);
    expect(pages.map((p) => p.body)).toEqual([['Intro.', 'The police searched the office of the union.'], ['Next.'], ['A new paragraph.']]);
    const kept = [{ body: ['It ended here:'] }, { body: ['lower case after a colon.'] }];
    joinCutParagraphs(kept);
    expect(kept[1]!.body).toEqual(['lower case after a colon.']);
  });
});
