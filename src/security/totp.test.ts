import { TOTP, URI } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { checkTotp, groupSecret, newTotpSecret, normalizeCode, qrSvg, totpCode, totpStep, totpUri } from './totp.js';

// RFC 6238 appendix B: the SHA-1 seed "12345678901234567890" in base32, at T = 59 s gives 94287082 (8 digits).
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP', () => {
  it('makes the codes of RFC 6238 (the last six digits of the 8-digit test vectors)', () => {
    expect(totpCode(RFC_SECRET, 59_000)).toBe('287082');
    expect(totpCode(RFC_SECRET, 1_111_111_109_000)).toBe('081804');
    expect(totpCode(RFC_SECRET, 1_234_567_890_000)).toBe('005924');
  });

  it('accepts the code of the step before and after, not two steps away, and says which step it was', () => {
    const secret = newTotpSecret();
    const now = 1_700_000_015_000;
    const step = totpStep(now);
    expect(checkTotp(secret, totpCode(secret, now), { now })).toEqual({ ok: true, step });
    expect(checkTotp(secret, totpCode(secret, now - 30_000), { now })).toEqual({ ok: true, step: step - 1 });
    expect(checkTotp(secret, totpCode(secret, now + 30_000), { now })).toEqual({ ok: true, step: step + 1 });
    expect(checkTotp(secret, totpCode(secret, now - 60_000), { now })).toEqual({ ok: false, reason: 'wrong' });
  });

  it('refuses a code of a step already used, and an older one', () => {
    const secret = newTotpSecret();
    const now = 1_700_000_015_000;
    const code = totpCode(secret, now);
    const first = checkTotp(secret, code, { now });
    expect(first.ok).toBe(true);
    const step = first.ok ? first.step : 0;
    expect(checkTotp(secret, code, { now: now + 5_000, lastStep: step })).toEqual({ ok: false, reason: 'replayed' });
    expect(checkTotp(secret, totpCode(secret, now - 30_000), { now, lastStep: step })).toEqual({ ok: false, reason: 'replayed' });
    expect(checkTotp(secret, totpCode(secret, now + 30_000), { now: now + 30_000, lastStep: step }).ok).toBe(true);
  });

  it('reads codes typed with spaces or a dash, and refuses what is not six digits', () => {
    expect(normalizeCode(' 123 456 ')).toBe('123456');
    expect(normalizeCode('123-456')).toBe('123456');
    expect(normalizeCode('12345')).toBeNull();
    expect(normalizeCode('12345a')).toBeNull();
    expect(checkTotp(newTotpSecret(), 'abcdef')).toEqual({ ok: false, reason: 'malformed' });
  });

  it('gives an app what it needs: an otpauth address, a QR code, the secret in groups', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = totpUri(secret, 'ana@staff.example');
    const parsed = URI.parse(uri) as TOTP;
    expect(parsed).toBeInstanceOf(TOTP);
    expect(parsed.secret.base32).toBe(secret);
    expect(parsed.issuer).toBe('Rapporteur');
    expect(parsed.label).toBe('ana@staff.example');
    expect([parsed.algorithm, parsed.digits, parsed.period]).toEqual(['SHA1', 6, 30]);
    const svg = qrSvg(uri);
    expect(svg).toMatch(/^<svg role="img" aria-label="QR code for your authenticator app" xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toContain('<script');
    expect(groupSecret('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')).toBe('ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567');
  });
});
