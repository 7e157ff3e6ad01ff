import { describe, expect, it } from 'vitest';
import { hasPluralHonorific, honorificSource } from './honorifics.js';

describe('hasPluralHonorific', () => {
  it('finds the plural honorifics in capitals and in small letters', () => {
    for (const text of ['Messrs. Ilka and Tomas Moravec', 'les MM. Dupont', 'los Sres. Núñez', 'los señoras Pérez y Núñez', 'Mesdames X et Y']) {
      expect(hasPluralHonorific(text)).toBe(true);
    }
  });

  it('finds none in a text with singular honorifics, an ñ or the words in other cases', () => {
    for (const text of ['Ms. Ilka Moravec and Mr. Tomas Moravec', 'la Señora Núñez', 'SEÑORES', 'mesdames', 'sres']) {
      expect(hasPluralHonorific(text)).toBe(false);
    }
  });
});

describe('honorificSource', () => {
  const first = (language: 'en' | 'fr', text: string) => new RegExp(`(${honorificSource(language)})(?:\\.\\s*|\\s+)(\\p{Lu}\\p{L}+)`, 'u').exec(text)?.[1];

  it('reads the longest honorific that a name follows', () => {
    expect(first('en', 'Mrs. Moravec')).toBe('Mrs');
    expect(first('en', 'Mr Moravec')).toBe('Mr');
    expect(first('en', 'Señorita Núñez')).toBe('Señorita');
    expect(first('en', 'Señor Núñez')).toBe('Señor');
    expect(first('en', 'Dra. Núñez')).toBe('Dra');
    expect(first('en', 'Mademoiselle Dupont')).toBe('Mademoiselle');
  });

  it('reads `M.` and `Me` in French only', () => {
    expect(first('fr', 'M. Dupont')).toBe('M');
    expect(first('fr', 'Me Dupont')).toBe('Me');
    expect(first('en', 'M. Dupont')).toBeUndefined();
  });
});
