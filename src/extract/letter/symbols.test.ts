import { describe, expect, it } from 'vitest';
import { findDocumentSymbols, findDocumentSymbolsIn } from './symbols.js';

describe('findDocumentSymbols', () => {
  it('finds UN symbols and trims the sentence around them', () => {
    expect(findDocumentSymbols('reports (A/HRC/23/50), A/HRC/29/25/Add.1. See CCPR/C/GC/35, CAT/C/XAB/CO/3 and E/CN.4/2006/95; also A/RES/53/144.'))
      .toEqual(['A/HRC/23/50', 'A/HRC/29/25/Add.1', 'CCPR/C/GC/35', 'CAT/C/XAB/CO/3', 'E/CN.4/2006/95', 'A/RES/53/144']);
  });
  it('ignores web addresses, internal codes and "and/or"', () => {
    expect(findDocumentSymbols('https://example.org/en/A/stories/2017/8 G/SO 214 and/or')).toEqual([]);
  });
});

describe('findDocumentSymbolsIn', () => {
  it('finds the symbols of texts joined by line breaks, in order and once each', () => {
    const texts = ['See A/HRC/23/50 and', 'CCPR/C/GC/35.', 'no symbol here', 'A/HRC/23/50 again; E/CN.4/2006/95'];
    expect(findDocumentSymbolsIn(texts)).toEqual(['A/HRC/23/50', 'CCPR/C/GC/35', 'E/CN.4/2006/95']);
    expect(findDocumentSymbolsIn(texts)).toEqual(findDocumentSymbols(texts.join('\n')));
  });
});
