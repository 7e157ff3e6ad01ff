import { describe, expect, it } from 'vitest';
import { Lexicon, lexemesOfQuery } from './lexicon.js';

describe('the lexicon', () => {
  it('answers the words it learnt under their configuration and names the others', () => {
    const lexicon = new Lexicon();
    lexicon.learn('rap_english', 'detained', ['detain']);
    lexicon.learn('rap_english', 'the', []);
    const english = lexicon.of('rap_english');
    expect(english.get('detained')).toEqual(['detain']);
    expect(english.get('the')).toEqual([]);
    expect(english.has('prison')).toBe(false);
    expect(lexicon.of('rap_french').has('detained')).toBe(false);
  });

  it('starts again empty when full, leaving whole the words it handed out before', () => {
    const lexicon = new Lexicon(2);
    lexicon.learn('c', 'a', ['a']);
    lexicon.learn('c', 'b', ['b']);
    const before = lexicon.of('c');
    lexicon.learn('c', 'd', ['d']);
    expect(lexicon.size).toBe(1);
    expect(lexicon.of('c').has('a')).toBe(false);
    expect(lexicon.of('c').get('d')).toEqual(['d']);
    expect([...before.keys()]).toEqual(['a', 'b']);
  });
});

describe('the lexemes of a query as the database prints it', () => {
  it('reads words, phrases and quoted quotes', () => {
    expect([...lexemesOfQuery(`'detent' | 'human' <-> 'right' | 'o''neil' & '~en'`)]).toEqual(['detent', 'human', 'right', "o'neil", '~en']);
    expect([...lexemesOfQuery('')]).toEqual([]);
  });
});
