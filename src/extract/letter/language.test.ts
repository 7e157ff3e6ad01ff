import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';
import { ENGLISH_2024, FRENCH_2023, SPANISH_2022 } from './testing/sample-letters.js';

describe('detectLanguage', () => {
  it('tells English, French and Spanish letters apart', () => {
    expect(detectLanguage(ENGLISH_2024)).toBe('en');
    expect(detectLanguage(FRENCH_2023)).toBe('fr');
    expect(detectLanguage(SPANISH_2022)).toBe('es');
  });
  it('says nothing about a text too short to tell', () => {
    expect(detectLanguage('UA XAB 1/2024')).toBeNull();
  });
});
