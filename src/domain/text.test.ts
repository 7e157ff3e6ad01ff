import { describe, expect, it } from 'vitest';
import { fold, foldCompact, squash } from './text.js';

describe('fold', () => {
  it('makes spellings with and without diacritics equal', () => {
    expect(fold('Clément Nyaletsossi Voule')).toBe(fold('Clement  Nyaletsossi Voule'));
    expect(fold('Dubravka Šimonović')).toBe('dubravka simonovic');
  });
  it('turns punctuation into spaces and lowers case', () => {
    expect(fold('“NeMolchi.KZ”')).toBe('nemolchi kz');
    expect(fold("Ní Aoláin")).toBe('ni aolain');
  });
  it('maps letters NFKD leaves alone', () => {
    expect(fold('Łukasz Øster')).toBe('lukasz oster');
  });
});

describe('foldCompact', () => {
  it('joins organisation spellings that differ only by dots, case and hashes', () => {
    const keys = ['NeMolchiKZ', 'NeMolchi.KZ', 'NeMolchiKz', '#NeMolchiKZ'].map(foldCompact);
    expect(new Set(keys).size).toBe(1);
  });
});

describe('squash', () => {
  it('collapses non-breaking and repeated spaces', () => {
    expect(squash(' a\u00a0\u00a0b \n c ')).toBe('a b c');
  });
});
