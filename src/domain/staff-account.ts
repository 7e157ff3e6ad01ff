/**
 * Rules of a staff account that need no database: the form and limits of its email address and
 * name, and which second-factor step a sign-in with a right password goes on to.
 */
import { SECOND_FACTOR_ROLES, type Role } from './permissions.js';

export const EMAIL_MAX = 254;
export const NAME_MAX = 200;
const EMAIL = /^[^\s@<>()",;:\\]+@[^\s@<>()",;:\\]+\.[^\s@<>()",;:\\]+$/;

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** Whether a normalized address is one an account can have. */
export const isEmailAddress = (email: string) => email.length <= EMAIL_MAX && EMAIL.test(email);

/** Whether the account must give a TOTP code after its password, set one up first, or neither. */
export function secondFactorStep(user: { role: Role; totpSecretSealed: string | null }, requireSecondFactor: boolean): 'none' | 'verify' | 'enrol' {
  if (user.totpSecretSealed) return 'verify';
  return requireSecondFactor && SECOND_FACTOR_ROLES.has(user.role) ? 'enrol' : 'none';
}
