import { describe, expect, it } from 'vitest';
import { tsvectorBinary } from './tsvector-binary.js';

describe('a tsvector in binary form', () => {
  it('counts the lexemes, ends each with a NUL and packs weight and position in one big-endian uint16', () => {
    const b = tsvectorBinary("'arrest':2,40A 'é':7B");
    expect([...b]).toEqual([
      0, 0, 0, 2,
      ...Buffer.from('arrest'), 0, 0, 2, 0x00, 0x02, 0xc0, 40,
      0xc3, 0xa9, 0, 0, 1, 0x80, 7,
    ]);
  });

  it('keeps one quote and one backslash of each doubled pair, and takes lexemes without positions', () => {
    const b = tsvectorBinary(String.raw`'o''brien' 'a\\b':3C`);
    expect(b.subarray(4).toString('latin1')).toBe("o'brien\0\0\0" + 'a\\b\0\0\x01\x40\x03');
  });

  it('is four zero bytes for the empty vector', () => {
    expect([...tsvectorBinary('')]).toEqual([0, 0, 0, 0]);
  });

  it.each([
    ['arrest:1', 'must start with a quote'],
    ["'arrest", 'no closing quote'],
    ["'arrest':", 'a position must be a number'],
    ["'arrest':0", 'a position must be a number'],
    ["'arrest':16384", 'a position must be a number'],
  ])('refuses %j: %s', (text, reason) => {
    expect(() => tsvectorBinary(text)).toThrow(reason);
  });
});
