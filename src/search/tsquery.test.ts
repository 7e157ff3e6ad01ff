import { describe, expect, it } from 'vitest';
import { readTsQuery, termsOf } from './tsquery.js';

const term = (text: string) => ({ op: 'term', text });

describe('reading a tsquery as PostgreSQL prints it', () => {
  it('reads terms, and, or, not and parentheses with PostgreSQL’s precedence', () => {
    expect(readTsQuery(`'detent' & '~en' | !'tortur' & '~fr'`)).toEqual({
      op: 'or',
      args: [
        { op: 'and', args: [term(`'detent'`), term(`'~en'`)] },
        { op: 'and', args: [{ op: 'not', arg: term(`'tortur'`) }, term(`'~fr'`)] },
      ],
    });
    expect(readTsQuery(`( 'a' | 'b' ) & 'c'`)).toEqual({ op: 'and', args: [{ op: 'or', args: [term(`'a'`), term(`'b'`)] }, term(`'c'`)] });
  });

  it('keeps each term as printed, quotes, backslashes and any script included', () => {
    expect(readTsQuery(`'l''arrestation'`)).toEqual(term(`'l''arrestation'`));
    expect(readTsQuery(String.raw`'c:\\path' & 'x'`)).toEqual({ op: 'and', args: [term(String.raw`'c:\\path'`), term(`'x'`)] });
    expect(readTsQuery(`'détention' & '日本語'`)).toEqual({ op: 'and', args: [term(`'détention'`), term(`'日本語'`)] });
  });

  it('reads a phrase, which binds tighter than and, as one term', () => {
    expect(readTsQuery(`( 'el-hajj' <-> 'el' <-> 'hajj' ) & '~en' | 'freedom' <2> 'express' & '~fr'`)).toEqual({
      op: 'or',
      args: [
        { op: 'and', args: [term(`'el-hajj' <-> 'el' <-> 'hajj'`), term(`'~en'`)] },
        { op: 'and', args: [term(`'freedom' <2> 'express'`), term(`'~fr'`)] },
      ],
    });
    expect(readTsQuery(`( 'a' | 'b' ) <-> !'c'`)).toEqual(term(`( 'a' | 'b' ) <-> !'c'`));
  });

  it('leaves prefixes, weights and anything malformed to the database, and reads nothing from nothing', () => {
    expect(readTsQuery(`'detent':*`)).toBeNull();
    expect(readTsQuery(`'detent':AB`)).toBeNull();
    expect(readTsQuery(`'a' <=> 'b'`)).toBeNull();
    expect(readTsQuery(null)).toBeNull();
    expect(readTsQuery('')).toBeNull();
    expect(readTsQuery(`'a' &`)).toBeNull();
    expect(readTsQuery(`'a' <->`)).toBeNull();
    expect(readTsQuery(`( 'a'`)).toBeNull();
    expect(readTsQuery(`'unterminated`)).toBeNull();
  });

  it('lists each term once', () => {
    expect([...termsOf(readTsQuery(`'a' & '~en' | 'a' & '~fr' | !'b'`)!)]).toEqual([`'a'`, `'~en'`, `'~fr'`, `'b'`]);
  });
});
