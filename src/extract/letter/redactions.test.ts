import { describe, expect, it } from 'vitest';
import { countRedactions, countRedactionsIn } from './redactions.js';

describe('countRedactions', () => {
  it('counts redacted passages in three languages', () => {
    expect(countRedactions('held in [REDACTED] by [REDACTED]')).toBe(2);
    expect(countRedactions('détenu à [CAVIARDÉ]; retenida en [TACHADO]')).toBe(2);
    expect(countRedactions('nothing hidden [sic]')).toBe(0);
  });
});

describe('countRedactionsIn', () => {
  it('counts as in the paragraphs joined by line breaks, across a break too', () => {
    for (const paragraphs of [['held in [REDACTED]', 'by ███ and [', 'CENSURADO]'], ['nothing hidden', 'here'], ['[sic]', '█']]) {
      expect(countRedactionsIn(paragraphs)).toBe(countRedactions(paragraphs.join('\n')));
    }
    expect(countRedactionsIn(['held in [REDACTED]', 'by ███ and [', 'CENSURADO]'])).toBe(3);
  });
});
