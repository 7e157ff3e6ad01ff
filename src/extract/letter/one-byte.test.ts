import { describe, expect, it } from 'vitest';
import { oneByteLines, WIDE_CHAR } from './one-byte.js';

describe('oneByteLines', () => {
  it('gives the same lines, wider characters and C1 controls included, whatever the low byte of a wider character', () => {
    // U+010A and U+010D have a line break and a carriage return as their low byte.
    const text = 'Ms. Ilka Moravec\nl\u2019homme \u010a \u010d\n\nSeñora «XAB» a\u0080b\n\u{1F600} ok\nend é';
    const lines = text.split('\n');
    expect(oneByteLines(text, lines)).toEqual(lines);
    expect(WIDE_CHAR.test(text)).toBe(true);
    expect(oneByteLines('', [''])).toEqual(['']);
    const long = `${'é'.repeat(10_000)}\n\u00ef\u00bb\u00bfRef.: AL XAD 2/2024\n\u2019`;
    expect(oneByteLines(long, long.split('\n'))).toEqual(long.split('\n'));
  });
});
