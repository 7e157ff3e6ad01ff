import { describe, expect, it } from 'vitest';
import { findCitations, findReferences, formatReference, parseReference } from './reference.js';

describe('parseReference', () => {
  it.each([
    ['Ref.: AL XAB 1/2024', 'AL XAB 1/2024'],
    ['REFERENCE: UA XAC 3/2019 27 May 2019', 'UA XAC 3/2019'],
    ['AL XAD 1/2016: 28 April 2016', 'AL XAD 1/2016'],
    ['OLXAE 17/2020', 'OL XAE 17/2020'],
    ['OL XAF 8.2021', 'OL XAF 8/2021'],
    ['Référence : AL XAG 3/2023', 'AL XAG 3/2023'],
    ['Referencia: UA XAH 5/2023', 'UA XAH 5/2023'],
  ])('reads %s', (line, canonical) => {
    expect(parseReference(line)?.text).toBe(canonical);
  });

  it('reads the joint prefix of public listings as the plain type', () => {
    const ref = parseReference('JUA XAI 2/2022');
    expect(ref).toMatchObject({ type: 'UA', recipient: 'XAI', number: 2, year: 2022, text: 'UA XAI 2/2022' });
    expect(parseReference('JAL XAI 3/2022')?.type).toBe('AL');
    expect(parseReference('JOL XAI 4/2022')?.type).toBe('OL');
  });

  it('keeps the internal codes of older references apart from the canonical text', () => {
    const ref = parseReference('Reference: UA G/SO 214 (53-24) G/SO 218/2 XAJ 12/2013');
    expect(ref?.text).toBe('UA XAJ 12/2013');
    expect(ref?.internalCodes).toEqual(['G/SO 214 (53-24)', 'G/SO 218/2']);
    const older = parseReference('AL G/SO 214 (67-17) Assembly & Association (2010-1) XAK 10/2013');
    expect(older?.text).toBe('AL XAK 10/2013');
    expect(older?.internalCodes).toEqual(['G/SO 214 (67-17)', 'Assembly & Association (2010-1)']);
  });

  it('parses unknown recipient codes (the extractor warns about them)', () => {
    expect(parseReference('Ref.: UA QQQ 1/2020')?.recipient).toBe('QQQ');
  });

  it('finds nothing in ordinary prose', () => {
    expect(parseReference('The ALGERIA 1/2020 figures and UAE data')).toBeNull();
    expect(parseReference('Please use this reference in your reply')).toBeNull();
  });
});

describe('findReferences', () => {
  it('finds earlier letters with the date written after them', () => {
    const refs = findReferences('We recall our earlier letter (see AL XAB 4/2019, sent on 25 October 2019) and UA XAB 2/2020.');
    expect(refs.map((r) => [r.reference.text, r.date])).toEqual([
      ['AL XAB 4/2019', '2019-10-25'],
      ['UA XAB 2/2020', null],
    ]);
  });

  it('finds the date written before a reference in parentheses', () => {
    const refs = findReferences('were raised in a communication to the Government dated 18 March 2024 (AL XAC 1/2024).');
    expect(refs[0]).toMatchObject({ date: '2024-03-18' });
    expect(refs[0]!.reference.text).toBe('AL XAC 1/2024');
    const labelled = findReferences('our communication of 2 September 2019 (ref. OL XAA 3/2019) and that of 4 May 2020 (réf. : UA XAA 1/2020)');
    expect(labelled.map((r) => [r.reference.text, r.date])).toEqual([['OL XAA 3/2019', '2019-09-02'], ['UA XAA 1/2020', '2020-05-04']]);
  });

  it('reads French and Spanish links to the date', () => {
    expect(findReferences('notre communication AL XAD 2/2021 du 3 mars 2021')[0]?.date).toBe('2021-03-03');
    expect(findReferences('la comunicación UA XAE 7/2022 de fecha 9 de mayo de 2022')[0]?.date).toBe('2022-05-09');
  });

  it('flags the joint prefix', () => {
    expect(findReferences('JAL XAF 1/2020')[0]?.joint).toBe(true);
  });
});

describe('findCitations', () => {
  const known = (code: string) => ['XAB', 'XAC', 'OTH'].includes(code);

  it('finds letters cited in the listing form, without the type, with their dates', () => {
    const cited = findCitations('These concerns were raised in our communication of 3 May 2021 (XAB 10/2021), to which no reply has been received, and in AL XAC 2/2022.', known);
    expect(cited.map((c) => [c.text, c.key, c.date])).toEqual([
      ['XAB 10/2021', 'XAB 10/2021', '2021-05-03'],
      ['AL XAC 2/2022', 'XAC 2/2022', null],
    ]);
  });

  it('cites a letter once, under its type when the text gives it anywhere', () => {
    const cited = findCitations('We refer to XAB 4/2020. In our letter UA XAB 4/2020 we asked for information; XAB 4/2020 remains unanswered.', known);
    expect(cited.map((c) => c.text)).toEqual(['UA XAB 4/2020']);
  });

  it('leaves out codes that no letter is addressed under, and numbers that are not references', () => {
    const cited = findCitations('The plant holds ISO 9001/2015 certification; see A/HRC/41/33, XZZ 1/2020 and XAB 0/2021.', known);
    expect(cited).toEqual([]);
  });

  it('does not read the codes inside a typed reference again', () => {
    const cited = findCitations('UA G/SO 214 (53-24) XAC 12/2013', known);
    expect(cited.map((c) => c.text)).toEqual(['UA XAC 12/2013']);
  });
});

describe('formatReference', () => {
  it('writes the canonical form', () => {
    expect(formatReference({ type: 'OL', recipient: 'XAG', number: 8, year: 2021 })).toBe('OL XAG 8/2021');
  });
});
