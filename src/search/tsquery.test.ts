import { describe, expect, it } from 'vitest';
import { lexemesOf, readTsQuery } from './tsquery.js';

describe('reading a tsquery as PostgreSQL prints it', () => {
  it('reads words, and, or, not and parentheses with PostgreSQL’s precedence', () => {
    expect(readTsQuery(`'detent' & '~en' | !'tortur' & '~fr'`)).toEqual({
      op: 'or',
      args: [
        { op: 'and', args: [{ op: 'word', lexeme: 'detent' }, { op: 'word', lexeme: '~en' }] },
        { op: 'and', args: [{ op: 'not', arg: { op: 'word', lexeme: 'tortur' } }, { op: 'word', lexeme: '~fr' }] },
      ],
    });
    expect(readTsQuery(`( 'a' | 'b' ) & 'c'`)).toEqual({
      op: 'and', args: [{ op: 'or', args: [{ op: 'word', lexeme: 'a' }, { op: 'word', lexeme: 'b' }] }, { op: 'word', lexeme: 'c' }],
    });
  });

  it('unquotes lexemes holding quotes, backslashes and any script', () => {
    expect(readTsQuery(`'l''arrestation'`)).toEqual({ op: 'word', lexeme: "l'arrestation" });
    expect(readTsQuery(String.raw`'c:\\path'`)).toEqual({ op: 'word', lexeme: String.raw`c:\path` });
    expect(readTsQuery(`'détention' & '日本語'`)).toEqual({ op: 'and', args: [{ op: 'word', lexeme: 'détention' }, { op: 'word', lexeme: '日本語' }] });
  });

  it('leaves to the database what needs word positions, and reads nothing from nothing', () => {
    expect(readTsQuery(`'arbitrari' <-> 'detent'`)).toBeNull();
    expect(readTsQuery(`'a' <2> 'b'`)).toBeNull();
    expect(readTsQuery(`'detent':*`)).toBeNull();
    expect(readTsQuery(`'detent':AB`)).toBeNull();
    expect(readTsQuery(null)).toBeNull();
    expect(readTsQuery('')).toBeNull();
    expect(readTsQuery(`'a' &`)).toBeNull();
    expect(readTsQuery(`( 'a'`)).toBeNull();
    expect(readTsQuery(`'unterminated`)).toBeNull();
  });

  it('lists each lexeme once', () => {
    expect([...lexemesOf(readTsQuery(`'a' & '~en' | 'a' & '~fr' | !'b'`)!)]).toEqual(['a', '~en', '~fr', 'b']);
  });
});
