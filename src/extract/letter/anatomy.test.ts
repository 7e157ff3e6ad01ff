import { describe, expect, it } from 'vitest';
import { readAnatomy } from './anatomy.js';
import { toParagraphs } from './normalize.js';
import { ENGLISH_2024, SPANISH_2022 } from './testing/sample-letters.js';

describe('readAnatomy', () => {
  it('finds salutation, closing, annex and the facts of an English letter', () => {
    const ps = toParagraphs(ENGLISH_2024);
    const a = readAnatomy(ps);
    expect(ps[a.salutation]).toBe('Excellency,');
    expect(ps[a.closing]).toMatch(/^Please accept/);
    expect(ps[a.annex]).toBe('**Annex**');
    const body = ps.slice(...a.body);
    expect(body[a.facts!.start]).toMatch(/^On 2 January 2024/);
    expect(body[a.facts!.end]).toMatch(/^While we do not wish/);
  });
  it('reads a Spanish letter whose salutation ends with a colon', () => {
    const ps = toParagraphs(SPANISH_2022);
    const a = readAnatomy(ps);
    expect(ps[a.salutation]).toBe('Excelencia:');
    expect(ps[a.closing]).toMatch(/^Acepte, Excelencia/);
    expect(a.annex).toBe(-1);
  });
  it('finds the facts of a follow-up letter, which speaks of the new information received', () => {
    for (const heading of ['According to the new information received:', 'Selon les nouvelles informations reçues :', 'Según la nueva información recibida:']) {
      const ps = ['Excellency,', 'We thank the Government for the reply of 8 June 2021.', heading, 'On 17 July 2023, the court upheld the sentence.', 'While we do not wish to prejudge these reports, we are concerned.', 'Please accept, Excellency, our highest consideration.'];
      const a = readAnatomy(ps);
      expect(ps.slice(...a.body).slice(a.facts!.start, a.facts!.end), heading).toEqual(['On 17 July 2023, the court upheld the sentence.']);
    }
  });
  it('finds numbered annexes after the closing', () => {
    const ps = ['Excellency,', 'On 2 May 2022 a strike was broken up.', 'Please accept, Excellency, the assurances of my highest consideration.', 'Ana Ruiz',
      'Annex I', 'Reference to international human rights law', 'Article 9 of the Covenant.', 'Annex II: List of the persons concerned', '1. Ms. Ilsa Morrow'];
    const a = readAnatomy(ps);
    expect(a.annexes).toEqual([4, 7]);
    expect(a.listed).toEqual([[8, 9]]);
    expect(a.annex).toBe(4);
    expect(ps.slice(...a.signatures)).toEqual(['Ana Ruiz']);
  });
});
