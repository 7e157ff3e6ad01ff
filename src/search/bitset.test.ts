import { describe, expect, it } from 'vitest';
import { Bitset } from './bitset.js';

const members = (s: Bitset) => [...s.members()];

describe('bitset', () => {
  it('keeps members across word boundaries and lists them in order', () => {
    const s = Bitset.of(70, [69, 0, 31, 32, 33]);
    expect(members(s)).toEqual([0, 31, 32, 33, 69]);
    expect(s.count()).toBe(5);
    expect(s.has(31) && !s.has(30)).toBe(true);
  });

  it('intersects, unites and complements within its size only', () => {
    const a = Bitset.of(40, [1, 2, 35]);
    const b = Bitset.of(40, [2, 3, 35]);
    expect(members(a.and(b))).toEqual([2, 35]);
    expect(members(a.or(b))).toEqual([1, 2, 3, 35]);
    const not = a.not();
    expect(not.count()).toBe(37);
    expect(not.has(1) || not.has(40) || not.has(63)).toBe(false);
    expect(Bitset.full(40).count()).toBe(40);
  });
});
