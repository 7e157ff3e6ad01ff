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
