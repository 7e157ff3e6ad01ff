/**
 * /staff/account: a signed-in person's own account. Changing the password needs the current one
 * and signs out the other sessions; the second factor can be set up (or moved to a new phone)
 * by anyone, whether or not the role requires it.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import { userActor } from '../../../domain/actor.js';
import { isRapError } from '../../../domain/errors.js';
import { SECOND_FACTOR_ROLES } from '../../../domain/permissions.js';
import { accountById } from '../../../services/accounts.js';
import { changePassword } from '../../../services/passwords.js';
import { confirmTotpEnrolment, startTotpEnrolment } from '../../../services/second-factor.js';
import { findSession } from '../../../store/staff-sessions.repo.js';
import { actorOf, requirePermission, staffOf } from '../guard.js';
import { seeOther, sendStaffPage } from '../send.js';
import { clearSessionCookie } from '../session.js';
import type { StaffSession, Workspace } from '../workspace.js';
import { AccountEnrolPage, AccountPage } from './account-page.js';
import type { FieldProblem } from './error-summary.js';
import { formText, queryText } from './form.js';
import { CODE_PROBLEMS } from './second-factor-routes.js';

const NOTICES: Record<string, string> = {
  password: 'Your password is changed. Your other sessions are signed out.',
  'second-factor': 'Your second factor is set up. Use the app’s code the next time you sign in.',
};

export function accountRoutes(app: FastifyInstance, ws: Workspace): void {
  const view = requirePermission('workspace.view');
  const required = (staff: StaffSession) => ws.config.requireSecondFactor && SECOND_FACTOR_ROLES.has(staff.role);

  async function showAccount(reply: FastifyReply, staff: StaffSession, problems: FieldProblem[] = [], status = 200, notice?: string) {
    const account = await accountById(ws.db, staff.userId);
    return sendStaffPage(reply, h(AccountPage, { staff, account, secondFactorRequired: required(staff), problems, notice }), status);
  }

  app.get('/staff/account', { preHandler: view }, async (req, reply) => showAccount(reply, staffOf(req), [], 200, NOTICES[queryText(req, 'done') ?? '']));

  app.post('/staff/account/password', { preHandler: view }, async (req, reply) => {
    const staff = staffOf(req);
    const current = formText(req, 'current');
    const next = formText(req, 'password');
    if (!current) return showAccount(reply, staff, [{ field: 'current', message: 'Enter your current password.' }], 400);
    if (next !== formText(req, 'confirm')) return showAccount(reply, staff, [{ field: 'confirm', message: 'The two new passwords are not the same.' }], 400);
    try {
      await changePassword({ db: ws.db, actor: actorOf(req) }, staff.userId, { current, next, keepSession: req.staffToken! });
    } catch (e) {
      if (!isRapError(e) || e.code !== 'RAP_ERR_INVALID') throw e;
      // Too many wrong current passwords lock the account and end this session too.
      if (!(await findSession(ws.db, req.staffToken!))) {
        clearSessionCookie(ws, reply);
        return seeOther(reply, '/staff/login?done=expired');
      }
      return showAccount(reply, staff, [{ field: e.location.field ?? 'password', message: e.detail ?? e.message }], 400);
    }
    return seeOther(reply, '/staff/account?done=password');
  });

  const ctxOf = (staff: StaffSession) => ({ db: ws.db, cipher: ws.cipher, actor: userActor(staff.userId, staff.email) });

  async function showEnrol(reply: FastifyReply, staff: StaffSession, problems: FieldProblem[] = [], status = 200) {
    const enrolment = await startTotpEnrolment(ctxOf(staff), staff.userId);
    return sendStaffPage(reply, h(AccountEnrolPage, { staff, enrolment, replacing: staff.hasSecondFactor, problems }), status);
  }

  app.get('/staff/account/second-factor', { preHandler: view }, async (req, reply) => showEnrol(reply, staffOf(req)));

  app.post('/staff/account/second-factor', { preHandler: view }, async (req, reply) => {
    const staff = staffOf(req);
    if (formText(req, 'restart')) {
      await startTotpEnrolment(ctxOf(staff), staff.userId, { fresh: true });
      return seeOther(reply, '/staff/account/second-factor');
    }
    const outcome = await confirmTotpEnrolment(ctxOf(staff), staff.userId, formText(req, 'code', 20));
    if (outcome.ok) return seeOther(reply, '/staff/account?done=second-factor');
    if (outcome.reason === 'no-pending') return seeOther(reply, '/staff/account/second-factor');
    return showEnrol(reply, staff, [{ field: 'code', message: CODE_PROBLEMS[outcome.reason] }], 400);
  });
}
