import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyDummy, verifyPassword } from './password.js';

describe('passwords', () => {
  it('hashes with Argon2id and verifies only the same password', async () => {
    const h = await hashPassword('correct horse battery staple');
    expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(h).not.toContain('horse');
    expect(await verifyPassword(h, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(h, 'correct horse battery stapl')).toBe(false);
    expect(await hashPassword('correct horse battery staple')).not.toBe(h);
  });

  it('answers false, not an error, for a value that is not a hash and for an over-long password', async () => {
    expect(await verifyPassword('not-a-password-hash', 'anything at all')).toBe(false);
    const h = await hashPassword('x'.repeat(200));
    expect(await verifyPassword(h, 'x'.repeat(200))).toBe(true);
    expect(await verifyPassword(h, 'x'.repeat(201))).toBe(false);
    expect(await verifyDummy('whatever')).toBe(false);
  });

  it('states the policy in words: length, not only spaces, not the email', () => {
    expect(passwordProblem('', 'ana@example.org')).toBe('Enter a password.');
    expect(passwordProblem('short pass', 'ana@example.org')).toMatch(/at least 12 characters long \(it has 10\)/);
    expect(passwordProblem('y'.repeat(201), 'ana@example.org')).toMatch(/at most 200/);
    expect(passwordProblem(' '.repeat(14), 'ana@example.org')).toMatch(/only spaces/);
    expect(passwordProblem('Ana@Example.org ', 'ana@example.org')).toMatch(/cannot be the email/);
    expect(passwordProblem('quiet river stones', 'ana@example.org')).toBeNull();
    // Characters as people count them: twelve emoji are twelve characters.
    expect(passwordProblem('🌍'.repeat(12), 'ana@example.org')).toBeNull();
    expect(passwordProblem('🌍'.repeat(11), 'ana@example.org')).toMatch(/it has 11/);
  });
});
