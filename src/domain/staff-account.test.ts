import { describe, expect, it } from 'vitest';
import { EMAIL_MAX, isEmailAddress, normalizeEmail, secondFactorStep } from './staff-account.js';

describe('staff account email', () => {
  it('is compared trimmed and in lower case', () => {
    expect(normalizeEmail('  Ana.Ruiz@Example.ORG ')).toBe('ana.ruiz@example.org');
  });

  it('has a local part, an @ and a domain with a dot, and no more than EMAIL_MAX characters', () => {
    expect(isEmailAddress('ana@example.org')).toBe(true);
    expect(isEmailAddress('ana@example')).toBe(false);
    expect(isEmailAddress('ana example@example.org')).toBe(false);
    expect(isEmailAddress('<ana@example.org>')).toBe(false);
    const domain = '@example.org';
    expect(isEmailAddress(`${'a'.repeat(EMAIL_MAX - domain.length)}${domain}`)).toBe(true);
    expect(isEmailAddress(`${'a'.repeat(EMAIL_MAX - domain.length + 1)}${domain}`)).toBe(false);
  });
});

describe('second-factor step', () => {
  it('asks for a code whenever the account has a factor, whatever its role', () => {
    expect(secondFactorStep({ role: 'viewer', totpSecretSealed: 'sealed' }, false)).toBe('verify');
    expect(secondFactorStep({ role: 'admin', totpSecretSealed: 'sealed' }, true)).toBe('verify');
  });

  it('asks administrators and officers without one to set one up, only when a factor is required', () => {
    expect(secondFactorStep({ role: 'admin', totpSecretSealed: null }, true)).toBe('enrol');
    expect(secondFactorStep({ role: 'officer', totpSecretSealed: null }, true)).toBe('enrol');
    expect(secondFactorStep({ role: 'admin', totpSecretSealed: null }, false)).toBe('none');
  });

  it('lets the other roles in on their password alone', () => {
    expect(secondFactorStep({ role: 'mandate-holder', totpSecretSealed: null }, true)).toBe('none');
    expect(secondFactorStep({ role: 'viewer', totpSecretSealed: null }, true)).toBe('none');
  });
});
