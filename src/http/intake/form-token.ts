/**
 * The submission form's protection against cross-site posting, without accounts or sessions: a
 * random token in an HttpOnly, SameSite=Strict cookie and the same token in a hidden field
 * (double submit). Another site can make a browser post, but cannot read the cookie to put it in
 * the form. The token changes after each submission, so that a form sent twice is refused.
 */
import '@fastify/cookie';
import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sameToken } from '../staff/guard.js';
import type { Workspace } from '../staff/workspace.js';

export const FORM_COOKIE = 'rap_form';
export const FORM_TOKEN_FIELD = '_form';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const COOKIE_LIFETIME_SEC = 24 * 3600;

function setToken(ws: Workspace, reply: FastifyReply, token: string): void {
  reply.setCookie(FORM_COOKIE, token, {
    path: '/submit',
    httpOnly: true,
    secure: ws.config.secureCookies,
    sameSite: 'strict',
    maxAge: COOKIE_LIFETIME_SEC,
  });
}

/** The token for a form being shown: the browser's own when it has one, a new one set otherwise. */
export function formToken(ws: Workspace, req: FastifyRequest, reply: FastifyReply): string {
  const existing = req.cookies[FORM_COOKIE];
  if (existing && TOKEN.test(existing)) return existing;
  return renewFormToken(ws, reply);
}

export function renewFormToken(ws: Workspace, reply: FastifyReply): string {
  const token = randomBytes(32).toString('base64url');
  setToken(ws, reply, token);
  return token;
}

/** Whether the token sent with the form is the one in the browser's cookie. */
export function formTokenMatches(req: FastifyRequest, sent: string | undefined): boolean {
  const cookie = req.cookies[FORM_COOKIE];
  return !!cookie && TOKEN.test(cookie) && sameToken(sent, cookie);
}
