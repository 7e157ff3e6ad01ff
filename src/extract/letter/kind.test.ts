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
  it('recognises replies from companies and Governments, even when they quote the letter', () => {
    const replies = [
      'Coldmere Mining Ltd\n\n2 June 2023\n\nRe: your letter AL OTH 4/2023 of 9 March 2023\n\nColdmere Mining Ltd acknowledges receipt of the joint communication AL OTH 4/2023.',
      'Response of the Government of Borelia to the joint communication UA XAB 4/2024\n\n1. The Government has examined the questions raised pursuant to Human Rights Council resolutions 51/8 and 44/8, and provides its observations on the following matters.',
      "La Mission permanente de la Jorvanie présente ses compliments au Haut-Commissariat et a l'honneur de lui transmettre ses observations sur les points suivants, conformément aux résolutions 51/8 du Conseil des droits de l'homme.",
      'La Misión Permanente de Velmora saluda atentamente a la Oficina del Alto Comisionado y tiene el honor de referirse a la comunicación AL XAL 5/2022 de fecha 7 de junio de 2022.',
    ];
    for (const text of replies) expect(detectKind(toParagraphs(text), true), text.slice(0, 40)).toBe('reply');
  });
  it('recognises an answer addressed to the experts themselves, with the salutation and closing of a letter', () => {
    const reply = 'Coldmere Mining Ltd\n\n2 June 2023\n\nDear Special Rapporteurs,\n\nThank you for your letter dated 14 March 2023 (ref. AL OTH 4/2023).\n\nYours sincerely,\n\nJane Holloway\nGeneral Counsel';
    expect(detectKind(toParagraphs(reply), false)).toBe('reply');
    expect(detectKind(toParagraphs(reply.replace('Dear Special Rapporteurs,', 'Estimados Relatores Especiales:')), false)).toBe('reply');
    expect(detectKind(toParagraphs(reply.replace('Dear Special Rapporteurs,', 'Madame la Rapporteuse spéciale,')), false)).toBe('reply');
  });
  it('takes anything else for a source', () => {
    expect(detectKind(['Borelia: lawyer detained, says rights group', 'The lawyer Orla Vantrees was arrested on Tuesday.'], false)).toBe('source');
  });
});

describe('a letter without its reference', () => {
  it('is still a communication when it has the salutation and the closing formula, so import can say what is missing', () => {
    const paragraphs = [
      'Excellency,',
      'We write to you about the situation of Mr. Teodor Vrana.',
      'Please accept, Excellency, our highest consideration.',
    ];
    expect(detectKind(paragraphs, false)).toBe('communication');
  });
});
