/**
 * GET/POST /staff/second-factor: the step between the password and the workspace. Not behind
 * `requirePermission` (which sends here until the step is done): it checks the half-open
 * session itself. A code completes the sign-in with a new session token; an account that must
 * have a second factor and has none sets it up here first.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { userActor } from '../../../domain/actor.js';
import { confirmTotpEnrolment, startTotpEnrolment } from '../../../services/second-factor.js';
import { verifySecondFactor } from '../../../services/sign-in.js';
import { replaceSession } from '../../../store/staff-sessions.repo.js';
import type { RateLimiter } from '../../rate-limit.js';
import { crossSite, csrfTokenOf, refuseCsrf, sameToken } from '../guard.js';
import { seeOther, sendStaffPage } from '../send.js';
import { clearSessionCookie, setSessionCookie } from '../session.js';
import type { StaffSession, Workspace } from '../workspace.js';
import type { FieldProblem } from './error-summary.js';
import { formText, queryText } from './form.js';
import { lockedMessage, sendLoginPage, sendTooMany } from './login-routes.js';
import { safeNext, withNext } from './next-url.js';
import { SecondFactorPage } from './second-factor-page.js';

export const CODE_PROBLEMS = {
  malformed: 'Type the 6 digits your authenticator app shows.',
  wrong: 'That code is not right. Type the code the app shows now: it changes every 30 seconds.',
  replayed: 'That code has been used already. Wait for the app to show the next one.',
} as const;

const codeProblem = (reason: keyof typeof CODE_PROBLEMS): FieldProblem[] => [{ field: 'code', message: CODE_PROBLEMS[reason] }];

export function secondFactorRoutes(app: FastifyInstance, ws: Workspace, limiter: RateLimiter): void {
  const ctxOf = (staff: StaffSession) => ({ db: ws.db, cipher: ws.cipher, actor: userActor(staff.userId, staff.email) });

  async function showStep(reply: FastifyReply, staff: StaffSession, next: string, problems: FieldProblem[] = [], status = 200) {
    const enrolment = staff.hasSecondFactor ? undefined : await startTotpEnrolment(ctxOf(staff), staff.userId);
    return sendStaffPage(reply, h(SecondFactorPage, { staff, next, problems, ...(enrolment ? { enrolment } : {}) }), status);
  }

  async function complete(req: FastifyRequest, reply: FastifyReply, staff: StaffSession, next: string) {
    const session = await ws.db.transaction((tx) =>
      replaceSession(tx, req.staffToken, { userId: staff.userId, lifetimeMs: ws.config.sessionLifetimeMs, secondFactorDone: true }),
    );
    setSessionCookie(ws, reply, session.token);
    return seeOther(reply, next);
  }

  app.get('/staff/second-factor', async (req, reply) => {
    const next = safeNext(queryText(req, 'next'));
    const staff = req.staff;
    if (!staff) return seeOther(reply, withNext('/staff/login', next));
    if (staff.secondFactorDone) return seeOther(reply, next);
    return showStep(reply, staff, next);
  });

  app.post('/staff/second-factor', async (req, reply) => {
    const next = safeNext(formText(req, 'next'));
    const staff = req.staff;
    if (!staff) return seeOther(reply, withNext('/staff/login', next));
    if (crossSite(req) || !sameToken(csrfTokenOf(req), staff.csrfToken)) return refuseCsrf(reply);
    if (staff.secondFactorDone) return seeOther(reply, next);
    const limit = limiter.take(req.ip);
    if (!limit.allowed) return sendTooMany(reply, limit.retryAfterSec);
    const code = formText(req, 'code', 20);

    if (!staff.hasSecondFactor) {
      if (formText(req, 'restart')) {
        await startTotpEnrolment(ctxOf(staff), staff.userId, { fresh: true });
        return seeOther(reply, withNext('/staff/second-factor', next));
      }
      const enrolled = await confirmTotpEnrolment(ctxOf(staff), staff.userId, code, { signIn: { from: req.ip } });
      if (enrolled.ok) return complete(req, reply, staff, next);
      if (enrolled.reason === 'no-pending') return seeOther(reply, withNext('/staff/second-factor', next));
      return showStep(reply, staff, next, codeProblem(enrolled.reason), 400);
    }

    const checked = await verifySecondFactor({ db: ws.db, cipher: ws.cipher }, staff.userId, code, { from: req.ip });
    if (checked.ok) return complete(req, reply, staff, next);
    switch (checked.reason) {
      case 'locked':
        // The lock has signed the account out everywhere, this browser included.
        clearSessionCookie(ws, reply);
        return sendLoginPage(ws, req, reply, { next, problems: [{ message: lockedMessage(checked.until) }] }, 429);
      case 'not-enrolled':
        return seeOther(reply, withNext('/staff/second-factor', next));
      default:
        return showStep(reply, staff, next, codeProblem(checked.reason), checked.reason === 'malformed' ? 400 : 401);
    }
  });
}
