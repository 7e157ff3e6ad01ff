import { describe, expect, it } from 'vitest';
import { allMatches, allMatchesOfEither } from './all-matches.js';

describe('allMatches', () => {
  it('finds what matchAll finds, the regex left ready for the next text', () => {
    const re = /(\d+)-(\d+)/g;
    const text = 'pages 3-5 and 10-12';
    expect(allMatches(re, text).map((m) => [m.index, m[0], m[1]])).toEqual([...text.matchAll(re)].map((m) => [m.index, m[0], m[1]]));
    expect(re.lastIndex).toBe(0);
  });
  it('steps over empty matches, a whole surrogate pair in unicode mode', () => {
    expect(allMatches(/x*/gu, 'a😀b').map((m) => m.index)).toEqual([...'a😀b'.matchAll(/x*/gu)].map((m) => m.index));
  });
  it('refuses a regex without the global flag', () => {
    expect(() => allMatches(/a/, 'a')).toThrow();
  });
});

describe('allMatchesOfEither', () => {
  it('finds what one scan of the alternation finds, in order', () => {
    const text = 'Acme plc and Borel Group plc, Holdings plcs and Group';
    const one = /(?:Group|Holdings|plc)(?![\p{L}])/gu;
    const found = allMatchesOfEither(/(?:Group|Holdings)(?![\p{L}])/gu, /plc(?![\p{L}])/gu, text);
    expect(found.map((m) => [m.index, m[0]])).toEqual(allMatches(one, text).map((m) => [m.index, m[0]]));
  });
  it('prefers the first regex where both match', () => {
    expect(allMatchesOfEither(/ab/g, /abc/g, 'abc ab').map((m) => m[0])).toEqual(allMatches(/ab|abc/g, 'abc ab').map((m) => m[0]));
  });
  it('skips a match of either regex inside a match of the other, as one scan does', () => {
    const text = 'Ab cd Ab';
    const found = allMatchesOfEither(/Ab cd/g, /cd/g, text);
    expect(found.map((m) => m.index)).toEqual(allMatches(/Ab cd|cd/g, text).map((m) => m.index));
    expect(found.map((m) => m.index)).toEqual([0]);
  });
});
