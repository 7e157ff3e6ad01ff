import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../domain/limits.js';
import { readDocument } from '../read-document.js';
import { buildLetterPdf } from '../testing/build-letter-pdf.js';
import { buildStreamPdf } from '../testing/build-stream-pdf.js';
import { inflatedStreamBytes } from './unpacked-streams.js';

const MB = 1024 * 1024;
const page = (extra: number) => Buffer.concat([Buffer.from('BT /F1 12 Tf 72 720 Td (Ref.: AL XAB 1/2024) Tj ET\n'), Buffer.alloc(extra, ' ')]);

describe('inflatedStreamBytes', () => {
  it('measures the page streams once inflated, and stops past the limit', () => {
    const pdf = buildStreamPdf(page(3 * MB));
    expect(pdf.length).toBeLessThan(20_000);
    expect(inflatedStreamBytes(pdf, 10 * MB)).toBe(page(3 * MB).length);
    expect(inflatedStreamBytes(pdf, MB)).toBe(MB + 1);
  });
  it('leaves images out, and reads a real letter as small', async () => {
    expect(inflatedStreamBytes(buildStreamPdf(page(0), Buffer.alloc(3 * MB)), MB)).toBe(page(0).length);
    const letter = await buildLetterPdf();
    expect(inflatedStreamBytes(letter, 10 * MB)).toBeLessThan(MB);
    expect(inflatedStreamBytes(letter, 10 * MB)).toBeGreaterThan(0);
  });
});

describe('the PDF reader', () => {
  it('refuses a PDF whose page unpacks to more than a document may hold, before pdf.js decodes it', async () => {
    const bomb = buildStreamPdf(page(LIMITS.maxUnpackedBytes));
    expect(bomb.length).toBeLessThan(300_000);
    await expect(readDocument(bomb, 'bomb.pdf')).rejects.toEqual(
      expect.objectContaining({ code: 'RAP_ERR_FILE_TOO_LARGE', detail: expect.stringMatching(/unpack to more than 128 MB/) }),
    );
  });
});
