/** GET /staff/search: staff search across the workspace (see services/staff-search.ts). */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { isRapError } from '../../domain/errors.js';
import { searchWorkspace, staffKindsFor, STAFF_HIT_KINDS } from '../../services/staff-search.js';
import type { StaffHitKind } from '../../store/staff-search.repo.js';
import { requirePermission, staffOf } from './guard.js';
import { StaffSearchPage } from './search/staff-search-page.js';
import { sendStaffPage } from './send.js';
import type { Workspace } from './workspace.js';

type SearchQuery = { q?: string | string[]; kind?: string | string[]; page?: string | string[] };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function searchRoutes(app: FastifyInstance, ws: Workspace): void {
  app.get<{ Querystring: SearchQuery }>('/staff/search', { preHandler: requirePermission('search.staff') }, async (req, reply) => {
    const staff = staffOf(req);
    const kinds = staffKindsFor(staff.role);
    const words = one(req.query.q) ?? '';
    const rawKind = one(req.query.kind) || null;
    const rawPage = one(req.query.page) ?? '1';
    const empty = { words: words.slice(0, 300), kind: null, page: 1, pageSize: 0, sections: [] };
    if (rawKind && !(STAFF_HIT_KINDS as string[]).includes(rawKind)) {
      return sendStaffPage(reply, h(StaffSearchPage, { staff, kinds, answer: empty, problem: `“In” is one of: ${STAFF_HIT_KINDS.join(', ')}.` }), 400);
    }
    if (!/^\d{1,4}$/.test(rawPage) || Number(rawPage) < 1) {
      return sendStaffPage(reply, h(StaffSearchPage, { staff, kinds, answer: empty, problem: 'The page is a whole number from 1 to 9999.' }), 400);
    }
    try {
      const answer = await searchWorkspace(ws.db, words, { role: staff.role, kind: rawKind as StaffHitKind | null, page: Number(rawPage) });
      return sendStaffPage(reply, h(StaffSearchPage, { staff, kinds, answer }));
    } catch (e) {
      if (!isRapError(e) || (e.code !== 'RAP_ERR_INVALID' && e.code !== 'RAP_ERR_FORBIDDEN')) throw e;
      return sendStaffPage(reply, h(StaffSearchPage, { staff, kinds, answer: empty, problem: `${e.detail ?? e.message}.` }), e.code === 'RAP_ERR_FORBIDDEN' ? 403 : 400);
    }
  });
}
