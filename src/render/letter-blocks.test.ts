import { describe, expect, it } from 'vitest';
import { blocksFromText, fileStemOf, pageOf, runsOf } from './letter-blocks.js';
import { composedSample } from './testing/sample-letters.js';

describe('runs of a line', () => {
  it('splits bold runs and keeps an unclosed marker as text', () => {
    expect(runsOf('Ms. **Ilsa Varnhold** is held')).toEqual([
      { text: 'Ms. ', bold: false }, { text: 'Ilsa Varnhold', bold: true }, { text: ' is held', bold: false },
    ]);
    expect(runsOf('a ** b')).toEqual([{ text: 'a ** b', bold: false }]);
    expect(runsOf('**all**')).toEqual([{ text: 'all', bold: true }]);
  });
});

describe('blocks of a composed letter', () => {
  const { composed, letter } = composedSample('en');

  it('sets the header, the reference and date, numbered questions, signatures and the annex headings apart', () => {
    const kinds = letter.blocks.map((b) => b.kind);
    expect(kinds[0]).toBe('header');
    expect(kinds.slice(1, 3)).toEqual(['heading', 'heading']);
    const questions = letter.blocks.filter((b) => b.kind === 'question');
    expect(questions.map((q) => q.number)).toEqual(['1', '2', '3']);
    expect(questions.map((q) => q.lines.flat().map((r) => r.text).join(''))).toEqual(composed.questions);
    expect(letter.blocks.filter((b) => b.kind === 'signature')).toHaveLength(3);
    expect(letter.blocks.find((b) => b.kind === 'signature')!.lines.map((l) => l[0]!.text)[0]).toBe('Mary Lawlor');
    expect(kinds.indexOf('annex-heading')).toBeGreaterThan(kinds.lastIndexOf('signature'));
    expect(kinds).toContain('annex-subheading');
  });

  it('reads the same structure back from the letter text alone, signatures aside', () => {
    const blocks = blocksFromText(composed.text);
    expect(blocks[0]!.kind).toBe('header');
    expect(blocks.filter((b) => b.kind === 'question').map((q) => q.number)).toEqual(['1', '2', '3']);
    expect(blocks.filter((b) => b.kind === 'annex-heading')).toHaveLength(1);
    expect(blocks.filter((b) => b.kind === 'annex-subheading')).toHaveLength(1);
  });
});

describe('page footer and file name', () => {
  it('says "n of N" in the letter language and names the file after the reference', () => {
    expect([pageOf('en', 1, 3), pageOf('fr', 2, 3), pageOf('es', 3, 3)]).toEqual(['1 of 3', '2 sur 3', '3 de 3']);
    expect(fileStemOf('AL XAA 1/2026')).toBe('AL-XAA-1-2026');
    expect(fileStemOf(null)).toBe('letter');
  });
});
