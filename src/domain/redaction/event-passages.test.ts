import { describe, expect, it } from 'vitest';
import { confidentialEventPassages } from './event-passages.js';

describe('the passages of a confidential event', () => {
  it('are its place, its description and each sentence of four words or more', () => {
    expect(confidentialEventPassages({
      description: 'Ms. Vey moved to her aunt’s flat on Birch lane. She left. Since May she sleeps at the Harbour clinic.',
      place: 'Birch lane, Kotorvik',
    })).toEqual([
      'Birch lane, Kotorvik',
      'Ms. Vey moved to her aunt’s flat on Birch lane. She left. Since May she sleeps at the Harbour clinic.',
      'Ms. Vey moved to her aunt’s flat on Birch lane.',
      'Since May she sleeps at the Harbour clinic.',
    ]);
  });

  it('leave out what is too short to hide without hiding ordinary words, and say each passage once', () => {
    expect(confidentialEventPassages({ description: 'Fled.', place: ' ' })).toEqual(['Fled.']);
    expect(confidentialEventPassages({ description: 'He is hiding in the hills.', place: null })).toEqual(['He is hiding in the hills.']);
    expect(confidentialEventPassages({ description: '..', place: 'Ur' })).toEqual([]);
  });
});
