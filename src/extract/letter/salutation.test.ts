import { describe, expect, it } from 'vitest';
import { isSalutation } from './salutation.js';

describe('isSalutation', () => {
  it('recognises the salutations to States and to companies in three languages', () => {
    for (const s of [
      'Excellency,', 'Your Excellency,', 'Excellence,', 'Excelencia:', 'Excelencia,', '**Excelencia:**', 'Excelentísimo Señor:',
      'Dear Sir or Madam,', 'Dear Sir/Madam,', 'Dear Ms. Halvorsen,', 'Madame, Monsieur,', 'Monsieur le Directeur général,',
      'Mesdames et Messieurs,', 'Señoras y señores:', 'Estimado/a señor/a:', 'Estimada Sra. Olvera:',
    ]) expect(isSalutation(s), s).toBe(true);
  });
  it('does not take a sentence or a name for a salutation', () => {
    for (const s of [
      'Dear friends of the cooperative met on 3 May and decided to close the office.',
      'Madame Orla Vantrees',
      'Señora Lucía Varendo',
      'Excellency, we have the honour to write to you.',
    ]) expect(isSalutation(s), s).toBe(false);
  });
});
