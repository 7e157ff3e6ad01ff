import { describe, expect, it } from 'vitest';
import { detectKind } from './kind.js';
import { toParagraphs } from './normalize.js';
import { ENGLISH_2024, FRENCH_2023, SPANISH_2022 } from './testing/sample-letters.js';

const NOTE = `The Permanent Mission of Borelia to the United Nations Office at Geneva presents its compliments to the Office of the High Commissioner for Human Rights and, with reference to the joint communication AL XAB 2/2022 dated 3 May 2022, has the honour to transmit the following reply.

Geneva, 20 July 2022`;

describe('detectKind', () => {
  it('recognises letters in three languages', () => {
    for (const letter of [ENGLISH_2024, FRENCH_2023, SPANISH_2022]) expect(detectKind(toParagraphs(letter), true)).toBe('communication');
  });
  it('recognises a note verbale replying to a communication', () => {
    expect(detectKind(toParagraphs(NOTE), false)).toBe('reply');
  });
  it('takes anything else for a source', () => {
    expect(detectKind(['Borelia: lawyer detained, says rights group', 'The lawyer Orla Vantrees was arrested on Tuesday.'], false)).toBe('source');
  });
});
