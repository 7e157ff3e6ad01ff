import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { existingKeys, loadKeys } from './keyring-config.js';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'rap-keys-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the configured keys', () => {
  it('are created in the data directory on first start, and read back the same', () => {
    const env = { RAPPORTEUR_DATA: tempDir() };
    const first = loadKeys(env);
    expect(first.created).toBe(true);
    expect(existsSync(join(env.RAPPORTEUR_DATA, 'keys.json'))).toBe(true);
    const again = loadKeys(env);
    expect(again.created).toBe(false);
    expect(again.keyring.current).toBe(first.keyring.current);
  });

  it('are only read, never created, by a command that just opens sealed values', () => {
    const env = { RAPPORTEUR_DATA: tempDir() };
    expect(existingKeys(env)).toBeNull();
    expect(existsSync(join(env.RAPPORTEUR_DATA, 'keys.json'))).toBe(false);
    const made = loadKeys(env);
    expect(existingKeys(env)?.keyring.current).toBe(made.keyring.current);
    const fromEnv = existingKeys({ RAPPORTEUR_KEY: Buffer.alloc(32, 7).toString('base64') });
    expect(fromEnv?.origin).toBe('RAPPORTEUR_KEY');
  });
});
