import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';

const bytes = (s: string, enc: string) => new Uint8Array(iconv.encode(s, enc));
const RUSSIAN = 'Специальный докладчик по вопросу о положении правозащитников получил информацию.';
const FRENCH = 'Le Rapporteur spécial a reçu des informations concernant la détention arbitraire de Mme Léa.';

describe('decodeText', () => {
  it('reads UTF-8 without and with a byte-order mark', () => {
    expect(decodeText(bytes(FRENCH, 'utf8'))).toEqual({ text: FRENCH, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(FRENCH, 'utf8')]))).toEqual({ text: FRENCH, encoding: 'utf-8 (BOM)' });
  });

  it('reads UTF-16 with a byte-order mark, little- and big-endian', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...bytes(RUSSIAN, 'utf16le')]))).toEqual({ text: RUSSIAN, encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...bytes(FRENCH, 'utf16be')]))).toEqual({ text: FRENCH, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a byte-order mark by its NUL bytes, Latin or Cyrillic', () => {
    expect(decodeText(bytes(FRENCH, 'utf16le'))).toEqual({ text: FRENCH, encoding: 'utf-16le' });
    expect(decodeText(bytes(FRENCH, 'utf16be'))).toEqual({ text: FRENCH, encoding: 'utf-16be' });
    expect(decodeText(bytes(RUSSIAN, 'utf16le'))).toEqual({ text: RUSSIAN, encoding: 'utf-16le' });
  });

  it('tells Windows-1251 Cyrillic from Windows-1252 Latin by the shape of the words', () => {
    expect(decodeText(bytes(RUSSIAN, 'win1251'))).toEqual({ text: RUSSIAN, encoding: 'windows-1251' });
    expect(decodeText(bytes(FRENCH, 'win1252'))).toEqual({ text: FRENCH, encoding: 'windows-1252' });
    const german = 'Der Sonderberichterstatter äußert seine Besorgnis über die Festnahme von Herrn Müller.';
    expect(decodeText(bytes(german, 'win1252')).text).toBe(german);
  });

  it('refuses bytes with NULs or control characters as binary', () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(() => decodeText(random)).toThrow(expect.objectContaining({ code: 'RAP_ERR_BINARY_FILE' }));
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(() => decodeText(controls)).toThrow(expect.objectContaining({ code: 'RAP_ERR_BINARY_FILE' }));
  });
});
