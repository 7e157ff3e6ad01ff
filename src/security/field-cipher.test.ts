import { describe, expect, it } from 'vitest';
import { RapError } from '../domain/errors.js';
import { createFieldCipher, decodeKey, keyringOf } from './field-cipher.js';

const K1 = Buffer.alloc(32, 1);
const K2 = Buffer.alloc(32, 2);
const cipher = (keys: Array<{ id: string; key: Buffer }>) => createFieldCipher(keyringOf(keys, 'test'));

describe('field cipher', () => {
  it('opens what it sealed, and the sealed text shows neither the value nor the key', () => {
    const c = cipher([{ id: 'k1', key: K1 }]);
    const sealed = c.seal('Amina Okafor, +999 555 0100', 'submissions.submitter');
    expect(sealed).not.toContain('Amina');
    expect(sealed).not.toContain(K1.toString('base64'));
    expect(c.open(sealed, 'submissions.submitter')).toBe('Amina Okafor, +999 555 0100');
    expect(c.seal('x', 'c')).not.toBe(c.seal('x', 'c'));
  });

  it('refuses a value moved to another column, or altered, without saying what it holds', () => {
    const c = cipher([{ id: 'k1', key: K1 }]);
    const sealed = c.seal('secret source', 'submissions.submitter');
    expect(() => c.open(sealed, 'case_events.description')).toThrow(/does not open/);
    // One character of the ciphertext changed (the second to last: a whole 6 bits of data).
    const at = sealed.length - 2;
    const flipped = sealed.slice(0, at) + (sealed[at] === 'A' ? 'B' : 'A') + sealed.slice(at + 1);
    expect(flipped).not.toBe(sealed);
    try {
      c.open(flipped, 'submissions.submitter');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RapError);
      expect((e as Error).message).not.toContain('secret');
    }
  });

  it('opens values of an older key while sealing with the current one, and names a missing key', () => {
    const old = cipher([{ id: 'k1', key: K1 }]);
    const sealedOld = old.seal('old value', 'ctx');
    const rotated = cipher([{ id: 'k2', key: K2 }, { id: 'k1', key: K1 }]);
    expect(rotated.open(sealedOld, 'ctx')).toBe('old value');
    expect(rotated.keyIdOf(rotated.seal('new', 'ctx'))).toBe('k2');
    expect(rotated.keyIdOf(sealedOld)).toBe('k1');
    const onlyNew = cipher([{ id: 'k2', key: K2 }]);
    expect(() => onlyNew.open(sealedOld, 'ctx')).toThrow(/key k1, which is not in the keyring/);
  });

  it('seals bytes (files) the same way', () => {
    const c = cipher([{ id: 'k1', key: K1 }]);
    const pdf = Buffer.from('%PDF-1.4 invented report');
    const sealed = c.sealBytes(pdf, 'staff_files.bytes');
    expect(sealed.includes(Buffer.from('invented'))).toBe(false);
    expect(c.openBytes(sealed, 'staff_files.bytes').equals(pdf)).toBe(true);
    expect(c.keyIdOf(sealed)).toBe('k1');
    expect(() => c.openBytes(sealed.subarray(0, 10), 'staff_files.bytes')).toThrow(/truncated/);
  });

  it('says what is wrong with a key', () => {
    expect(() => decodeKey('c2hvcnQ=', 'RAPPORTEUR_KEY')).toThrow(/RAPPORTEUR_KEY: a key must be 32 bytes .* decodes to 5 bytes/);
  });
});
