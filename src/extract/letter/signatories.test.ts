import { describe, expect, it } from 'vitest';
import { readSignatories } from './signatories.js';

describe('readSignatories', () => {
  it('reads name then title on separate paragraphs and matches the mandate', () => {
    expect(readSignatories(['Priya Ostrander', 'Chair-Rapporteur of the Working Group on Arbitrary Detention'], 2024)).toEqual([
      { name: 'Priya Ostrander', title: 'Chair-Rapporteur of the Working Group on Arbitrary Detention', mandateId: 'wg-arbitrary-detention' },
    ]);
  });
  it('splits a name and title joined into one paragraph (PDF text)', () => {
    const s = readSignatories(['Ilse Marwood Présidente-Rapporteuse du Groupe de travail sur la détention arbitraire', 'Lucía Ferrante Relatora Especial sobre la tortura y otros tratos o penas crueles, inhumanos o degradantes'], 2023);
    expect(s.map((x) => [x.name, x.mandateId])).toEqual([['Ilse Marwood', 'wg-arbitrary-detention'], ['Lucía Ferrante', 'sr-torture']]);
  });
  it('matches a signatory without a title by the holders of the year', () => {
    expect(readSignatories(['Mary Lawlor'], 2022)).toEqual([{ name: 'Mary Lawlor', title: null, mandateId: 'sr-human-rights-defenders' }]);
  });
  it('matches former holders too, by the years of their terms', () => {
    expect(readSignatories(['Frank La Rue'], 2012)[0]?.mandateId).toBe('sr-freedom-of-expression');
    expect(readSignatories(['David Kaye'], 2016)[0]?.mandateId).toBe('sr-freedom-of-expression');
    expect(readSignatories(['David Kaye'], 2023)[0]?.mandateId).toBeNull();
  });
  it('reads a name and its title on one line, after a comma', () => {
    expect(readSignatories(['Priya Ostrander, Chair-Rapporteur of the Working Group on Arbitrary Detention'], 2024).map((x) => [x.name, x.mandateId])).toEqual([
      ['Priya Ostrander', 'wg-arbitrary-detention'],
    ]);
  });
  it('pairs a table of signatures by column, its rows run together', () => {
    const table = 'Priya Ostrander | Lucía Ferrante Chair-Rapporteur of the Working Group on Arbitrary Detention | Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment';
    expect(readSignatories([table], 2024).map((x) => [x.name, x.mandateId])).toEqual([
      ['Priya Ostrander', 'wg-arbitrary-detention'],
      ['Lucía Ferrante', 'sr-torture'],
    ]);
  });
  it('reads a table whose cells each hold a whole signature, row after row (a DOCX)', () => {
    const table = [
      'Priya Ostrander Chair-Rapporteur of the Working Group on Arbitrary Detention | Lucía Ferrante Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment',
      'Tomas Bericht Special Rapporteur on the situation of human rights defenders |',
    ].join('\n');
    expect(readSignatories([table], 2024).map((x) => [x.name, x.mandateId])).toEqual([
      ['Priya Ostrander', 'wg-arbitrary-detention'],
      ['Lucía Ferrante', 'sr-torture'],
      ['Tomas Bericht', 'sr-human-rights-defenders'],
    ]);
  });
  it('pairs each row of names with the row of titles under it, however many columns each pair has', () => {
    const table = [
      'Priya Ostrander | Lucía Ferrante',
      'Chair-Rapporteur of the Working Group on Arbitrary Detention | Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment',
      'Tomas Bericht |',
      'Special Rapporteur on the situation of human rights defenders |',
    ].join('\n');
    expect(readSignatories([table], 2024).map((x) => [x.name, x.title?.slice(0, 26)])).toEqual([
      ['Priya Ostrander', 'Chair-Rapporteur of the Wo'],
      ['Lucía Ferrante', 'Special Rapporteur on tort'],
      ['Tomas Bericht', 'Special Rapporteur on the '],
    ]);
  });
  it('cuts a paragraph holding several signatories before each holder of the year', () => {
    const joined = 'Alice Jill Edwards Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment Margaret Satterthwaite Special Rapporteur on the independence of judges and lawyers';
    expect(readSignatories([joined], 2023).map((x) => [x.name, x.mandateId])).toEqual([
      ['Alice Jill Edwards', 'sr-torture'],
      ['Margaret Satterthwaite', 'sr-independence-judges-lawyers'],
    ]);
  });
  it('joins the end of a title that a narrow column put on a line of its own, and not the next name', () => {
    const s = readSignatories(['Priya Ostrander', 'Vice-Chair of the Working Group on Arbitrary', 'Detention', 'Lucía Ferrante', 'Special Rapporteur on the situation of human', 'rights defenders', 'Tomas Bericht'], 2024);
    expect(s.map((x) => [x.name, x.title, x.mandateId])).toEqual([
      ['Priya Ostrander', 'Vice-Chair of the Working Group on Arbitrary Detention', 'wg-arbitrary-detention'],
      ['Lucía Ferrante', 'Special Rapporteur on the situation of human rights defenders', 'sr-human-rights-defenders'],
      ['Tomas Bericht', null, null],
    ]);
  });
  it('stops at the annex', () => {
    expect(readSignatories(['Priya Ostrander', 'Working Group on Arbitrary Detention', 'Annex', 'Reference to international human rights law'], 2024)).toHaveLength(1);
  });
});
