import { describe, expect, it } from 'vitest';
import { oneByte, WIDE_CHAR } from './one-byte.js';

describe('oneByte', () => {
  it('gives the same characters for Latin-1 text cut from a wider one', () => {
    const letter = 'Ms. Ilka Moravec, défenseure des droits de l\u2019homme\nSeñora Núñez, «XAB» ¿qué? 1½ × 2';
    const lines = letter.split('\n');
    expect(WIDE_CHAR.test(letter)).toBe(true);
    for (const line of lines) expect(oneByte(line)).toBe(line);
  });

  it('leaves text with wider characters or C1 controls as it is', () => {
    for (const text of ['l\u2019homme', '\u201cXAC\u201d', 'a\u0080b', 'a\u009fb', 'ok \u{1F600}']) expect(oneByte(text)).toBe(text);
  });

  it('keeps a leading byte-order mark spelled in Latin-1, the empty text and long texts', () => {
    for (const text of ['\u00ef\u00bb\u00bfRef.: AL XAD 2/2024', '', 'é'.repeat(10_000) + 'x'.repeat(5_000)]) expect(oneByte(text)).toBe(text);
  });
});
