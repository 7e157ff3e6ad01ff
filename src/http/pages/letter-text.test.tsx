import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { LetterText, letterBlocks } from './letter-text.js';

describe('letterBlocks', () => {
  it('joins wrapped lines, keeps paragraphs and gathers numbered questions into one list', () => {
    const blocks = letterBlocks('Excellency,\n\nWe have the\nhonour.\n\n1. First question?\n2. Second\nquestion?\n\n---\n\nClosing.');
    expect(blocks).toEqual([
      { kind: 'p', text: 'Excellency,' },
      { kind: 'p', text: 'We have the honour.' },
      { kind: 'ol', items: ['First question?', 'Second question?'] },
      { kind: 'p', text: 'Closing.' },
    ]);
  });
});

describe('LetterText', () => {
  it('shows bold runs as strong text and escapes markup written in a letter', () => {
    const html = renderToString(<LetterText text={'Ms. **Ana Petrova** wrote <script>alert(1)</script>.'} />);
    expect(html).toContain('<strong>Ana Petrova</strong>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script>');
  });

  it('shows a link as its text, and reads a line of brackets once', () => {
    expect(renderToString(<LetterText text={'See [the report](https://example.org/r) of 2023.'} />)).toContain('See the report of 2023.');
    // 100,000 opening brackets took 7 s when each bracket was read to the end of the line.
    const html = renderToString(<LetterText text={'['.repeat(100_000) + ' and [a](' + '('.repeat(50_000)} />);
    expect(html).toContain('[[[[ and [a]((((');
  }, 5_000);
});
