/**
 * Where the keys of the field cipher come from:
 * - `RAPPORTEUR_KEY`: one key in base64, or several as `id:base64,id:base64` (the first seals new
 *   values; the others only open old ones until `rapporteur keys rotate` has re-sealed them);
 * - else the key file `RAPPORTEUR_KEY_FILE` (default `<RAPPORTEUR_DATA>/keys.json`), JSON
 *   `{ "current": id, "keys": { id: base64 } }`, created with a new key (mode 0600) when missing.
 * A deployment keeps the key apart from the database and its backups: a copy of the database
 * without the key reveals no confidential field.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RapError } from '../domain/errors.js';
import { decodeKey, defaultKeyId, generateKey, keyringOf, type Keyring } from './field-cipher.js';

export interface KeySource {
  keyring: Keyring;
  /** Where the keys came from, for messages: `RAPPORTEUR_KEY` or the file's path. */
  origin: string;
  /** The key file, when the keys come from one (rotation writes the new key there). */
  file?: string;
  /** True when the file was created just now. */
  created: boolean;
}

export function keyFilePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.RAPPORTEUR_KEY_FILE || join(env.RAPPORTEUR_DATA || './data', 'keys.json');
}

/** Parses `RAPPORTEUR_KEY`. */
export function keyringFromEnv(value: string): Keyring {
  const entries = value.split(',').map((s) => s.trim()).filter(Boolean).map((entry, i) => {
    const colon = entry.indexOf(':');
    const where = `RAPPORTEUR_KEY (entry ${i + 1})`;
    return colon > 0 ? { id: entry.slice(0, colon), key: decodeKey(entry.slice(colon + 1), where) } : { key: decodeKey(entry, where) };
  });
  return keyringOf(entries, 'RAPPORTEUR_KEY');
}

interface KeyFileJson {
  current: string;
  keys: Record<string, string>;
}

export function readKeyFile(path: string): Keyring {
  let json: KeyFileJson;
  try {
    json = JSON.parse(readFileSync(path, 'utf8')) as KeyFileJson;
  } catch (e) {
    throw new RapError('RAP_ERR_KEY', `${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not a key file (JSON with "current" and "keys")'}`);
  }
  if (!json || typeof json.current !== 'string' || typeof json.keys !== 'object' || json.keys === null) {
    throw new RapError('RAP_ERR_KEY', `${path}: a key file is JSON with "current" (a key id) and "keys" (id → base64 key)`);
  }
  const ids = Object.keys(json.keys);
  if (!ids.includes(json.current)) throw new RapError('RAP_ERR_KEY', `${path}: the current key "${json.current}" is not among the keys`);
  const ordered = [json.current, ...ids.filter((id) => id !== json.current)];
  return keyringOf(ordered.map((id) => ({ id, key: decodeKey(String(json.keys[id]), `${path} (key ${id})`) })), path);
}

/** Writes a keyring to its file atomically, readable by its owner only. */
export function writeKeyFile(path: string, keyring: Keyring): void {
  const json: KeyFileJson = { current: keyring.current, keys: Object.fromEntries([...keyring.keys].map(([id, key]) => [id, key.toString('base64')])) };
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(json, null, 2)}\n`, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, path);
}

/** A keyring with a new current key, the old keys kept to open what they sealed. */
export function withNewKey(keyring: Keyring): Keyring {
  const key = generateKey();
  const id = defaultKeyId(key);
  return { current: id, keys: new Map([[id, key], ...keyring.keys]) };
}

/** The configured keys, or null when none is configured yet (nothing is created). */
export function existingKeys(env: NodeJS.ProcessEnv = process.env): KeySource | null {
  if (env.RAPPORTEUR_KEY) return { keyring: keyringFromEnv(env.RAPPORTEUR_KEY), origin: 'RAPPORTEUR_KEY', created: false };
  const file = keyFilePath(env);
  return existsSync(file) ? { keyring: readKeyFile(file), origin: file, file, created: false } : null;
}

/** The configured keys; a missing key file is created with a new key. */
export function loadKeys(env: NodeJS.ProcessEnv = process.env): KeySource {
  const existing = existingKeys(env);
  if (existing) return existing;
  const file = keyFilePath(env);
  const key = generateKey();
  const keyring = keyringOf([{ key }], file);
  writeKeyFile(file, keyring);
  return { keyring, origin: file, file, created: true };
}
