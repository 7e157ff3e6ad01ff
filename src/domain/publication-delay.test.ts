import { describe, expect, it } from 'vitest';
import { RapError } from './errors.js';
import { checkOlPublicationDays, publicationDelayFor } from './publication-delay.js';

describe('publicationDelayFor', () => {
  it('gives a letter on legislation the lead mandate’s setting', () => {
    expect(publicationDelayFor('OL', 0)).toBe(0);
    expect(publicationDelayFor('OL', 14)).toBe(14);
    expect(publicationDelayFor('OL', 60)).toBe(60);
  });

  it('keeps 60 days for an OL whose lead has no setting', () => {
    expect(publicationDelayFor('OL', null)).toBe(60);
  });

  it('keeps 60 days for urgent appeals and allegation letters, whatever the setting', () => {
    expect(publicationDelayFor('AL', 0)).toBe(60);
    expect(publicationDelayFor('UA', 7)).toBe(60);
    expect(publicationDelayFor('UA', null)).toBe(60);
  });

  it('refuses a stored setting outside 0..60 rather than using it', () => {
    expect(() => publicationDelayFor('OL', 61)).toThrow(RapError);
    expect(() => publicationDelayFor('OL', -1)).toThrow(RapError);
  });
});

describe('checkOlPublicationDays', () => {
  it('accepts whole days from 0 to 60', () => {
    expect(checkOlPublicationDays(0)).toBe(0);
    expect(checkOlPublicationDays(60)).toBe(60);
  });

  it.each([61, -1, 2.5, Number.NaN, '10', null, undefined])('refuses %s, naming the field', (value) => {
    try {
      checkOlPublicationDays(value);
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(RapError);
      expect((e as RapError).code).toBe('RAP_ERR_INVALID');
      expect((e as RapError).location.field).toBe('olPublicationDays');
    }
  });
});
