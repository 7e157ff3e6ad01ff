/** GET /staff: who is signed in, the figures the role may see, and the sections it may open. */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { workspaceOverview } from '../../services/workspace-overview.js';
import { requirePermission, staffOf } from './guard.js';
import { OverviewPage } from './overview-page.js';
import { sendStaffPage } from './send.js';
import type { Workspace } from './workspace.js';

export function overviewRoutes(app: FastifyInstance, ws: Workspace): void {
  app.get('/staff', { preHandler: requirePermission('workspace.view') }, async (req, reply) => {
    const staff = staffOf(req);
    return sendStaffPage(reply, h(OverviewPage, { staff, overview: await workspaceOverview(ws.db, staff.role) }));
  });
}
