/** The audit trail (admins). The staff page of a letter, with its history, is in letter-routes.ts. */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { latestEntries } from '../../store/audit.repo.js';
import { AuditPage } from './audit/audit-page.js';
import { requirePermission, staffOf } from './guard.js';
import { sendStaffPage } from './send.js';
import type { Workspace } from './workspace.js';

const PAGE = 100;

export function auditRoutes(app: FastifyInstance, ws: Workspace): void {
  app.get<{ Querystring: { before?: string } }>('/staff/audit', { preHandler: requirePermission('audit.read') }, async (req, reply) => {
    const raw = req.query.before;
    const before = raw !== undefined && /^\d{1,15}$/.test(raw) ? Number(raw) : undefined;
    const entries = await latestEntries(ws.db, { before, limit: PAGE + 1 });
    const page = entries.slice(0, PAGE);
    const older = entries.length > PAGE ? page[page.length - 1]!.seq : null;
    return sendStaffPage(reply, h(AuditPage, { staff: staffOf(req), entries: page, older }));
  });
}
