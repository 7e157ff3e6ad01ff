import { describe, expect, it } from 'vitest';
import { HIT_START as S, HIT_STOP as E, readSnippet } from './snippet.js';

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
