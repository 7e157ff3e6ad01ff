import { describe, expect, it } from 'vitest';
import { docxWithText, ELF_PROGRAM, HTML_PAGE, ONE_PIXEL_PNG, pdfWithText } from '../http/intake/testing/sample-files.js';
import { buildZip } from '../../test/zip.js';
import { cleanName, MAX_DISPLAY_NAME, safeDisplayName, sniffUpload, zipEntryNames } from './file-sniff.js';

/** A stored (uncompressed) ZIP of the given entries, written the way zip tools write it. */
const zipOf = (entries: Record<string, string>, options: { localNames?: string[] } = {}) => buildZip(Object.entries(entries), { stored: true, ...options });

const WORD = { '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' };

describe('sniffUpload', () => {
  it('recognises the four accepted kinds by their bytes', async () => {
    expect(sniffUpload(await pdfWithText('A statement.'))).toEqual({ ok: true, mediaType: 'application/pdf' });
    expect(sniffUpload(ONE_PIXEL_PNG)).toEqual({ ok: true, mediaType: 'image/png' });
    expect(sniffUpload(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]))).toEqual({ ok: true, mediaType: 'image/jpeg' });
    expect(sniffUpload(await docxWithText('Notes.'))).toEqual({ ok: true, mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    expect(sniffUpload(zipOf(WORD))).toMatchObject({ ok: true });
  });

  it('says what a refused file looks like', () => {
    const kind = (bytes: Buffer) => {
      const s = sniffUpload(bytes);
      return s.ok ? s.mediaType : s.looksLike;
    };
    expect(kind(Buffer.alloc(0))).toBe('empty');
    expect(kind(HTML_PAGE)).toBe('html');
    expect(kind(Buffer.from('\uFEFF  <html><body>hi'))).toBe('html');
    expect(kind(Buffer.from('Dear sir,\n<p>see <script src=x></script></p>'))).toBe('html');
    expect(kind(Buffer.from('<?xml version="1.0"?><svg onload="alert(1)"/>'))).toBe('svg-or-xml');
    expect(kind(ELF_PROGRAM)).toBe('executable');
    expect(kind(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]))).toBe('executable');
    expect(kind(Buffer.from('#!/bin/sh\nrm -rf /\n'))).toBe('executable');
    expect(kind(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe('old-office');
    expect(kind(Buffer.from([0x1f, 0x8b, 8, 0]))).toBe('archive');
    expect(kind(Buffer.from('GIF89a\x01\x00'))).toBe('other-image');
    expect(kind(Buffer.from('Just some words about the arrest.\n'))).toBe('text');
    expect(kind(Buffer.from([1, 2, 3, 0, 5, 6]))).toBe('unknown');
  });

  it('does not take a web page for a PDF because it mentions %PDF-', () => {
    expect(sniffUpload(Buffer.from('<html>\n%PDF-1.7 fake</html>'))).toEqual({ ok: false, looksLike: 'html' });
  });

  it('reads the central directory of a ZIP, not the names in its local headers', () => {
    expect(sniffUpload(zipOf({ 'photos/1.jpg': 'x' }))).toEqual({ ok: false, looksLike: 'zip-without-word' });
    expect(sniffUpload(zipOf({ 'word/document.xml': 'x' }))).toEqual({ ok: false, looksLike: 'zip-without-word' });
    // The local headers claim a Word document; the directory Word reads lists something else.
    const disguised = zipOf({ 'a.exe': 'MZ', 'b.txt': 'x' }, { localNames: ['word/document.xml', '[Content_Types].xml'] });
    expect(sniffUpload(disguised)).toEqual({ ok: false, looksLike: 'zip-without-word' });
    expect(sniffUpload(zipOf({ ...WORD, 'word/vbaProject.bin': 'macro' }))).toEqual({ ok: false, looksLike: 'word-with-macros' });
    // A directory cut off or pointing outside the file.
    const cut = zipOf(WORD);
    expect(sniffUpload(cut.subarray(0, cut.length - 30))).toEqual({ ok: false, looksLike: 'zip-without-word' });
    const lying = Buffer.from(cut);
    lying.writeUInt32LE(0xffffff, lying.length - 10);
    expect(zipEntryNames(lying)).toBeNull();
  });
});

describe('safeDisplayName', () => {
  const PDF = 'application/pdf';

  it('keeps only the last segment of a path, whichever the separator', () => {
    expect(safeDisplayName('../../etc/passwd', PDF)).toBe('passwd.pdf');
    expect(safeDisplayName('C:\\Users\\x\\evil.pdf', PDF)).toBe('evil.pdf');
    expect(safeDisplayName('/tmp/', PDF)).toBe('attachment.pdf');
  });

  it('drops leading dots, control and bidirectional characters', () => {
    expect(safeDisplayName('.htaccess', PDF)).toBe('htaccess.pdf');
    expect(safeDisplayName('...', PDF)).toBe('attachment.pdf');
    // `report\u202Efdp.exe` shows as `reportexe.pdf` in a right-to-left aware display.
    expect(safeDisplayName('report\u202Efdp.exe', PDF)).toBe('reportfdp.pdf');
    expect(safeDisplayName('a\u0000b\r\nc\u200Fd.pdf', PDF)).toBe('abcd.pdf');
    expect(safeDisplayName('what? "really" <yes>.pdf', PDF)).toBe('what_ _really_ _yes_.pdf');
  });

  it('ends with the extension of the type found in the bytes', () => {
    expect(safeDisplayName('photo.jpg', 'image/png')).toBe('photo.png');
    expect(safeDisplayName('letter.pdf.exe', PDF)).toBe('letter.pdf');
    expect(safeDisplayName('Letter.PDF', PDF)).toBe('Letter.pdf');
    expect(safeDisplayName('scan.jpeg', 'image/jpeg')).toBe('scan.jpeg');
    expect(safeDisplayName('Statement v2.1 final', PDF)).toBe('Statement v2.1 final.pdf');
    expect(safeDisplayName('notes', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('notes.docx');
  });

  it('is at most 120 characters, without cutting a character in two', () => {
    const long = safeDisplayName(`${'é'.repeat(150)}.pdf`, PDF);
    expect(long).toHaveLength(MAX_DISPLAY_NAME);
    expect(long.endsWith('é.pdf')).toBe(true);
    const emoji = safeDisplayName(`${'😀'.repeat(130)}.pdf`, PDF);
    expect(Array.from(emoji)).toHaveLength(MAX_DISPLAY_NAME);
    expect(emoji.endsWith('😀.pdf')).toBe(true);
  });

  it('cleanName gives the name to quote in a message', () => {
    expect(cleanName('..\\..\\report.pdf')).toBe('report.pdf');
    expect(cleanName('x'.repeat(500))).toHaveLength(MAX_DISPLAY_NAME);
  });
});
