/**
 * What every staff route checks before it runs: a session, the second factor, the permission
 * for the action it performs, and (for anything that changes data) the session's CSRF token and
 * a same-origin request. A refusal changes nothing.
 */
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { h } from 'preact';
import { ACTIONS, can, type Action } from '../../domain/permissions.js';
import { userActor, type Actor } from '../../domain/actor.js';
import { sendStaffPage } from './send.js';
import { ForbiddenPage } from './forbidden-page.js';
import type { StaffSession } from './workspace.js';
import { timingSafeEqual } from 'node:crypto';

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const loginUrl = (req: FastifyRequest) => `/staff/login?next=${encodeURIComponent(req.url)}`;

/** The token a request carries: `_csrf` of a form body, the `x-csrf-token` header, or `?_csrf=` (multipart forms). */
export function csrfTokenOf(req: FastifyRequest): string | undefined {
  const body = req.body as Record<string, unknown> | undefined;
  const fromBody = body && typeof body === 'object' && typeof body._csrf === 'string' ? body._csrf : undefined;
  const header = req.headers['x-csrf-token'];
  const fromQuery = (req.query as Record<string, unknown> | undefined)?._csrf;
  return fromBody ?? (typeof header === 'string' ? header : undefined) ?? (typeof fromQuery === 'string' ? fromQuery : undefined);
}

export function sameToken(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * A request from another site: refused whatever its token. Browsers say so in Sec-Fetch-Site;
 * without it, the Origin header is compared with the host. `Origin: null` is what a browser
 * sends for a form posted from a page with `Referrer-Policy: no-referrer` (all of ours), so it
 * decides nothing: the token does.
 */
export function crossSite(req: FastifyRequest): boolean {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') return site !== 'same-origin' && site !== 'none';
  const origin = req.headers.origin;
  if (!origin || origin === 'null') return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

export function refuseCsrf(reply: FastifyReply) {
  return reply
    .code(403)
    .type('text/plain; charset=utf-8')
    .send('This form has expired or did not come from this site. Go back, reload the page and send it again.');
}

/** The preHandler of a staff route performing `action`. */
export function requirePermission(action: Action): preHandlerAsyncHookHandler {
  return async function guard(req, reply) {
    const staff = req.staff;
    if (!staff) return reply.redirect(loginUrl(req), 303);
    if (!staff.secondFactorDone) return reply.redirect('/staff/second-factor', 303);
    if (CHANGES.has(req.method) && (crossSite(req) || !sameToken(csrfTokenOf(req), staff.csrfToken))) return refuseCsrf(reply);
    if (!can(staff.role, action)) return sendStaffPage(reply, h(ForbiddenPage, { staff, what: ACTIONS[action] }), 403);
  };
}

/** The signed-in staff member of a guarded route. */
export function staffOf(req: FastifyRequest): StaffSession {
  if (!req.staff) throw new Error('staffOf called on a route without requirePermission');
  return req.staff;
}

/** The actor of a guarded route's changes, for the audit trail. */
export const actorOf = (req: FastifyRequest): Actor => {
  const s = staffOf(req);
  return userActor(s.userId, s.email);
};
