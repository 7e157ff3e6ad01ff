/**
 * Case files in the workspace: the list, the case page, and the forms that change a case (its
 * fields, events, documents, letters) and triage a submission into one. Each change runs in one
 * transaction; a form with a problem comes back with status 400 and the message at the field,
 * and nothing is written.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { FieldErrors } from '../../domain/case-event.js';
import { isRapError } from '../../domain/errors.js';
import { fieldErrorsOf } from '../../domain/form-failures.js';
import { can } from '../../domain/permissions.js';
import { UPLOAD_LIMITS } from '../../domain/uploads.js';
import { formatBytes } from '../../extract/readers/format-bytes.js';
import { addEvent, updateEvent } from '../../services/case-events.js';
import { loadCaseFile } from '../../services/case-file-view.js';
import { triageSubmission } from '../../services/case-triage.js';
import { CASES_PAGE_SIZE, createCase, linkLetter, listCases, unlinkLetter, updateCase, uploadCaseDocument } from '../../services/cases.js';
import type { UploadedFile } from '../../services/staff-files.js';
import { listOpenCases } from '../../store/cases.repo.js';
import type { Queryable } from '../../store/database.js';
import { CasePage } from './cases/case-page.js';
import { CasesPage } from './cases/cases-page.js';
import { caseInputOf, casesQueryOf, eventFormOf, idOf, noticeOf, textOf, triageInputOf, valuesOf, type FormBody } from './cases/case-forms.js';
import type { FormName, FormState } from './components/form-state.js';
import { TriagePage } from './cases/triage-page.js';
import { actorOf, requirePermission, staffOf } from './guard.js';
import { StaffNotFoundPage } from './not-found-page.js';
import { seeOther, sendStaffPage } from './send.js';
import type { Workspace } from './workspace.js';

type Params = { id?: string; eventId?: string; communicationId?: string };

const caseHref = (id: number, done?: string) => `/staff/cases/${id}${done ? `?done=${done}` : ''}`;

/** The status of an expected failure sent back with its form. */
function statusOf(e: unknown): number {
  if (!isRapError(e)) return 400;
  if (e.code === 'RAP_ERR_CONFLICT') return 409;
  if (e.code === 'RAP_ERR_FILE_TOO_LARGE') return 413;
  if (e.code === 'RAP_ERR_NOT_FOUND' && !e.location.field) return 404;
  return 400;
}

export function caseRoutes(app: FastifyInstance, ws: Workspace): void {
  const notFound = (req: FastifyRequest, reply: FastifyReply, what = 'There is no such case.') =>
    sendStaffPage(reply, h(StaffNotFoundPage, { staff: staffOf(req), what }), 404);

  /** The case page, with a form sent back when there is one. */
  async function sendCase(req: FastifyRequest, reply: FastifyReply, caseId: number, form?: FormState, status = 200) {
    const staff = staffOf(req);
    const view = await loadCaseFile(ws.db, ws.cipher, caseId, { readConfidential: can(staff.role, 'confidential.read') });
    if (!view) return notFound(req, reply);
    return sendStaffPage(reply, h(CasePage, { staff, view, form, notice: form ? undefined : noticeOf(req.query as Record<string, unknown>, staff.csrfToken) }), status);
  }

  /**
   * Runs a change of a case and goes back to the case page with its confirmation; an expected
   * failure (bad input, a conflict) sends the page back with the form as typed and the problem.
   */
  async function change(req: FastifyRequest, reply: FastifyReply, form: FormName, done: string, run: (caseId: number) => Promise<unknown>) {
    const caseId = idOf((req.params as Params).id);
    if (caseId === null) return notFound(req, reply);
    try {
      await run(caseId);
    } catch (e) {
      const errors = fieldErrorsOf(e);
      if (!errors) throw e;
      const status = statusOf(e);
      if (status === 404) return notFound(req, reply, 'There is no such case, or it has no such record.');
      return sendCase(req, reply, caseId, { form, values: valuesOf(req.body as FormBody), errors }, status);
    }
    return seeOther(reply, caseHref(caseId, done));
  }

  const inTransaction = <T>(fn: (tx: Queryable) => Promise<T>) => ws.db.transaction(fn);

  app.get('/staff/cases', { preHandler: requirePermission('case.read') }, async (req, reply) => {
    const staff = staffOf(req);
    const query = casesQueryOf(req.query as Record<string, unknown>);
    const { total, cases } = await listCases(ws.db, { status: query.status, title: query.title || null, page: query.page });
    return sendStaffPage(reply, h(CasesPage, { staff, query, total, pageSize: CASES_PAGE_SIZE, cases, canWrite: can(staff.role, 'case.write') }));
  });

  app.post('/staff/cases', { preHandler: requirePermission('case.write') }, async (req, reply) => {
    const body = req.body as FormBody;
    try {
      const id = await inTransaction((tx) => createCase(tx, caseInputOf(body), actorOf(req)));
      return seeOther(reply, caseHref(id, 'created'));
    } catch (e) {
      const errors = fieldErrorsOf(e);
      if (!errors) throw e;
      const staff = staffOf(req);
      const query = { status: 'open' as const, title: '', page: 1 };
      const { total, cases } = await listCases(ws.db, { status: 'open', title: null, page: 1 });
      const form: FormState = { form: 'new-case', values: valuesOf(body), errors };
      return sendStaffPage(reply, h(CasesPage, { staff, query, total, pageSize: CASES_PAGE_SIZE, cases, canWrite: true, form }), statusOf(e));
    }
  });

  app.get('/staff/cases/:id', { preHandler: requirePermission('case.read') }, async (req, reply) => {
    const caseId = idOf((req.params as Params).id);
    if (caseId === null) return notFound(req, reply);
    return sendCase(req, reply, caseId);
  });

  app.post('/staff/cases/:id', { preHandler: requirePermission('case.write') }, (req, reply) =>
    change(req, reply, 'case', 'saved', (caseId) => inTransaction((tx) => updateCase(tx, caseId, caseInputOf(req.body as FormBody), actorOf(req)))),
  );

  app.post('/staff/cases/:id/events', { preHandler: requirePermission('case.write') }, (req, reply) =>
    change(req, reply, 'event-new', 'event-added', (caseId) =>
      inTransaction((tx) => addEvent(tx, ws.cipher, caseId, eventFormOf(req.body as FormBody), actorOf(req))),
    ),
  );

  app.post('/staff/cases/:id/events/:eventId', { preHandler: requirePermission('case.write') }, async (req, reply) => {
    const eventId = idOf((req.params as Params).eventId);
    if (eventId === null) return notFound(req, reply, 'There is no such event.');
    return change(req, reply, `event-${eventId}`, 'event-saved', (caseId) =>
      inTransaction((tx) => updateEvent(tx, ws.cipher, caseId, eventId, eventFormOf(req.body as FormBody), actorOf(req))),
    );
  });

  app.post('/staff/cases/:id/letters', { preHandler: requirePermission('case.write') }, (req, reply) =>
    change(req, reply, 'letter', 'letter-linked', (caseId) =>
      inTransaction((tx) => linkLetter(tx, caseId, textOf(req.body as FormBody, 'reference'), actorOf(req))),
    ),
  );

  app.post('/staff/cases/:id/letters/:communicationId/remove', { preHandler: requirePermission('case.write') }, async (req, reply) => {
    const communicationId = idOf((req.params as Params).communicationId);
    if (communicationId === null) return notFound(req, reply, 'There is no such letter.');
    return change(req, reply, 'letter', 'letter-unlinked', (caseId) => inTransaction((tx) => unlinkLetter(tx, caseId, communicationId, actorOf(req))));
  });

  app.post('/staff/cases/:id/documents', { preHandler: requirePermission('case.write') }, async (req, reply) => {
    const caseId = idOf((req.params as Params).id);
    if (caseId === null) return notFound(req, reply);
    const sendBack = (errors: FieldErrors, status: number, confidential = false) =>
      sendCase(req, reply, caseId, { form: 'document', values: confidential ? { confidential: 'yes' } : {}, errors }, status);
    if (!req.isMultipart()) return sendBack({ document: 'Send the file with the upload form (multipart/form-data).' }, 400);

    let file: UploadedFile | null = null;
    let confidential = false;
    let reading = '';
    try {
      for await (const part of req.parts()) {
        if (part.type === 'file') {
          reading = part.filename;
          const bytes = await part.toBuffer();
          if (part.fieldname === 'document' && !file && part.filename) file = { fileName: part.filename, bytes };
        } else if (part.fieldname === 'confidential') {
          confidential = part.value === 'yes';
        }
      }
    } catch (e) {
      const status = (e as { statusCode?: number }).statusCode;
      if (status === 413) {
        const limit = formatBytes(UPLOAD_LIMITS.fileBytes);
        return sendBack({ document: `${reading ? `${reading.slice(0, 120)} is` : 'The file is'} larger than the limit of ${limit}. Nothing was stored.` }, 413, confidential);
      }
      if (status && status < 500) return sendBack({ document: 'The upload could not be read: send one file with the form.' }, 400, confidential);
      throw e;
    }
    if (!file) return sendBack({ document: 'Choose a file to upload.' }, 400, confidential);
    const chosen = file;
    try {
      await uploadCaseDocument(ws.db, ws.cipher, caseId, chosen, { confidential }, actorOf(req));
    } catch (e) {
      const errors = fieldErrorsOf(e);
      if (!errors) throw e;
      const status = statusOf(e);
      if (status === 404) return notFound(req, reply);
      // The file services name the field `attachments`; here it is `document`.
      const message = Object.values(errors)[0]!;
      return sendBack({ document: message }, status, confidential);
    }
    return seeOther(reply, caseHref(caseId, 'document-added'));
  });

  app.post('/staff/submissions/:id/triage', { preHandler: requirePermission('submission.triage') }, async (req, reply) => {
    const submissionId = idOf((req.params as Params).id);
    if (submissionId === null) return notFound(req, reply, 'There is no such submission.');
    const body = req.body as FormBody;
    try {
      const { caseId } = await triageSubmission(ws.db, ws.cipher, submissionId, triageInputOf(body), actorOf(req));
      return seeOther(reply, caseHref(caseId, 'triaged'));
    } catch (e) {
      const errors = fieldErrorsOf(e);
      if (!errors) throw e;
      const status = statusOf(e);
      if (status === 404) return notFound(req, reply, 'There is no such submission.');
      const closed = isRapError(e) && e.code === 'RAP_ERR_CONFLICT' && e.location.field === 'target';
      const state: FormState = { form: 'triage', values: valuesOf(body), errors };
      return sendStaffPage(reply, h(TriagePage, { staff: staffOf(req), submissionId, openCases: await listOpenCases(ws.db), state, closed }), status);
    }
  });
}
