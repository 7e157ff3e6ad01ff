import { describe, expect, it } from 'vitest';
import { chooseLanguage } from './choose-language.js';

describe('chooseLanguage', () => {
  it('takes the preferred language the form has', () => {
    expect(chooseLanguage('fr-CH, fr;q=0.9, en;q=0.8')).toBe('fr');
    expect(chooseLanguage('de-DE,de;q=0.9,es;q=0.7,en;q=0.5')).toBe('es');
    expect(chooseLanguage('en;q=0.4, es-419;q=0.6')).toBe('es');
    expect(chooseLanguage('ES')).toBe('es');
  });

  it('falls back to English', () => {
    expect(chooseLanguage(undefined)).toBe('en');
    expect(chooseLanguage('')).toBe('en');
    expect(chooseLanguage('de, ru;q=0.5, *;q=0.1')).toBe('en');
    expect(chooseLanguage('fr;q=0, es;q=abc')).toBe('en');
  });
});
