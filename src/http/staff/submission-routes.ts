/**
 * Submissions in the workspace: the list by state, one submission (its source only for the
 * roles that read sources), its rejection, and the download of a staff file. A file the account
 * may not see answers exactly as a file that does not exist.
 */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { isRapError } from '../../domain/errors.js';
import { can, type Role } from '../../domain/permissions.js';
import { getSubmission, listSubmissions, rejectSubmission, triageTargets } from '../../services/intake.js';
import { getStaffFileInfo, readStaffFile, type StaffFileSummary } from '../../services/staff-files.js';
import { countByStatus, SUBMISSION_STATUSES, type SubmissionStatus } from '../../store/submissions.repo.js';
import { actorOf, requirePermission, staffOf } from './guard.js';
import { seeOther, sendStaffPage } from './send.js';
import { NothingHerePage } from './submissions/not-found-page.js';
import { SubmissionPage } from './submissions/submission-page.js';
import { SubmissionsPage, type StatusFilter } from './submissions/submissions-page.js';
import { NO_REJECT_ERROR, type RejectState } from './submissions/triage-forms.js';
import { submissionUrl } from './submissions/format.js';
import type { StaffSession, Workspace } from './workspace.js';

const ID = /^[1-9]\d{0,14}$/;
const parseId = (raw: string) => (ID.test(raw) ? Number(raw) : null);

const NOTICES: Record<string, string> = {
  rejected: 'The submission was rejected.',
  triaged: 'The submission was triaged.',
};

/** Whether a role may download a file: confidential files need their own right; a submission's attachments, the right to read submissions. */
export function mayDownload(role: Role, file: Pick<StaffFileSummary, 'confidential' | 'caseId' | 'submissionId'>): boolean {
  if (file.confidential && !can(role, 'confidential.read')) return false;
  if (file.caseId === null && file.submissionId !== null && !can(role, 'submission.read')) return false;
  return true;
}

/** `filename*` of RFC 6266 / 5987: UTF-8, percent-encoded, nothing a header could misread. */
const dispositionName = (name: string) => encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function submissionRoutes(app: FastifyInstance, ws: Workspace): void {
  const showSubmission = async (staff: StaffSession, id: number, reject: RejectState, notice?: string) => {
    const canSeeSource = can(staff.role, 'source.read');
    const submission = await getSubmission(ws.db, id, { withSource: canSeeSource, cipher: ws.cipher });
    if (!submission) return null;
    const triage = can(staff.role, 'submission.triage') && submission.status === 'new' ? { openCases: await triageTargets(ws.db), reject } : null;
    return h(SubmissionPage, { staff, submission, canSeeSource, triage, notice });
  };
  const notFound = (staff: StaffSession) => h(NothingHerePage, { staff, what: 'There is no such submission.' });

  app.get<{ Querystring: { status?: string; page?: string } }>(
    '/staff/submissions',
    { preHandler: requirePermission('submission.read') },
    async (req, reply) => {
      const raw = req.query.status;
      const status: StatusFilter = raw === 'all' || SUBMISSION_STATUSES.includes(raw as SubmissionStatus) ? (raw as StatusFilter) : 'new';
      const page = /^\d{1,6}$/.test(req.query.page ?? '') ? Number(req.query.page) : 1;
      const [counts, list] = await Promise.all([
        countByStatus(ws.db),
        listSubmissions(ws.db, { status: status === 'all' ? null : status, page }),
      ]);
      return sendStaffPage(reply, h(SubmissionsPage, { staff: staffOf(req), status, counts, list }));
    },
  );

  app.get<{ Params: { id: string }; Querystring: { done?: string } }>(
    '/staff/submissions/:id',
    { preHandler: requirePermission('submission.read') },
    async (req, reply) => {
      const staff = staffOf(req);
      const id = parseId(req.params.id);
      const page = id === null ? null : await showSubmission(staff, id, NO_REJECT_ERROR, NOTICES[req.query.done ?? '']);
      return page ? sendStaffPage(reply, page) : sendStaffPage(reply, notFound(staff), 404);
    },
  );

  app.post<{ Params: { id: string }; Body: { reason?: unknown } }>(
    '/staff/submissions/:id/reject',
    { preHandler: requirePermission('submission.triage') },
    async (req, reply) => {
      const staff = staffOf(req);
      const id = parseId(req.params.id);
      if (id === null) return sendStaffPage(reply, notFound(staff), 404);
      const reason = typeof req.body?.reason === 'string' ? req.body.reason : '';
      try {
        await ws.db.transaction((tx) => rejectSubmission(tx, id, reason, actorOf(req)));
      } catch (e) {
        if (!isRapError(e)) throw e;
        if (e.code === 'RAP_ERR_NOT_FOUND') return sendStaffPage(reply, notFound(staff), 404);
        const status = e.code === 'RAP_ERR_CONFLICT' ? 409 : 400;
        const page = await showSubmission(staff, id, { reason: reason.slice(0, 5000), error: e.detail ?? e.message });
        return page ? sendStaffPage(reply, page, status) : sendStaffPage(reply, notFound(staff), 404);
      }
      return seeOther(reply, `${submissionUrl(id)}?done=rejected`);
    },
  );

  app.get<{ Params: { id: string } }>('/staff/files/:id', { preHandler: requirePermission('document.read') }, async (req, reply) => {
    const staff = staffOf(req);
    const id = parseId(req.params.id);
    const info = id === null ? null : await getStaffFileInfo(ws.db, id);
    const file = info && mayDownload(staff.role, info) ? await readStaffFile(ws.db, ws.cipher, info.id) : null;
    if (!file) return sendStaffPage(reply, h(NothingHerePage, { staff, what: 'There is no such file.' }), 404);
    return reply
      .code(200)
      .header('content-type', file.mediaType)
      .header('content-disposition', `attachment; filename*=UTF-8''${dispositionName(file.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', 'sandbox')
      .header('content-length', String(file.bytes.length))
      .send(file.bytes);
  });
}
