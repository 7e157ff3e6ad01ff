import { describe, expect, it } from 'vitest';
import { NameTrigrams, trigramsOf } from './name-trigrams.js';

describe('public spellings by trigram', () => {
  it('makes trigrams as pg_trgm does: each word padded, each trigram once', () => {
    expect([...trigramsOf('ana')].sort()).toEqual(['  a', ' an', 'ana', 'na '].sort());
    expect(trigramsOf('ana ana').size).toBe(4);
  });

  it('gives a spelling outside ASCII the trigrams of both readings of its letters', () => {
    const t = trigramsOf('zoë ivanova');
    expect(t.has('zoë')).toBe(true);
    expect(t.has('zo ')).toBe(true);
  });

  it('names as candidates the spellings sharing half the trigrams of the name searched', () => {
    const names = new NameTrigrams(['aigerim sekerbayeva', 'aigerim sekerbaeva', 'dinara smailova', 'ilse varga', 'sekerbayeva']);
    expect(names.candidates('sekerbayeva')?.sort()).toEqual(['aigerim sekerbaeva', 'aigerim sekerbayeva', 'sekerbayeva']);
    expect(names.candidates('smailova dinara')).toEqual(['dinara smailova']);
    expect(names.candidates('detention')).toEqual([]);
    // A second lookup starts from zero.
    expect(names.candidates('sekerbayeva')?.length).toBe(3);
  });

  it('leaves a name outside ASCII to the database', () => {
    expect(new NameTrigrams(['ilse varga']).candidates('иван')).toBeNull();
  });
});
