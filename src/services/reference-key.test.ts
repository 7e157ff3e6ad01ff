import { describe, expect, it } from 'vitest';
import { referenceKey } from './reference-key.js';

describe('referenceKey', () => {
  it('reads a reference as people type it', () => {
    expect(referenceKey('al xaa 1/2024')).toMatchObject({ type: 'AL', key: 'XAA 1/2024', text: 'AL XAA 1/2024' });
    expect(referenceKey('JUA XAB 12/2019')).toMatchObject({ type: 'UA', text: 'UA XAB 12/2019' });
  });

  it('reads a reference without its type as the key only', () => {
    expect(referenceKey('XAC 3/2023')).toEqual({ type: null, recipient: 'XAC', number: 3, year: 2023, key: 'XAC 3/2023', text: 'XAC 3/2023' });
  });

  it('refuses what is not a reference', () => {
    expect(referenceKey('Dinara Smailova')).toBeNull();
    expect(referenceKey('XAA 0/2024')).toBeNull();
  });
});
