import { describe, expect, it } from 'vitest';
import { HIT_START as S, HIT_STOP as E, highlightPassage as highlightWords, passageWords, readSnippet } from './snippet.js';

const highlightPassage = (text: string, hitOf: (w: string) => string | null, maxWords?: number) => {
  const words = passageWords(text);
  return highlightWords(words, words.keys.map(hitOf), maxWords);
};
const wordsOf = (text: string) => passageWords(text).keys;
const text = (parts: Array<{ text: string }>) => parts.map((p) => p.text).join('');
const marked = (parts: Array<{ text: string; hit: boolean }>) => parts.filter((p) => p.hit).map((p) => p.text);
const hitOf = (...words: string[]) => (w: string) => (words.includes(w) ? w : null);
const numbered = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `w${from + i}`).join(' ');

describe('a snippet', () => {
  it('reads the marked hits into parts', () => {
    expect(readSnippet(`Ms. Orlova was held in ${S}detention${E} at the border`)).toEqual([
      { text: 'Ms. Orlova was held in ', hit: false },
      { text: 'detention', hit: true },
      { text: ' at the border', hit: false },
    ]);
  });

  it('shows none of the stored markup: bold, headings, footnote markers, the footnotes rule', () => {
    const parts = readSnippet(`her **${S}detention${E}**.<sup>3</sup>\n\n### Annex\n\n---\n\nReference to article 9`);
    expect(parts.map((p) => p.text).join('')).toBe('her detention. Annex Reference to article 9');
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['detention']);
  });

  it('keeps a hash or dashes that are part of the text', () => {
    expect(readSnippet('case #12 of 2019-2020').map((p) => p.text).join('')).toBe('case #12 of 2019-2020');
  });
});

describe('a passage highlighted', () => {
  it('marks the hits as written, asking about each word lowercased', () => {
    const asked: string[] = [];
    const parts = highlightPassage('Mr. Qarin Velt was Detained on 3 May; his detention continues.', (w) => {
      asked.push(w);
      return w === 'detained' || w === 'detention' ? w : null;
    });
    expect(parts).toEqual([
      { text: 'Mr. Qarin Velt was ', hit: false },
      { text: 'Detained', hit: true },
      { text: ' on 3 May; his ', hit: false },
      { text: 'detention', hit: true },
      { text: ' continues', hit: false },
    ]);
    expect(asked).toContain('qarin');
    expect(asked).toContain('3');
  });

  it('shows the stretch with the most different hits, not the first hit', () => {
    const passage = `${numbered(1, 5)} torture ${numbered(6, 60)} torture ${numbered(61, 70)} prison ${numbered(71, 120)}`;
    const parts = highlightPassage(passage, hitOf('torture', 'prison'), 32);
    expect(marked(parts)).toEqual(['torture', 'prison']);
    expect(text(parts).split(' ')).toHaveLength(32);
  });

  it('counts two forms of one word as one hit', () => {
    // `articles article` early is one word twice; `law article` later is two words.
    const lexeme = (w: string) => (w.startsWith('article') ? 'articl' : w === 'law' ? 'law' : null);
    const passage = `articles article ${numbered(1, 40)} law article ${numbered(41, 90)}`;
    expect(marked(highlightPassage(passage, lexeme, 20))).toEqual(['law', 'article']);
  });

  it('widens the stretch evenly around its hits', () => {
    const parts = highlightPassage(`${numbered(1, 50)} arrest ${numbered(51, 100)}`, hitOf('arrest'), 11);
    expect(text(parts)).toBe(`${numbered(46, 50)} arrest ${numbered(51, 55)}`);
  });

  it('keeps the whole stretch inside the passage near its ends', () => {
    expect(text(highlightPassage(`arrest ${numbered(1, 50)}`, hitOf('arrest'), 5))).toBe('arrest w1 w2 w3 w4');
    expect(text(highlightPassage(`${numbered(1, 50)} arrest`, hitOf('arrest'), 5))).toBe('w47 w48 w49 w50 arrest');
  });

  it('shows the first words when no word is a hit', () => {
    expect(highlightPassage(numbered(1, 50), () => null, 4)).toEqual([{ text: 'w1 w2 w3 w4', hit: false }]);
  });

  it('neither shows nor counts the stored markup and highlight marks', () => {
    const passage = `**Ms. Dalva Rin**<sup>12</sup> was ${S}held${E}\n\n### Annex\n\n---\n\nin custody`;
    expect(wordsOf(passage)).toEqual(['ms', 'dalva', 'rin', 'was', 'held', 'annex', 'in', 'custody']);
    const parts = highlightPassage(passage, hitOf('custody'));
    expect(text(parts)).toBe('Ms. Dalva Rin was held Annex in custody');
    expect(marked(parts)).toEqual(['custody']);
  });

  it('reads letters with accents and other scripts as words', () => {
    expect(wordsOf('Détention à Tbilissi — Ёлкин, 2024')).toEqual(['détention', 'à', 'tbilissi', 'ёлкин', '2024']);
    expect(wordsOf('𝐀𝐁 ok')).toEqual(['𝐀𝐁'.toLowerCase(), 'ok']);
  });

  it('reads the word after a broken surrogate pair', () => {
    expect(wordsOf('x\ud800ab c')).toEqual(['x', 'ab', 'c']);
  });
});
