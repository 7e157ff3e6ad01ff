import { describe, expect, it } from 'vitest';
import { readCopies } from './copies.js';

describe('readCopies', () => {
  it('reads the States sent a copy, in three languages', () => {
    expect(readCopies(['Please note that a copy of this letter will be sent to the Governments of Dastan and Gorvask for their information.'], 'XAB').map((c) => c.code)).toEqual(['XAD', 'XAG']);
    expect(readCopies(['Une copie de la présente lettre sera transmise au Gouvernement de la Jorvanie.'], 'XAI').map((c) => c.code)).toEqual(['XAJ']);
    expect(readCopies(['Se enviará copia de esta comunicación al Gobierno de Lunavia.'], 'XAB').map((c) => c.code)).toEqual(['XAL']);
  });
  it('ignores States named elsewhere and the recipient itself', () => {
    expect(readCopies(['Ms. Vantrees travelled to Dastan.', 'A copy of this letter will be sent to the Government of Borelia.'], 'XAB')).toEqual([]);
  });
});
