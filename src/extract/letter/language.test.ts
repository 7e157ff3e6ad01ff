import { describe, expect, it } from 'vitest';
import { detectLanguage, scriptLanguage } from './language.js';
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

describe('scriptLanguage', () => {
  it('names the language of a text in another script', () => {
    expect(scriptLanguage('Постоянное представительство свидетельствует свое уважение Управлению')).toBe('ru');
    expect(scriptLanguage('Тұрақты өкілдігі Біріккен Ұлттар Ұйымының құрметін білдіреді')).toBe('kk');
    expect(scriptLanguage('تهدي البعثة الدائمة أطيب تحياتها إلى المفوضية')).toBe('ar');
    expect(scriptLanguage('代表团向联合国人权事务高级专员办事处致意')).toBe('zh');
  });
  it('leaves a text in Latin letters, or with a few words of another script, to detectLanguage', () => {
    expect(scriptLanguage(ENGLISH_2024)).toBeNull();
    expect(scriptLanguage(`${ENGLISH_2024} (Ассоциация «Свобода слова»)`)).toBeNull();
  });
});
