/**
 * /staff/users: account administration (action `user.manage`). Each change is one small form
 * posting to its own URL and coming back to the account's page with a confirmation; a refused
 * change shows the page again with the reason and changes nothing.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { isRapError } from '../../domain/errors.js';
import {
  accountById, accountHistory, changeRole, createUser, disableUser, enableUser, listAccounts, newAccountProblems, setMandates, unlockUser,
  type ChangeContext,
} from '../../services/accounts.js';
import { resetPassword } from '../../services/passwords.js';
import { resetSecondFactor } from '../../services/second-factor.js';
import type { FieldProblem } from './auth/error-summary.js';
import { formList, formText, queryText } from './auth/form.js';
import { actorOf, requirePermission, staffOf } from './guard.js';
import { seeOther, sendStaffPage } from './send.js';
import { NewUserPage, type NewUserValues } from './users/new-user-page.js';
import { UserPage } from './users/user-page.js';
import { UsersListPage } from './users/users-list-page.js';
import type { Workspace } from './workspace.js';

const DONE: Record<string, string> = {
  created: 'The account is created. Tell the person their first password by another channel; they can change it under “Your account”.',
  role: 'The role is changed. The account was signed out so that it applies at once.',
  mandates: 'The mandates are saved.',
  disable: 'The account is disabled and signed out.',
  enable: 'The account is enabled again.',
  unlock: 'The account is unlocked.',
  'reset-second-factor': 'The second factor is removed. The person sets up a new one at their next sign-in.',
  password: 'The new password is set and the account signed out everywhere. Tell the person by another channel.',
};

const STATUS: Record<string, number> = { RAP_ERR_INVALID: 400, RAP_ERR_CONFLICT: 409, RAP_ERR_NOT_FOUND: 404 };

/** The account id of the URL, or null when it is not one. */
const idOf = (req: FastifyRequest): number | null => {
  const raw = (req.params as { id?: string }).id ?? '';
  return /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : null;
};

/** The changes of an account's page: URL segment → what it does with the form. */
const CHANGES: Record<string, (ctx: ChangeContext, id: number, req: FastifyRequest) => Promise<void>> = {
  role: (ctx, id, req) => changeRole(ctx, id, formText(req, 'role', 40)),
  mandates: (ctx, id, req) => setMandates(ctx, id, formList(req, 'mandates').filter(Boolean)),
  disable: (ctx, id) => disableUser(ctx, id),
  enable: (ctx, id) => enableUser(ctx, id),
  unlock: (ctx, id) => unlockUser(ctx, id),
  'reset-second-factor': (ctx, id) => resetSecondFactor(ctx, id),
  password: (ctx, id, req) => resetPassword(ctx, id, formText(req, 'password')),
};

export function usersRoutes(app: FastifyInstance, ws: Workspace): void {
  const manage = { preHandler: requirePermission('user.manage') };

  async function showUser(req: FastifyRequest, reply: FastifyReply, id: number, problems: FieldProblem[] = [], status = 200) {
    const account = await accountById(ws.db, id).catch((e: unknown) => (isRapError(e) && e.code === 'RAP_ERR_NOT_FOUND' ? null : Promise.reject(e)));
    if (!account) return reply.callNotFound();
    const history = await accountHistory(ws.db, id);
    const notice = DONE[queryText(req, 'done') ?? ''];
    return sendStaffPage(reply, h(UserPage, { staff: staffOf(req), account, history, problems, notice }), status);
  }

  app.get('/staff/users', manage, async (req, reply) =>
    sendStaffPage(reply, h(UsersListPage, { staff: staffOf(req), accounts: await listAccounts(ws.db) })),
  );

  const blank: NewUserValues = { email: '', displayName: '', role: 'officer', mandates: [] };
  app.get('/staff/users/new', manage, async (req, reply) => sendStaffPage(reply, h(NewUserPage, { staff: staffOf(req), values: blank })));

  app.post('/staff/users/new', manage, async (req, reply) => {
    const values: NewUserValues = {
      email: formText(req, 'email', 300).trim(),
      displayName: formText(req, 'displayName', 300).trim(),
      role: formText(req, 'role', 40),
      mandates: formList(req, 'mandates').filter(Boolean),
    };
    const input = { ...values, password: formText(req, 'password') };
    const again = (problems: FieldProblem[], status: number) => sendStaffPage(reply, h(NewUserPage, { staff: staffOf(req), values, problems }), status);
    const problems = newAccountProblems(input);
    if (problems.length) return again(problems, 400);
    try {
      const account = await createUser({ db: ws.db, actor: actorOf(req) }, input);
      return seeOther(reply, `/staff/users/${account.id}?done=created`);
    } catch (e) {
      if (!isRapError(e) || !STATUS[e.code]) throw e;
      return again([{ field: e.location.field ?? 'email', message: e.detail ?? e.message }], STATUS[e.code]!);
    }
  });

  app.get('/staff/users/:id', manage, async (req, reply) => {
    const id = idOf(req);
    return id === null ? reply.callNotFound() : showUser(req, reply, id);
  });

  app.post('/staff/users/:id/:change', manage, async (req, reply) => {
    const id = idOf(req);
    const change = (req.params as { change: string }).change;
    const run = Object.hasOwn(CHANGES, change) ? CHANGES[change] : undefined;
    if (id === null || !run) return reply.callNotFound();
    try {
      await run({ db: ws.db, actor: actorOf(req) }, id, req);
    } catch (e) {
      if (!isRapError(e) || !STATUS[e.code]) throw e;
      if (e.code === 'RAP_ERR_NOT_FOUND') return reply.callNotFound();
      return showUser(req, reply, id, [{ ...(e.location.field ? { field: e.location.field } : {}), message: capitalize(e.detail ?? e.message) }], STATUS[e.code]);
    }
    return seeOther(reply, `/staff/users/${id}?done=${change}`);
  });
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).replace(/([^.])$/, '$1.');
