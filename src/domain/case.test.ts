import { describe, expect, it } from 'vitest';
import { caseAuditEntry, CASE_LIMITS, checkCaseFields, checkCaseTitle } from './case.js';

const ctx = { isCountry: (c: string) => ['XAA', 'XAB'].includes(c) };

describe('checkCaseFields', () => {
  it('cleans the fields and reads the country code in capitals', () => {
    expect(checkCaseFields({ title: '  Harbour \n detentions ', summary: ' Three arrests.\r\n', countryCode: ' xab ' }, ctx)).toEqual({
      ok: true,
      value: { title: 'Harbour detentions', summary: 'Three arrests.', status: 'open', countryCode: 'XAB' },
    });
    expect(checkCaseFields({ title: 'Quarry evictions', status: 'closed', countryCode: '' }, ctx)).toMatchObject({ ok: true, value: { status: 'closed', countryCode: null } });
  });

  it('names every field that is wrong', () => {
    const checked = checkCaseFields({ title: '', status: 'pending', countryCode: 'Nowhere' }, ctx);
    expect(checked).toEqual({
      ok: false,
      errors: {
        title: 'Give the case a title.',
        status: 'A case is open or closed.',
        country: 'Choose the country from the list (an ISO 3166 alpha-3 code such as XAA).',
      },
    });
    const long = checkCaseFields({ title: 'x'.repeat(CASE_LIMITS.title + 1), summary: 'y'.repeat(CASE_LIMITS.summary + 1) }, ctx);
    expect(long).toMatchObject({ ok: false, errors: { title: expect.stringContaining('the limit is 200'), summary: expect.stringContaining('the limit is 20,000') } });
  });
});

describe('checkCaseTitle', () => {
  it('puts the title on one line and says what is wrong with it', () => {
    expect(checkCaseTitle(' Harbour\n\ndetentions ')).toEqual({ title: 'Harbour detentions', problem: null });
    expect(checkCaseTitle('   ')).toEqual({ title: '', problem: 'Give the case a title.' });
    expect(checkCaseTitle(undefined).problem).toBe('Give the case a title.');
  });
});

describe('caseAuditEntry', () => {
  it('writes a change under the case itself', () => {
    expect(caseAuditEntry({ userId: 7, label: 'user:7 ana@example.org' }, 'case.letter.link', 12, null, { reference: 'AL XAA 1/2024' })).toEqual({
      actorId: 7,
      actor: 'user:7 ana@example.org',
      action: 'case.letter.link',
      entity: 'case',
      entityId: '12',
      before: null,
      after: { reference: 'AL XAA 1/2024' },
    });
  });
});
