/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA-1, 6 digits, 30-second steps), as every
 * authenticator app makes them. A code of the step before or after the current one is accepted
 * (clocks drift); the step a code belongs to is returned so that the caller can refuse any code
 * of a step already used (a code seen over a shoulder or a proxy does not sign in twice).
 */
import { Secret, TOTP } from 'otpauth';
import { renderSVG } from 'uqr';

export const TOTP_ISSUER = 'Rapporteur';
const PERIOD = 30;
const DIGITS = 6;

const totp = (secret: string, account = '') =>
  new TOTP({ issuer: TOTP_ISSUER, label: account, algorithm: 'SHA1', digits: DIGITS, period: PERIOD, secret: Secret.fromBase32(secret) });

/** A new random secret (160 bits, as RFC 4226 recommends), in base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://` address an app reads from the QR code. */
export function totpUri(secret: string, account: string): string {
  return totp(secret, account).toString();
}

/** The time step of an instant. */
export const totpStep = (now: number = Date.now()) => Math.floor(now / 1000 / PERIOD);

/** The code of an instant (tests and the enrolment page's help use it). */
export function totpCode(secret: string, now: number = Date.now()): string {
  return totp(secret).generate({ timestamp: now });
}

/** Spaces and dashes people type inside a code are ignored. */
export function normalizeCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, '');
  return new RegExp(`^\\d{${DIGITS}}$`).test(code) ? code : null;
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: 'malformed' | 'wrong' | 'replayed' };

/** Checks a typed code against a secret; `lastStep` is the step of the last code accepted, if any. */
export function checkTotp(secret: string, typed: string, { now = Date.now(), lastStep = null }: { now?: number; lastStep?: number | null } = {}): TotpCheck {
  const code = normalizeCode(typed);
  if (!code) return { ok: false, reason: 'malformed' };
  const delta = totp(secret).validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return { ok: false, reason: 'wrong' };
  const step = totpStep(now) + delta;
  if (lastStep !== null && step <= lastStep) return { ok: false, reason: 'replayed' };
  return { ok: true, step };
}

/** The secret in groups of four, for typing it into an app by hand. */
export function groupSecret(secret: string): string {
  return secret.replace(/=+$/, '').match(/.{1,4}/g)?.join(' ') ?? '';
}

/** The QR code of an `otpauth://` address as an inline SVG element, labelled for screen readers. */
export function qrSvg(uri: string): string {
  return renderSVG(uri, { ecc: 'M', border: 2 }).replace('<svg ', '<svg role="img" aria-label="QR code for your authenticator app" ');
}
