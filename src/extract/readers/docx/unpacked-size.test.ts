import { describe, expect, it } from 'vitest';
import { buildLetterDocx } from '../testing/build-letter-docx.js';
import { buildZip as zip } from '../../../../test/zip.js';
import { unpackedSize } from './unpacked-size.js';

const MB = 1024 * 1024;

describe('unpackedSize', () => {
  it('measures what an archive unpacks to', () => {
    const bytes = zip([['word/document.xml', Buffer.alloc(3 * MB, 'A')], ['[Content_Types].xml', Buffer.from('<Types/>')]]);
    expect(bytes.length).toBeLessThan(20_000);
    expect(unpackedSize(bytes, 10 * MB)).toBe(3 * MB + 8);
  });
  it('stops as soon as the archive unpacks to more than the limit, whatever its directory claims', () => {
    expect(unpackedSize(zip([['word/document.xml', Buffer.alloc(3 * MB, 'A')]]), MB)).toBe(MB + 1);
    expect(unpackedSize(zip([['a.xml', Buffer.alloc(MB, 'A')], ['b.xml', Buffer.alloc(MB, 'B')]], { claimed: 10 }), 1.5 * MB)).toBe(1.5 * MB + 1);
  });
  it('reads a real DOCX, and counts nothing of bytes that are no archive', async () => {
    const docx = await buildLetterDocx();
    const size = unpackedSize(docx, 10 * MB);
    expect(size).toBeGreaterThan(docx.length);
    expect(size).toBeLessThan(MB);
    expect(unpackedSize(Buffer.from('PK\u0003\u0004 not really an archive'), MB)).toBe(0);
  });
});
