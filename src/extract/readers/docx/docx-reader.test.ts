import { Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../domain/limits.js';
import { buildLetterDocx } from '../testing/build-letter-docx.js';
import { buildZip } from '../../../../test/zip.js';
import { SAMPLE_LETTER as L } from '../testing/sample-letter.js';
import { readDocument, type ReadDocument } from '../read-document.js';

describe('DOCX reader on a letter made with the docx package', () => {
  let doc: ReadDocument;
  let paragraphs: string[];
  beforeAll(async () => {
    doc = await readDocument(await buildLetterDocx(), 'AL-XAB-3-2023.docx');
    paragraphs = doc.text.split(/\n\s*\n/);
  });

  it('gives back the paragraphs, the line break inside the reference, and no pages', () => {
    expect(doc).toMatchObject({ format: 'docx', pages: null, warnings: [] });
    expect(paragraphs).toContain(L.capacity);
    expect(paragraphs).toContain(L.facts);
    expect(paragraphs).toContain(`${L.reference}\n${L.referenceNote}`);
  });

  it('marks bold runs and headings', () => {
    expect(paragraphs[0]).toBe(`**${L.header}**`);
    expect(paragraphs).toContain(`${L.personBefore}**${L.personName}**${L.personAfter}`);
    expect(paragraphs).toContain(`# **${L.annexTitle}**`);
    expect(paragraphs).toContain(`## **${L.annexSubtitle}**`);
  });

  it('writes Word auto-numbering out as numbers', () => {
    expect(paragraphs.filter((p) => /^\d+\. /.test(p))).toEqual(L.questions.map((q, i) => `${i + 1}. ${q}`));
  });

  it('puts the footnote marker in the text and the footnote after a --- line at the end', () => {
    expect(paragraphs).toContain(`${L.cooperative}<sup>1</sup>`);
    expect(doc.text.endsWith(`\n\n---\n\n<sup>1</sup> ${L.footnote}`)).toBe(true);
  });

  it('writes a table as one line per row', () => {
    expect(paragraphs).toContain('Instrument | Date\nICCPR | 4 May 1998');
  });
});

describe('DOCX reader: numbering and damage', () => {
  it('keeps counting a numbered list across a paragraph that interrupts it', async () => {
    const item = (text: string) => new Paragraph({ numbering: { reference: 'q', level: 0 }, children: [new TextRun(text)] });
    const file = new Document({
      numbering: { config: [{ reference: 'q', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }] },
      sections: [{ children: [item('First question.'), item('Second question.'), new Paragraph('A remark.'), item('Third question.')] }],
    });
    const doc = await readDocument(new Uint8Array(await Packer.toBuffer(file)), 'questions.docx');
    expect(doc.text).toBe('1. First question.\n\n2. Second question.\n\nA remark.\n\n3. Third question.');
  });

  it('says a truncated DOCX is damaged', async () => {
    const docx = await buildLetterDocx();
    await expect(readDocument(docx.subarray(0, Math.floor(docx.length * 0.6)), 'truncated.docx')).rejects.toEqual(
      expect.objectContaining({ code: 'RAP_ERR_DOCX_BROKEN' }),
    );
  });

  it('refuses a DOCX that unpacks to more than a document may hold, before unpacking it', async () => {
    // Under 200 KB as a file; mammoth would have held all of it in memory, several times over.
    const bomb = buildZip([['[Content_Types].xml', Buffer.from('<Types/>')], ['word/document.xml', Buffer.alloc(LIMITS.maxUnpackedBytes + 1, ' ')]]);
    expect(bomb.length).toBeLessThan(200_000);
    await expect(readDocument(bomb, 'bomb.docx')).rejects.toEqual(
      expect.objectContaining({ code: 'RAP_ERR_FILE_TOO_LARGE', detail: expect.stringMatching(/unpacks to more than 128 MB/) }),
    );
  });
});
