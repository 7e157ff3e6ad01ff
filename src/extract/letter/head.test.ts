import { describe, expect, it } from 'vitest';
import { readHead } from './head.js';

describe('readHead', () => {
  it('reads the reference and the date on its own line', () => {
    expect(readHead(['Ref.: AL XAB 1/2024', '(Please use this reference in your reply)', '18 March 2024'])).toMatchObject({
      reference: { text: 'AL XAB 1/2024' }, date: '2024-03-18',
    });
  });
  it('reads an older letter with the date before the reference', () => {
    const head = readHead(['28 June 2012', 'REFERENCE: UA G/SO 214 (53-24) XAD 6/2012']);
    expect(head.reference?.text).toBe('UA XAD 6/2012');
    expect(head.date).toBe('2012-06-28');
  });
  it('takes the date printed after the reference', () => {
    expect(readHead(['REFERENCE: UA XAC 3/2019 27 May 2019']).date).toBe('2019-05-27');
    expect(readHead(['AL XAD 1/2016: 28 April 2016']).date).toBe('2016-04-28');
  });
  it('reads French and Spanish heads', () => {
    expect(readHead(['Référence : AL XAI 3/2023', 'Genève, le 14 mars 2023'])).toMatchObject({ reference: { text: 'AL XAI 3/2023' }, date: '2023-03-14' });
    expect(readHead(['Referencia: UA XAL 5/2022', '7 de junio de 2022'])).toMatchObject({ reference: { text: 'UA XAL 5/2022' }, date: '2022-06-07' });
  });
  it('flags the joint prefix', () => {
    expect(readHead(['JUA XAE 1/2020']).jointPrefix).toBe(true);
  });
});
