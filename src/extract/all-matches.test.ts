import { describe, expect, it } from 'vitest';
import { allMatches } from './all-matches.js';

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
