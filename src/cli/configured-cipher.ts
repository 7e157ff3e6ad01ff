/**
 * The key of confidential fields for a command that only reads them (publication): the one the
 * server uses when it is configured, else none (a command never creates the key; see `keys`).
 */
import { createFieldCipher, type FieldCipher } from '../security/field-cipher.js';
import { existingKeys } from '../security/keyring-config.js';

export function configuredCipher(env: NodeJS.ProcessEnv = process.env): FieldCipher | undefined {
  const keys = existingKeys(env);
  return keys ? createFieldCipher(keys.keyring) : undefined;
}
