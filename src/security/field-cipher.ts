/**
 * Authenticated encryption of confidential fields (AES-256-GCM). A sealed value names the key
 * that sealed it, so that keys can be rotated: new values are sealed with the current key, old
 * ones stay readable while their key is in the keyring, and `rapporteur keys rotate` re-seals
 * everything with the current key. Each value is bound to its place (`context`, such as
 * `submissions.submitter`) as additional data: a sealed value copied into another column does
 * not open there. No message ever contains a plaintext.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { RapError } from '../domain/errors.js';

export interface Keyring {
  /** The id of the key new values are sealed with. */
  current: string;
  /** Every key that may have sealed a stored value, by id (32 bytes each). */
  keys: ReadonlyMap<string, Buffer>;
}

export interface FieldCipher {
  readonly currentKeyId: string;
  seal(plain: string, context: string): string;
  open(sealed: string, context: string): string;
  sealBytes(plain: Buffer, context: string): Buffer;
  openBytes(sealed: Buffer, context: string): Buffer;
  /** The id of the key a value was sealed with (rotation re-seals the others). */
  keyIdOf(sealed: string | Buffer): string;
}

const TEXT_PREFIX = 'rap1';
const BYTES_MAGIC = Buffer.from('RAP1');
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9_-]{1,40}$/;

/** A key's id when none is given: the first 12 hex digits of a hash of the key (never the key). */
export function defaultKeyId(key: Buffer): string {
  return `k${createHash('sha256').update('rapporteur key id').update(key).digest('hex').slice(0, 12)}`;
}

export function generateKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/** A key written in base64 (or base64url), checked for its length. */
export function decodeKey(text: string, where: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== KEY_BYTES) {
    throw new RapError('RAP_ERR_KEY', `${where}: a key must be ${KEY_BYTES} bytes written in base64 (44 characters); this one decodes to ${key.length} bytes`);
  }
  return key;
}

export function keyringOf(keys: Array<{ id?: string; key: Buffer }>, where: string): Keyring {
  if (keys.length === 0) throw new RapError('RAP_ERR_KEY', `${where}: no key`);
  const map = new Map<string, Buffer>();
  for (const { id, key } of keys) {
    const keyId = id ?? defaultKeyId(key);
    if (!KEY_ID.test(keyId)) throw new RapError('RAP_ERR_KEY', `${where}: key id "${keyId.slice(0, 40)}" may only use letters, digits, - and _`);
    if (key.length !== KEY_BYTES) throw new RapError('RAP_ERR_KEY', `${where}: key ${keyId} is not ${KEY_BYTES} bytes`);
    map.set(keyId, key);
  }
  return { current: keys[0]!.id ?? defaultKeyId(keys[0]!.key), keys: map };
}

export function createFieldCipher(keyring: Keyring): FieldCipher {
  const currentKey = keyring.keys.get(keyring.current);
  if (!currentKey) throw new RapError('RAP_ERR_KEY', `the current key ${keyring.current} is not in the keyring`);

  const keyFor = (id: string): Buffer => {
    const key = keyring.keys.get(id);
    if (!key) throw new RapError('RAP_ERR_KEY', `a value is sealed with key ${id}, which is not in the keyring (was it removed before \`rapporteur keys rotate\` finished?)`);
    return key;
  };

  const encrypt = (plain: Buffer, context: string) => {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', currentKey, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return { iv, tag: cipher.getAuthTag(), body };
  };

  const decrypt = (keyId: string, iv: Buffer, tag: Buffer, body: Buffer, context: string): Buffer => {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(keyId), iv);
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(body), decipher.final()]);
    } catch {
      throw new RapError('RAP_ERR_SEALED', `the value in ${context} does not open with key ${keyId}: it was altered, or sealed for another place`);
    }
  };

  const parseText = (sealed: string, context: string) => {
    const parts = sealed.split('.');
    if (parts.length !== 3 || parts[0] !== TEXT_PREFIX) throw new RapError('RAP_ERR_SEALED', `the value in ${context} is not a sealed value`);
    const raw = Buffer.from(parts[2]!, 'base64url');
    if (raw.length < IV_BYTES + TAG_BYTES) throw new RapError('RAP_ERR_SEALED', `the value in ${context} is truncated`);
    return { keyId: parts[1]!, iv: raw.subarray(0, IV_BYTES), tag: raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES), body: raw.subarray(IV_BYTES + TAG_BYTES) };
  };

  const parseBytes = (sealed: Buffer, context: string) => {
    if (sealed.length < BYTES_MAGIC.length + 1 || !sealed.subarray(0, BYTES_MAGIC.length).equals(BYTES_MAGIC)) {
      throw new RapError('RAP_ERR_SEALED', `the file in ${context} is not sealed`);
    }
    const idLength = sealed[BYTES_MAGIC.length]!;
    const start = BYTES_MAGIC.length + 1 + idLength;
    if (sealed.length < start + IV_BYTES + TAG_BYTES) throw new RapError('RAP_ERR_SEALED', `the file in ${context} is truncated`);
    return {
      keyId: sealed.subarray(BYTES_MAGIC.length + 1, start).toString('ascii'),
      iv: sealed.subarray(start, start + IV_BYTES),
      tag: sealed.subarray(start + IV_BYTES, start + IV_BYTES + TAG_BYTES),
      body: sealed.subarray(start + IV_BYTES + TAG_BYTES),
    };
  };

  return {
    currentKeyId: keyring.current,
    seal(plain, context) {
      const { iv, tag, body } = encrypt(Buffer.from(plain, 'utf8'), context);
      return `${TEXT_PREFIX}.${keyring.current}.${Buffer.concat([iv, tag, body]).toString('base64url')}`;
    },
    open(sealed, context) {
      const p = parseText(sealed, context);
      return decrypt(p.keyId, p.iv, p.tag, p.body, context).toString('utf8');
    },
    sealBytes(plain, context) {
      const { iv, tag, body } = encrypt(plain, context);
      const id = Buffer.from(keyring.current, 'ascii');
      return Buffer.concat([BYTES_MAGIC, Buffer.from([id.length]), id, iv, tag, body]);
    },
    openBytes(sealed, context) {
      const p = parseBytes(sealed, context);
      return decrypt(p.keyId, p.iv, p.tag, p.body, context);
    },
    keyIdOf(sealed) {
      return typeof sealed === 'string' ? parseText(sealed, 'value').keyId : parseBytes(sealed, 'file').keyId;
    },
  };
}
