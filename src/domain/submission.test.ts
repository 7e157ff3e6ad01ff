import { describe, expect, it } from 'vitest';
import {
  draftFromFields,
  emptyDraft,
  newReceiptCode,
  parseReceiptCode,
  validateSubmission,
  type SubmissionDraft,
  type VictimDraft,
} from './submission.js';

const ctx = { language: 'en' as const, today: '2025-06-15', isCountry: (c: string) => ['XAA', 'XAB'].includes(c) };

function draft(overrides: Partial<SubmissionDraft> = {}, victim: Partial<VictimDraft> = {}): SubmissionDraft {
  const d = emptyDraft();
  return {
    ...d,
    victims: [{ ...d.victims[0]!, name: 'Ilona Varga', ...victim }],
    summary: 'She was detained at a checkpoint and has not been seen since.',
    submitter: { name: 'Tomas Berg', organization: '', email: 'tomas@example.org', phone: '', relation: 'brother' },
    ...overrides,
  };
}

const errorsOf = (d: SubmissionDraft) => {
  const r = validateSubmission(d, ctx);
  return r.ok ? {} : r.errors;
};

describe('validateSubmission', () => {
  it('accepts a complete submission and gives it typed values', () => {
    const r = validateSubmission(
      draft(
        { place: ' Aldovia city ', countryCode: 'xaa', incidentYear: '2025', incidentMonth: '3', incidentDay: '4', perpetrators: 'Police of the 3rd district' },
        { otherNames: 'Ilona Warga\r\n\r\nI. Varga', gender: 'female', role: 'defender', consentToState: 'yes', consentPublic: 'no' },
      ),
      ctx,
    );
    expect(r).toEqual({
      ok: true,
      input: {
        language: 'en',
        victims: [{ name: 'Ilona Varga', otherNames: ['Ilona Warga', 'I. Varga'], gender: 'female', role: 'defender', consentToState: true, consentPublic: false }],
        perpetrators: 'Police of the 3rd district',
        summary: 'She was detained at a checkpoint and has not been seen since.',
        place: 'Aldovia city',
        countryCode: 'XAA',
        incidentDate: '2025-03-04',
        submitter: { name: 'Tomas Berg', organization: '', email: 'tomas@example.org', phone: '', relation: 'brother' },
      },
    });
  });

  it('treats consents not asked yet as null', () => {
    const r = validateSubmission(draft({}, { consentToState: 'unknown', consentPublic: '' }), ctx);
    expect(r.ok && r.input.victims[0]).toMatchObject({ consentToState: null, consentPublic: null });
  });

  it('needs at least one victim with a name, and a name for every victim described', () => {
    expect(errorsOf(draft({}, { name: '  ' }))).toEqual({ 'victims.0.name': { code: 'victim-required' } });
    const two = draft();
    two.victims.push({ ...two.victims[0]!, name: '', role: 'journalist' });
    expect(errorsOf(two)).toEqual({ 'victims.1.name': { code: 'required' } });
  });

  it('drops empty victim blocks', () => {
    const d = draft();
    d.victims.push({ name: '', otherNames: '', gender: '', role: '', consentToState: 'unknown', consentPublic: 'unknown' });
    const r = validateSubmission(d, ctx);
    expect(r.ok && r.input.victims).toHaveLength(1);
  });

  it('needs what happened, the sender and a way to reach them', () => {
    const d = draft({ summary: '\n ', submitter: { name: '', organization: '', email: '', phone: '', relation: '' } });
    expect(errorsOf(d)).toEqual({
      summary: { code: 'required' },
      'submitter.name': { code: 'required' },
      'submitter.email': { code: 'contact-required' },
    });
    const byPhone = draft({ submitter: { name: 'Tomas Berg', organization: '', email: '', phone: '+41 22 917 12 34', relation: '' } });
    expect(validateSubmission(byPhone, ctx).ok).toBe(true);
  });

  it('refuses a malformed e-mail address and phone number', () => {
    const d = draft({ submitter: { name: 'Tomas Berg', organization: '', email: 'tomas at example', phone: 'call me', relation: '' } });
    expect(errorsOf(d)).toEqual({ 'submitter.email': { code: 'invalid-email' }, 'submitter.phone': { code: 'invalid-phone' } });
  });

  it('bounds every field', () => {
    const d = draft({ summary: 'x'.repeat(20_001), place: 'p'.repeat(501) }, { name: 'n'.repeat(201), role: 'r'.repeat(201), otherNames: Array(11).fill('a').join('\n') });
    expect(errorsOf(d)).toEqual({
      summary: { code: 'too-long', max: 20_000 },
      place: { code: 'too-long', max: 500 },
      'victims.0.name': { code: 'too-long', max: 200 },
      'victims.0.role': { code: 'too-long', max: 200 },
      'victims.0.otherNames': { code: 'too-many', max: 10 },
    });
    const many = draft();
    many.victims = Array.from({ length: 11 }, (_, i) => ({ ...many.victims[0]!, name: `Person ${i}` }));
    expect(errorsOf(many)).toEqual({ 'victims.0.name': { code: 'too-many', max: 10 } });
  });

  it('refuses control characters, and line breaks in one-line fields, but keeps them in text', () => {
    expect(errorsOf(draft({ summary: 'before\u0000after' }))).toEqual({ summary: { code: 'control-characters' } });
    expect(errorsOf(draft({}, { name: 'Ilona\u001bVarga' }))).toEqual({ 'victims.0.name': { code: 'control-characters' } });
    expect(errorsOf(draft({ place: 'Aldovia\ncity' }))).toEqual({ place: { code: 'control-characters' } });
    const r = validateSubmission(draft({ summary: 'First.\r\n\r\nSecond.\tIndented.' }), ctx);
    expect(r.ok && r.input.summary).toBe('First.\n\nSecond.\tIndented.');
  });

  it('keeps markup as typed: escaping is the page’s job', () => {
    const r = validateSubmission(draft({ summary: '<script>alert(1)</script>' }, { name: '<b>Ilona</b>' }), ctx);
    expect(r.ok && [r.input.summary, r.input.victims[0]!.name]).toEqual(['<script>alert(1)</script>', '<b>Ilona</b>']);
  });

  it('refuses choices the form does not offer', () => {
    expect(errorsOf(draft({ countryCode: 'ZZZ' }, { gender: 'other', consentToState: 'maybe' }))).toEqual({
      countryCode: { code: 'unknown-country' },
      'victims.0.gender': { code: 'invalid-choice' },
      'victims.0.consentToState': { code: 'invalid-choice' },
    });
  });

  describe('the date of the incident', () => {
    const dateOf = (y: string, m = '', d = '') => {
      const r = validateSubmission(draft({ incidentYear: y, incidentMonth: m, incidentDay: d }), ctx);
      return r.ok ? r.input.incidentDate : r.errors;
    };

    it('is as precise as the sender knew', () => {
      expect(dateOf('')).toBeNull();
      expect(dateOf('2019')).toBe('2019');
      expect(dateOf('2019', '7')).toBe('2019-07');
      expect(dateOf('2024', '02', '29')).toBe('2024-02-29');
      expect(dateOf('2025', '6', '15')).toBe('2025-06-15');
      expect(dateOf('2025')).toBe('2025');
      expect(dateOf('2025', '6')).toBe('2025-06');
    });

    it('is a real date', () => {
      expect(dateOf('2023', '2', '29')).toEqual({ incidentDay: { code: 'invalid-date' } });
      expect(dateOf('2023', '13')).toEqual({ incidentMonth: { code: 'invalid-choice' } });
      expect(dateOf('23')).toEqual({ incidentYear: { code: 'invalid-year' } });
      expect(dateOf('1850')).toEqual({ incidentYear: { code: 'invalid-year' } });
      expect(dateOf('', '3')).toEqual({ incidentYear: { code: 'year-required' } });
      expect(dateOf('2020', '', '3')).toEqual({ incidentMonth: { code: 'month-required' } });
    });

    it('is not in the future', () => {
      expect(dateOf('2025', '6', '16')).toEqual({ incidentDay: { code: 'future-date' } });
      expect(dateOf('2025', '7')).toEqual({ incidentMonth: { code: 'future-date' } });
      expect(dateOf('2026')).toEqual({ incidentYear: { code: 'future-date' } });
    });
  });
});

describe('draftFromFields', () => {
  it('reads the numbered victim blocks and defaults consents to not asked', () => {
    const fields: Record<string, string> = { 'victims.0.name': 'A', 'victims.1.name': 'B', 'victims.1.consentPublic': 'yes', summary: 'S', 'submitter.email': 'e@x.org' };
    const d = draftFromFields((n) => fields[n], 2);
    expect(d.victims.map((v) => [v.name, v.consentToState, v.consentPublic])).toEqual([['A', 'unknown', 'unknown'], ['B', 'unknown', 'yes']]);
    expect(d.summary).toBe('S');
    expect(d.submitter.email).toBe('e@x.org');
    expect(draftFromFields(() => undefined, 0).victims).toHaveLength(1);
    expect(draftFromFields(() => undefined, 99).victims).toHaveLength(10);
  });
});

describe('receipt codes', () => {
  it('are R-XXXX-XXXX-XXXX in Crockford base 32, from random bits', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newReceiptCode()));
    expect(codes.size).toBe(200);
    for (const c of codes) expect(c).toMatch(/^R-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(newReceiptCode(() => Buffer.alloc(8, 0))).toBe('R-0000-0000-0000');
    expect(newReceiptCode(() => Buffer.alloc(8, 0xff))).toBe('R-ZZZZ-ZZZZ-ZZZZ');
  });

  it('are read back however they were typed', () => {
    const code = newReceiptCode();
    expect(parseReceiptCode(code)).toBe(code);
    expect(parseReceiptCode(code.toLowerCase())).toBe(code);
    expect(parseReceiptCode(code.replace(/-/g, ''))).toBe(code);
    expect(parseReceiptCode(code.slice(2).replace(/-/g, ' '))).toBe(code);
    expect(parseReceiptCode('r-abcd-efgh-jkmn')).toBe('R-ABCD-EFGH-JKMN');
    expect(parseReceiptCode('R-0O1I-L000-0000')).toBe('R-0011-1000-0000');
  });

  it('refuse what cannot be a code', () => {
    expect(parseReceiptCode('')).toBeNull();
    expect(parseReceiptCode('R-ABCD-EFGH')).toBeNull();
    expect(parseReceiptCode('R-ABCD-EFGH-JKMU')).toBeNull();
    expect(parseReceiptCode('R-ABCD-EFGH-JKMN-P')).toBeNull();
    expect(parseReceiptCode('<script>')).toBeNull();
  });
});
