import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../domain/limits.js';
import { readDocument } from './read-document.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const failure = (code: string, detail?: RegExp) =>
  expect.objectContaining({ code, ...(detail ? { message: expect.stringMatching(detail) } : {}) });

describe('readDocument: plain text and markdown', () => {
  it('passes text through with LF line ends and NFC', async () => {
    const doc = await readDocument(utf8('Ref.: AL XAB 3/2023\r\n\r\nMme Le\u0301a Ortanz\rExcellency,'), 'letter.txt');
    expect(doc).toEqual({
      text: 'Ref.: AL XAB 3/2023\n\nMme Léa Ortanz\nExcellency,',
      format: 'text',
      pages: null,
      encoding: 'utf-8',
      warnings: [],
    });
  });

  it('calls a .md file markdown and keeps its markup; the content alone says text', async () => {
    const body = utf8('Ms. **Amina Tolvo**\n\n1. Please provide information.');
    expect(await readDocument(body, 'letter.md')).toMatchObject({ format: 'markdown', text: 'Ms. **Amina Tolvo**\n\n1. Please provide information.' });
    expect((await readDocument(body, 'letter.txt')).format).toBe('text');
  });

  it('reads UTF-16 and Windows-1251 files and says which', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...iconv.encode('Excellency,\r\nRef.: UA XAC 1/2024', 'utf16le')]);
    expect(await readDocument(utf16, 'utf16-crlf.txt')).toMatchObject({ text: 'Excellency,\nRef.: UA XAC 1/2024', encoding: 'utf-16le' });
    const cyrillic = new Uint8Array(iconv.encode('Ваше превосходительство,\r\nмы имеем честь обратиться к Вам.', 'win1251'));
    expect(await readDocument(cyrillic, 'letter-ru.txt')).toMatchObject({
      text: 'Ваше превосходительство,\nмы имеем честь обратиться к Вам.',
      encoding: 'windows-1251',
    });
  });
});

describe('readDocument: bad input, each with a reason', () => {
  it('refuses an empty file and one of white space only', async () => {
    await expect(readDocument(new Uint8Array(0), 'empty.txt')).rejects.toEqual(failure('RAP_ERR_EMPTY_FILE'));
    await expect(readDocument(utf8(' \n\t\n'), 'blank.txt')).rejects.toEqual(failure('RAP_ERR_EMPTY_FILE', /white space/));
  });

  it('refuses random bytes, an image and a program as binary, naming what it can', async () => {
    const random = new Uint8Array(2048).map((_, i) => (i * 2654435761) % 251);
    await expect(readDocument(random, 'noise.txt')).rejects.toEqual(failure('RAP_ERR_BINARY_FILE'));
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expect(readDocument(png, 'scan.txt')).rejects.toEqual(failure('RAP_ERR_BINARY_FILE', /PNG image.*OCR/));
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]);
    await expect(readDocument(exe, 'letter.pdf')).rejects.toEqual(failure('RAP_ERR_BINARY_FILE', /Windows program/));
  });

  it('sends old Word, RTF and OpenDocument files back with what to do', async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readDocument(doc, 'letter.doc')).rejects.toEqual(
      failure('RAP_ERR_UNSUPPORTED_FORMAT', /Word 97-2003 \.doc is not supported; save it as \.docx or PDF/),
    );
    await expect(readDocument(utf8('{\\rtf1\\ansi Excellency,}'), 'letter.rtf')).rejects.toEqual(failure('RAP_ERR_UNSUPPORTED_FORMAT', /RTF/));
    const odt = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('....mimetypeapplication/vnd.oasis.opendocument.text')]);
    await expect(readDocument(odt, 'letter.odt')).rejects.toEqual(failure('RAP_ERR_UNSUPPORTED_FORMAT', /OpenDocument/));
  });

  it('refuses bytes over the file limit with the size and the limit', async () => {
    const big = new Uint8Array(LIMITS.maxFileBytes + 1);
    await expect(readDocument(big, 'big.txt')).rejects.toEqual(failure('RAP_ERR_FILE_TOO_LARGE', /64\.0 MB \(67,108,865 bytes\); the limit is 64\.0 MB/));
  });

  it('refuses text over the character limit with the numbers', async () => {
    const long = new Uint8Array(LIMITS.maxTextChars + 10).fill(0x61);
    await expect(readDocument(long, 'long.txt')).rejects.toEqual(failure('RAP_ERR_TEXT_TOO_LONG', /2,000,010 characters; the limit is 2,000,000/));
  });
});
