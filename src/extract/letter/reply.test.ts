import { describe, expect, it } from 'vitest';
import { toParagraphs } from './normalize.js';
import { readReply } from './reply.js';

describe('readReply', () => {
  it('reads the communication answered, the sender State and the date', () => {
    const r = readReply(toParagraphs(`La Mission permanente de la Jorvanie auprès de l'Office des Nations Unies à Genève présente ses compliments au Haut-Commissariat et, en réponse à la communication AL XAJ 4/2023 du 2 mai 2023, a l'honneur de transmettre ce qui suit.\n\nGenève, le 30 juin 2023`), 'fr');
    expect(r.kind).toBe('reply');
    expect(r.relatedCommunications).toEqual([{ reference: 'AL XAJ 4/2023', date: '2023-05-02' }]);
    expect(r.recipient?.code).toBe('XAJ');
    expect(r.date).toBe('2023-06-30');
  });
  it('names a company by the subject of its first sentence and keeps the code of the letter it answers', () => {
    const r = readReply(toParagraphs('Marlow Energy Group\n\n22 septembre 2022\n\nRe: your letter OL XAF 1/2022 of 25 juillet 2022\n\nMarlow Energy Group acknowledges receipt of the joint communication OL XAF 1/2022 and wishes to provide the following information.'), 'fr');
    expect(r.recipient).toEqual({ code: 'XAF', name: 'Marlow Energy Group' });
    expect(r.date).toBe('2022-09-22');
  });
  it('reads the communication answered when the reply cites it without its type', () => {
    const r = readReply(toParagraphs('The Permanent Mission of Jorvania to the United Nations Office at Geneva presents its compliments to the Office of the High Commissioner and, with reference to communication XAJ 5/2023 dated 12 April 2023, has the honour to transmit the following.\n\nGeneva, 8 June 2023'), 'en');
    expect(r.relatedCommunications).toEqual([{ reference: 'XAJ 5/2023', date: '2023-04-12' }]);
    expect(r.recipient?.code).toBe('XAJ');
  });
  it('names a company by its letterhead, and its signatory’s title is not part of its name', () => {
    const r = readReply(toParagraphs('Coldmere Mining Ltd\n14 Harbour Road, Tolvar\n\n2 June 2023\n\nDear Special Rapporteurs,\n\nThank you for your letter dated 14 March 2023 (ref. AL OTH 4/2023) concerning Ms. Odile Marchetti.\n\nYours sincerely,\n\nJane Holloway\nGeneral Counsel\nColdmere Mining Ltd'), 'en');
    expect(r.recipient).toEqual({ code: 'OTH', name: 'Coldmere Mining Ltd' });
    expect(r.organizations.map((o) => o.name)).toEqual(['Coldmere Mining Ltd']);
    expect(r.persons.map((p) => p.name)).toEqual(['Odile Marchetti']);
  });
  it('names the persons and organisations the reply speaks of, the persons as mentioned', () => {
    const r = readReply(toParagraphs('La Misión Permanente de Jorvania saluda atentamente y, en relación con la comunicación UA XAJ 4/2023, informa que el Sr. Julián Orvieto Ramírez, miembro del Comité de Solidaridad con los Presos Políticos (CSPP), fue puesto en libertad el 20 de mayo de 2023.\n\nGinebra, 10 de julio de 2023'), 'es');
    expect(r.persons.map((p) => [p.name, p.role])).toEqual([['Julián Orvieto Ramírez', 'mentioned']]);
    expect(r.organizations).toEqual([{ name: 'Comité de Solidaridad con los Presos Políticos', variants: ['CSPP'] }]);
  });
  it('takes its own heading for a title, and has none when it has no heading', () => {
    const headed = readReply(toParagraphs('The Permanent Mission of Jorvania presents its compliments and, with reference to communication AL XAJ 5/2023, has the honour to transmit the reply.\n\nGeneva, 8 June 2023\n\nReply of the Government of Jorvania to the joint communication AL XAJ 5/2023\n\n1. The Government rejects the allegations.'), 'en');
    expect(headed.title).toBe('Reply of the Government of Jorvania to the joint communication AL XAJ 5/2023');
    const re = readReply(toParagraphs('Marlow Energy Group\n\n22 septembre 2022\n\nRe: your letter OL XAF 1/2022 of 25 juillet 2022\n\nMarlow Energy Group acknowledges receipt of the joint communication OL XAF 1/2022.'), 'fr');
    expect(re.title).toBe('your letter OL XAF 1/2022 of 25 juillet 2022');
    const plainNote = readReply(toParagraphs('La Mission permanente de la Jorvanie présente ses compliments et, en réponse à la communication AL XAJ 4/2023, a l’honneur de transmettre ce qui suit.\n\nGenève, le 30 juin 2023'), 'fr');
    expect(plainNote.title).toBeNull();
  });
  it('names a company by the signature when it has no letterhead', () => {
    const r = readReply(toParagraphs('Dear Special Rapporteurs,\n\nThank you for your letter dated 14 March 2023 (ref. AL OTH 4/2023) concerning Ms. Odile Marchetti.\n\nYours sincerely,\n\nJane Holloway\nGeneral Counsel\nColdmere Mining Ltd\n\n2 June 2023'), 'en');
    expect(r.recipient).toEqual({ code: 'OTH', name: 'Coldmere Mining Ltd' });
  });
});
