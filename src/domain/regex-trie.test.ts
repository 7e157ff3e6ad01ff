import { describe, expect, it } from 'vitest';
import { trieSource, wordStartTrieSource } from './regex-trie.js';

const matches = (source: string, text: string) => [...text.matchAll(new RegExp(source, 'gi'))].map((m) => `${m.index}:${m[0]}`);

describe('phrases as a prefix tree', () => {
  it('matches every phrase, the longest first, either apostrophe', () => {
    const source = trieSource(['human rights defender', 'human rights lawyer', 'women’s rights activist', 'lawyer']);
    expect(matches(source, "a human rights lawyer and a women's rights activist, a lawyer")).toEqual([
      '2:human rights lawyer', "28:women's rights activist", '55:lawyer',
    ]);
  });
});

describe('phrases at the start of a word', () => {
  const source = wordStartTrieSource(['journalist', 'defender', 'human rights defender', 'étudiant', '2nd secretary']);

  it('finds them at word starts, a phrase led by an accented letter too', () => {
    expect(matches(source, 'journalist, étudiant and 2nd secretary')).toEqual(['0:journalist', '12:étudiant', '25:2nd secretary']);
  });

  it('gives up positions inside an ASCII word, so a phrase there does not hide the next word', () => {
    expect(matches(source, 'photojournalist')).toEqual([]);
    expect(matches(trieSource(['human rights defender', 'defender']), 'xhuman rights defender')).toEqual(['1:human rights defender']);
    expect(matches(source, 'xhuman rights defender')).toEqual(['14:defender']);
  });
});
