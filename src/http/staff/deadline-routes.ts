/** The reply deadlines of sent letters: one tab per standing (services/deadlines.ts), a page at a time. */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { REPLY_STANDINGS, type ReplyStanding } from '../../domain/deadlines.js';
import { DEADLINE_PAGE_SIZE, lettersAwaitingReply, overdueLetters, repliedLetters } from '../../services/deadlines.js';
import { DeadlinesPage } from './deadlines/deadlines-page.js';
import { requirePermission, staffOf } from './guard.js';
import { sendStaffPage } from './send.js';
import type { Workspace } from './workspace.js';

const LISTS = { awaiting: lettersAwaitingReply, overdue: overdueLetters, replied: repliedLetters } as const;

export function deadlineRoutes(app: FastifyInstance, ws: Workspace): void {
  app.get<{ Querystring: { list?: string; page?: string } }>('/staff/deadlines', { preHandler: requirePermission('letter.read') }, async (req, reply) => {
    const asked = req.query.list;
    const standing: ReplyStanding = (REPLY_STANDINGS as readonly string[]).includes(asked ?? '') ? (asked as ReplyStanding) : 'awaiting';
    const page = typeof req.query.page === 'string' && /^[1-9]\d{0,4}$/.test(req.query.page) ? Number(req.query.page) : 1;
    const asOf = new Date().toISOString().slice(0, 10);
    const list = await LISTS[standing](ws.db, { asOf, page, pageSize: DEADLINE_PAGE_SIZE });
    const totals = {} as Record<ReplyStanding, number>;
    for (const s of REPLY_STANDINGS) totals[s] = s === standing ? list.total : (await LISTS[s](ws.db, { asOf, pageSize: 1 })).total;
    return sendStaffPage(reply, h(DeadlinesPage, { staff: staffOf(req), standing, list, totals, page, pageSize: DEADLINE_PAGE_SIZE }));
  });
}
