/**
 * Reads the session cookie of every `/staff` request into `req.staff`, ends idle sessions, and
 * keeps staff answers out of every cache.
 */
import '@fastify/cookie';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { deleteSession, findSession, touchSession } from '../../store/staff-sessions.repo.js';
import type { Workspace } from './workspace.js';

/** Refreshing `last_seen_at` at most this often spares a write per request. */
const TOUCH_EVERY_MS = 60_000;

export const isStaffUrl = (url: string) => url === '/staff' || url.startsWith('/staff/') || url.startsWith('/staff?');

export function sessionCookieName(ws: Workspace): string {
  return ws.config.secureCookies ? '__Host-rap_staff' : 'rap_staff';
}

export function setSessionCookie(ws: Workspace, reply: FastifyReply, token: string): void {
  reply.setCookie(sessionCookieName(ws), token, {
    path: '/',
    httpOnly: true,
    secure: ws.config.secureCookies,
    sameSite: 'strict',
    maxAge: Math.floor(ws.config.sessionLifetimeMs / 1000),
  });
}

export function clearSessionCookie(ws: Workspace, reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName(ws), { path: '/', httpOnly: true, secure: ws.config.secureCookies, sameSite: 'strict' });
}

export function installSessions(app: FastifyInstance, ws: Workspace): void {
  app.decorateRequest('staff', null);
  app.decorateRequest('staffToken', null);

  app.addHook('onRequest', async (req) => {
    if (!isStaffUrl(req.url)) return;
    const token = req.cookies[sessionCookieName(ws)];
    if (!token || token.length > 100) return;
    const found = await findSession(ws.db, token);
    if (!found) return;
    const idleFor = Date.now() - found.lastSeenAt.getTime();
    if (idleFor > ws.config.sessionIdleMs) {
      await deleteSession(ws.db, token);
      return;
    }
    if (idleFor > TOUCH_EVERY_MS) await touchSession(ws.db, token);
    req.staffToken = token;
    const { lastSeenAt: _seen, expiresAt: _expires, ...staff } = found;
    req.staff = staff;
  });

  app.addHook('onSend', async (req, reply) => {
    if (isStaffUrl(req.url)) reply.header('cache-control', 'no-store');
  });
}
