/**
 * Staff passwords: Argon2id hashes (the OWASP parameters: 19 MiB, 2 passes, 1 lane) and the
 * policy a new password must meet. An unknown email is answered after verifying against a
 * dummy hash, so that the time taken does not tell which emails have an account.
 */
import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

const ARGON2ID = 2 as Algorithm;
const OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Characters as a person counts them (an emoji is one), not UTF-16 units. */
const lengthOf = (text: string) => [...text].length;

/** What is wrong with a new password, in words for its owner; null when it is acceptable. */
export function passwordProblem(password: string, email: string): string | null {
  const n = lengthOf(password);
  if (n === 0) return 'Enter a password.';
  if (n < PASSWORD_MIN) return `The password must be at least ${PASSWORD_MIN} characters long (it has ${n}).`;
  if (n > PASSWORD_MAX) return `The password must be at most ${PASSWORD_MAX} characters long.`;
  if (password.trim() === '') return 'The password cannot be only spaces.';
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) return 'The password cannot be the email address.';
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False for a wrong password and for anything that is not an Argon2 hash (an account without a usable password). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (lengthOf(password) > PASSWORD_MAX || !passwordHash.startsWith('$argon2')) return verifyDummy(password);
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/** Spends the time of a real verification and answers false: the reply to an unknown email. */
export async function verifyDummy(password: string): Promise<false> {
  dummy ??= hashPassword('no account has this password: it only spends time');
  await verify(await dummy, [...password].slice(0, PASSWORD_MAX).join('')).catch(() => false);
  return false;
}
