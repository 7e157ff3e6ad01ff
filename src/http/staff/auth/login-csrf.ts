/**
 * The CSRF token of the sign-in form, before any session exists: a random value in an HttpOnly,
 * SameSite=Strict cookie and the same value in a hidden field (double submit). Another site can
 * neither read the cookie nor make the browser send it, so it cannot sign anyone in to an
 * account of its choosing.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sameToken } from '../guard.js';
import type { Workspace } from '../workspace.js';

export const LOGIN_CSRF_COOKIE = 'rap_login_csrf';
const PATH = '/staff/login';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The token of this browser's sign-in form, a new one set when it has none. */
export function loginCsrfToken(ws: Workspace, req: FastifyRequest, reply: FastifyReply): string {
  const have = req.cookies[LOGIN_CSRF_COOKIE];
  if (have && TOKEN.test(have)) return have;
  const token = randomBytes(32).toString('base64url');
  reply.setCookie(LOGIN_CSRF_COOKIE, token, { path: PATH, httpOnly: true, sameSite: 'strict', secure: ws.config.secureCookies, maxAge: 2 * 3600 });
  return token;
}

export function loginCsrfValid(req: FastifyRequest, sent: string): boolean {
  const have = req.cookies[LOGIN_CSRF_COOKIE];
  return !!have && TOKEN.test(have) && sameToken(sent, have);
}

export function clearLoginCsrf(ws: Workspace, reply: FastifyReply): void {
  reply.clearCookie(LOGIN_CSRF_COOKIE, { path: PATH, httpOnly: true, sameSite: 'strict', secure: ws.config.secureCookies });
}
