/** POST /staff/logout: ends this session (checked with its CSRF token, like any change) and forgets the cookie. */
import type { FastifyInstance } from 'fastify';
import { signOut } from '../../../services/sign-in.js';
import { crossSite, csrfTokenOf, refuseCsrf, sameToken } from '../guard.js';
import { seeOther } from '../send.js';
import { clearSessionCookie } from '../session.js';
import type { Workspace } from '../workspace.js';

export function logoutRoutes(app: FastifyInstance, ws: Workspace): void {
  app.post('/staff/logout', async (req, reply) => {
    const staff = req.staff;
    if (!staff || !req.staffToken) {
      clearSessionCookie(ws, reply);
      return seeOther(reply, '/staff/login');
    }
    if (crossSite(req) || !sameToken(csrfTokenOf(req), staff.csrfToken)) return refuseCsrf(reply);
    await signOut(ws.db, req.staffToken, staff);
    clearSessionCookie(ws, reply);
    return seeOther(reply, '/staff/login?done=signed-out');
  });
}
