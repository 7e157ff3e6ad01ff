/** The administrators' page of mandate settings: how soon each mandate's letters on legislation are published. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { isRapError } from '../../domain/errors.js';
import { mandates } from '../../reference-data/index.js';
import { setOlPublicationDays } from '../../services/mandate-settings.js';
import { olPublicationSettings } from '../../store/mandate-settings.repo.js';
import { actorOf, requirePermission, staffOf } from './guard.js';
import { signedNoticeOf, withSignedNotice } from './notice.js';
import { MandateSettingsPage, type MandateSettingsPageProps } from './settings/mandate-settings-page.js';
import { seeOther, sendStaffPage } from './send.js';
import type { Workspace } from './workspace.js';

const PATH = '/staff/settings/mandates';

export function mandateSettingsRoutes(app: FastifyInstance, ws: Workspace): void {
  async function show(req: FastifyRequest, reply: FastifyReply, extra: Partial<MandateSettingsPageProps> = {}, status = 200) {
    const staff = staffOf(req);
    const set = await olPublicationSettings(ws.db);
    const list = mandates()
      .filter((m) => m.status !== 'discontinued' || set.has(m.id))
      .sort((a, b) => a.title.localeCompare(b.title, 'en'))
      .map((mandate) => ({ mandate, olPublicationDays: set.get(mandate.id) ?? null }));
    return sendStaffPage(reply, h(MandateSettingsPage, { staff, mandates: list, ...extra }), status);
  }

  app.get(PATH, { preHandler: requirePermission('user.manage') }, async (req, reply) =>
    show(req, reply, { notice: signedNoticeOf(req.query as Record<string, unknown>, staffOf(req).csrfToken) }),
  );

  app.post<{ Body: Record<string, unknown> }>(PATH, { preHandler: requirePermission('user.manage') }, async (req, reply) => {
    const body = req.body ?? {};
    const mandateId = typeof body.mandate_id === 'string' ? body.mandate_id : '';
    const raw = typeof body.ol_publication_days === 'string' ? body.ol_publication_days.trim() : '';
    const days = raw === '' ? null : /^\d{1,2}$/.test(raw) ? Number(raw) : Number.NaN;
    try {
      const saved = await setOlPublicationDays(ws.db, mandateId, days, actorOf(req));
      const words = saved === null ? 'back to the default of 60 days' : `${saved} days`;
      return seeOther(reply, withSignedNotice(PATH, `Letters on legislation of this mandate are published after ${words}.`, staffOf(req).csrfToken));
    } catch (e) {
      if (!isRapError(e) || e.code === 'RAP_ERR_FORBIDDEN') throw e;
      const message = e.location.field === 'mandateId' ? 'No such mandate.' : 'The number of days is a whole number from 0 to 60, or empty for the default.';
      return show(req, reply, { problem: { mandateId, message } }, 400);
    }
  });
}
