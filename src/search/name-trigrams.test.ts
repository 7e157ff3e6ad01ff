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
    const names = new NameTrigrams(['saule temirkhanova', 'saule temirhanova', 'marta okonjo', 'ilse varga', 'temirkhanova']);
    expect(names.candidates('temirkhanova')?.sort()).toEqual(['saule temirhanova', 'saule temirkhanova', 'temirkhanova']);
    expect(names.candidates('okonjo marta')).toEqual(['marta okonjo']);
    expect(names.candidates('detention')).toEqual([]);
    // A second lookup starts from zero.
    expect(names.candidates('temirkhanova')?.length).toBe(3);
  });

  it('leaves out a spelling that shares half the trigrams but can reach neither threshold', () => {
    // `temir ova` shares 7 of the 13 trigrams of `temirkhanova`: similarity 7/16, word similarity at most 7/13.
    const names = new NameTrigrams(['temir ova', 'temir ova ö', 'saule temirkhanova']);
    // The same spelling with a letter outside ASCII has trigrams that depend on the locale: the database measures it.
    expect(names.candidates('temirkhanova')?.sort()).toEqual(['saule temirkhanova', 'temir ova ö']);
  });

  it('leaves a name outside ASCII to the database', () => {
    expect(new NameTrigrams(['ilse varga']).candidates('иван')).toBeNull();
  });
});
