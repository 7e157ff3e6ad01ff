/**
 * GET/POST /staff/login: the password step. Refused before anything is checked when the address
 * has tried too often or the form's CSRF token is missing; the same words for an unknown email
 * and a wrong password. A correct password starts a new session (a new token, whatever cookie
 * came with the request), complete or waiting for the second factor.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { authenticate, type SignInOutcome } from '../../../services/sign-in.js';
import { replaceSession } from '../../../store/staff-sessions.repo.js';
import type { RateLimiter } from '../../rate-limit.js';
import { crossSite } from '../guard.js';
import { seeOther, sendStaffPage } from '../send.js';
import { setSessionCookie } from '../session.js';
import type { Workspace } from '../workspace.js';
import type { FieldProblem } from './error-summary.js';
import { formText, queryText } from './form.js';
import { clearLoginCsrf, loginCsrfToken, loginCsrfValid } from './login-csrf.js';
import { LoginPage, timeOfDay } from './login-page.js';
import { safeNext, withNext } from './next-url.js';
import { TooManyAttemptsPage } from './too-many-page.js';

export const WRONG_CREDENTIALS = 'The email address or the password is not right.';

export const lockedMessage = (until: Date) =>
  `Too many failed attempts to sign in to this account. Try again after ${timeOfDay(until)}, or ask an administrator to unlock it.`;

const NOTICES: Record<string, string> = {
  'signed-out': 'You are signed out.',
  expired: 'Your session has ended. Sign in again.',
};

export function sendLoginPage(ws: Workspace, req: FastifyRequest, reply: FastifyReply, props: { next: string; email?: string; problems?: FieldProblem[]; notice?: string }, status = 200) {
  return sendStaffPage(reply, h(LoginPage, { csrf: loginCsrfToken(ws, req, reply), ...props }), status);
}

export function sendTooMany(reply: FastifyReply, retryAfterSec: number) {
  reply.header('retry-after', String(retryAfterSec));
  return sendStaffPage(reply, h(TooManyAttemptsPage, { retryAfterSec }), 429);
}

function refusal(outcome: Exclude<SignInOutcome, { ok: true }>): { problem: FieldProblem; status: number } {
  switch (outcome.reason) {
    case 'wrong':
      return { problem: { field: 'password', message: WRONG_CREDENTIALS }, status: 401 };
    case 'locked':
      return { problem: { message: lockedMessage(outcome.until) }, status: 429 };
    case 'disabled':
      return { problem: { message: 'This account is disabled. Ask an administrator if you need it again.' }, status: 403 };
  }
}

export function loginRoutes(app: FastifyInstance, ws: Workspace, limiter: RateLimiter): void {
  app.get('/staff/login', async (req, reply) => {
    const next = safeNext(queryText(req, 'next'));
    if (req.staff) return seeOther(reply, req.staff.secondFactorDone ? next : withNext('/staff/second-factor', next));
    const notice = NOTICES[queryText(req, 'done') ?? ''];
    return sendLoginPage(ws, req, reply, { next, ...(notice ? { notice } : {}) });
  });

  app.post('/staff/login', async (req, reply) => {
    const limit = limiter.take(req.ip);
    if (!limit.allowed) return sendTooMany(reply, limit.retryAfterSec);
    const next = safeNext(formText(req, 'next'));
    const email = formText(req, 'email', 300).trim();
    const again = (problems: FieldProblem[], status: number) => sendLoginPage(ws, req, reply, { next, email, problems }, status);

    if (crossSite(req) || !loginCsrfValid(req, formText(req, '_csrf'))) {
      return again([{ message: 'The sign-in form had expired or did not come from this site. Please sign in again.' }], 403);
    }
    const password = formText(req, 'password', 1000);
    const missing: FieldProblem[] = [
      ...(email ? [] : [{ field: 'email', message: 'Enter your email address.' }]),
      ...(password ? [] : [{ field: 'password', message: 'Enter your password.' }]),
    ];
    if (missing.length) return again(missing, 400);

    const outcome = await authenticate({ db: ws.db, requireSecondFactor: ws.config.requireSecondFactor }, { email, password, from: req.ip });
    if (!outcome.ok) {
      const { problem, status } = refusal(outcome);
      return again([problem], status);
    }
    const done = outcome.secondFactor === 'none';
    const session = await ws.db.transaction((tx) =>
      replaceSession(tx, req.staffToken, { userId: outcome.user.id, lifetimeMs: ws.config.sessionLifetimeMs, secondFactorDone: done }),
    );
    setSessionCookie(ws, reply, session.token);
    clearLoginCsrf(ws, reply);
    return seeOther(reply, done ? next : withNext('/staff/second-factor', next));
  });
}
