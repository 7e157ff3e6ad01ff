import { describe, expect, it } from 'vitest';
import { AFFILIATION_MAX } from './case-person-input.js';
import { combineAffiliation, combineConsent, mergeRoles, rowValues, sameValues } from './case-person-merge.js';

describe('combineConsent', () => {
  it('lets a refusal win over a consent, whichever record holds it', () => {
    expect(combineConsent(true, false)).toBe(false);
    expect(combineConsent(false, true)).toBe(false);
    expect(combineConsent(null, false)).toBe(false);
  });

  it('keeps a consent when the other record says nothing, and nothing when neither does', () => {
    expect(combineConsent(true, null)).toBe(true);
    expect(combineConsent(null, true)).toBe(true);
    expect(combineConsent(true, true)).toBe(true);
    expect(combineConsent(null, null)).toBeNull();
  });
});

describe('mergeRoles', () => {
  it('gives the roles of either record once, in the order of the role codes', () => {
    expect(mergeRoles(['witness', 'defender'], ['journalist', 'defender'])).toEqual(['defender', 'journalist', 'witness']);
    expect(mergeRoles([], [])).toEqual([]);
  });

  it('drops what is not a role code', () => {
    expect(mergeRoles(['lawyer', 'Lawyer'], ['not-a-role'])).toEqual(['lawyer']);
  });
});

describe('combineAffiliation', () => {
  it('keeps the one given, or the one when both are the same', () => {
    expect(combineAffiliation('Aldoria Bar', null)).toBe('Aldoria Bar');
    expect(combineAffiliation(null, 'Aldoria Bar')).toBe('Aldoria Bar');
    expect(combineAffiliation('Aldoria Bar', 'Aldoria Bar')).toBe('Aldoria Bar');
    expect(combineAffiliation(null, null)).toBeNull();
  });

  it('joins two different affiliations, unless the two would pass the limit', () => {
    expect(combineAffiliation('Aldoria Bar', 'NeMolchi.KZ')).toBe('Aldoria Bar; NeMolchi.KZ');
    const long = 'x'.repeat(AFFILIATION_MAX - 5);
    expect(combineAffiliation(long, 'NeMolchi.KZ')).toBe(long);
  });
});

describe('rowValues and sameValues', () => {
  const row = { roles: ['defender', 'lawyer'], affiliation: 'Aldoria Bar', consent_to_state: true, consent_public: null };

  it('gives the values of a case row as the audit trail keeps them', () => {
    expect(rowValues(row)).toEqual({ roles: ['defender', 'lawyer'], affiliation: 'Aldoria Bar', consentToState: true, consentPublic: null });
  });

  it('finds a row unchanged whatever the order of the keys, and changed by any value', () => {
    const written = rowValues(row);
    expect(sameValues(written, { consentPublic: null, consentToState: true, affiliation: 'Aldoria Bar', roles: ['defender', 'lawyer'] })).toBe(true);
    expect(sameValues(written, { ...written, roles: ['defender'] })).toBe(false);
    expect(sameValues(written, { ...written, affiliation: null })).toBe(false);
    expect(sameValues(written, { ...written, consentToState: false })).toBe(false);
    expect(sameValues(written, { ...written, consentPublic: true })).toBe(false);
  });
});
