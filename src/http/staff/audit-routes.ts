/** The audit trail (admins) and the staff page of a letter with its history. */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { can } from '../../domain/permissions.js';
import { latestEntries, latestHistoryOf } from '../../store/audit.repo.js';
import { findStaffLetter } from '../../store/staff-letters.repo.js';
import { AuditPage } from './audit/audit-page.js';
import { requirePermission, staffOf } from './guard.js';
import { StaffLetterPage } from './letters/staff-letter-page.js';
import { StaffNotFoundPage } from './not-found-page.js';
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

  app.get<{ Params: { reference: string } }>('/staff/letters/:reference', { preHandler: requirePermission('letter.read') }, async (req, reply) => {
    const staff = staffOf(req);
    const letter = await findStaffLetter(ws.db, req.params.reference);
    if (!letter) return sendStaffPage(reply, h(StaffNotFoundPage, { staff, what: `No letter has the reference “${req.params.reference.slice(0, 60)}”.` }), 404);
    const history = can(staff.role, 'history.read') ? await latestHistoryOf(ws.db, 'communication', letter.referenceText) : null;
    return sendStaffPage(reply, h(StaffLetterPage, { staff, letter, history }));
  });
}
