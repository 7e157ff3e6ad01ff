/**
 * The staff page of a letter and what staff do there: register a reply, mark or unmark a passage
 * confidential (which makes the public copy again), and start a follow-up. A form with a problem
 * comes back with status 400 and its message; nothing is written then.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { FieldErrors } from '../../domain/case-event.js';
import { LIMITS } from '../../domain/limits.js';
import { can } from '../../domain/permissions.js';
import { markConfidentialPassage, unmarkConfidentialPassage } from '../../services/redacted-copy.js';
import { registerReply } from '../../services/reply-registration.js';
import { registerLetterReply } from '../../services/send-letter.js';
import { startFollowUp } from '../../services/drafting.js';
import { latestHistoryOf } from '../../store/audit.repo.js';
import { confidentialPassages } from '../../store/publication.repo.js';
import { findStaffLetter, type StaffLetter } from '../../store/staff-letters.repo.js';
import { actorOf, requirePermission, staffOf } from './guard.js';
import { letterFormErrors, letterFormStatus } from './letters/letter-failures.js';
import type { LetterFormName, LetterFormState } from './letters/letter-form-state.js';
import { letterHref } from './letters/letter-hrefs.js';
import { readReplyUpload } from './letters/reply-upload.js';
import { StaffLetterPage } from './letters/staff-letter-page.js';
import { StaffNotFoundPage } from './not-found-page.js';
import { signedNoticeOf, withSignedNotice } from './notice.js';
import { seeOther, sendStaffPage } from './send.js';
import type { Workspace } from './workspace.js';

type Params = { reference: string; passageId?: string };

const today = () => new Date().toISOString().slice(0, 10);
const passageIdOf = (text: string | undefined) => (text && /^[1-9]\d{0,14}$/.test(text) ? Number(text) : null);

export function letterRoutes(app: FastifyInstance, ws: Workspace): void {
  const notFound = (req: FastifyRequest, reply: FastifyReply, what: string) => sendStaffPage(reply, h(StaffNotFoundPage, { staff: staffOf(req), what }), 404);
  const noLetter = (req: FastifyRequest, reply: FastifyReply) =>
    notFound(req, reply, `No letter has the reference “${(req.params as Params).reference.slice(0, 60)}”.`);

  const letterOf = (req: FastifyRequest) => findStaffLetter(ws.db, (req.params as Params).reference, LIMITS.replyDeadlineDays);

  async function sendLetterPage(req: FastifyRequest, reply: FastifyReply, letter: StaffLetter, form?: LetterFormState, status = 200) {
    const staff = staffOf(req);
    const history = can(staff.role, 'history.read') ? await latestHistoryOf(ws.db, 'communication', letter.referenceText) : null;
    const passages = letter.origin === 'sent' ? await confidentialPassages(ws.db, letter.id) : [];
    const may = {
      registerReply: can(staff.role, 'reply.register'),
      markPassage: can(staff.role, 'passage.mark'),
      followUp: can(staff.role, 'draft.write'),
      readFiles: can(staff.role, 'document.read'),
    };
    const notice = form ? undefined : signedNoticeOf(req.query as Record<string, unknown>, staff.csrfToken);
    return sendStaffPage(reply, h(StaffLetterPage, { staff, letter, history, passages, may, today: today(), notice, form }), status);
  }

  /** Runs a change of the letter; back to its page with a notice, or the page again with the form and its problem. */
  async function change(req: FastifyRequest, reply: FastifyReply, letter: StaffLetter, form: LetterFormName, values: Record<string, string>, run: () => Promise<string>) {
    let done: string;
    try {
      done = await run();
    } catch (e) {
      const errors = letterFormErrors(e);
      if (!errors) throw e;
      return sendLetterPage(req, reply, letter, { form, values, errors }, letterFormStatus(e));
    }
    return seeOther(reply, withSignedNotice(letterHref(letter.referenceText), done, staffOf(req).csrfToken));
  }

  const refuse = (req: FastifyRequest, reply: FastifyReply, letter: StaffLetter, form: LetterFormName, values: Record<string, string>, errors: FieldErrors, status = 400) =>
    sendLetterPage(req, reply, letter, { form, values, errors }, status);

  app.get('/staff/letters/:reference', { preHandler: requirePermission('letter.read') }, async (req, reply) => {
    const letter = await letterOf(req);
    return letter ? sendLetterPage(req, reply, letter) : noLetter(req, reply);
  });

  app.post('/staff/letters/:reference/replies', { preHandler: requirePermission('reply.register') }, async (req, reply) => {
    const letter = await letterOf(req);
    if (!letter) return noLetter(req, reply);
    const upload = await readReplyUpload(req);
    if ('errors' in upload) return refuse(req, reply, letter, 'reply', upload.values, upload.errors, upload.status);
    const { values, file } = upload;
    if (letter.status !== 'imported') return refuse(req, reply, letter, 'reply', values, { _: 'This letter is only cited by others; it is not stored, so it cannot be answered here.' });
    return change(req, reply, letter, 'reply', values, async () => {
      const input = {
        communicationId: letter.id, date: values.date ?? '', sender: values.sender ?? '', language: values.language ?? '', text: values.text ?? '',
        ...(file ? { file } : {}),
      };
      // Only a letter sent from Rapporteur has a public copy to make again with the reply.
      const register = letter.origin === 'sent' ? registerLetterReply : registerReply;
      const done = await register(ws.db, ws.cipher, input, actorOf(req));
      return `The reply of ${done.date} was registered${done.late ? `: it came late (due on ${done.dueDate})` : ''}.`;
    });
  });

  app.post('/staff/letters/:reference/passages', { preHandler: requirePermission('passage.mark') }, async (req, reply) => {
    const letter = await letterOf(req);
    if (!letter) return noLetter(req, reply);
    const raw = (req.body as Record<string, unknown> | undefined)?.text;
    const text = typeof raw === 'string' ? raw : '';
    if (!text.trim()) return refuse(req, reply, letter, 'passage', { text }, { text: 'Type or paste the words to hide, exactly as they stand in the letter.' });
    return change(req, reply, letter, 'passage', { text }, async () => {
      await ws.db.transaction((tx) => markConfidentialPassage(tx, letter.id, text, actorOf(req), ws.cipher));
      return 'The passage was marked confidential; the public copy was made again.';
    });
  });

  app.post('/staff/letters/:reference/passages/:passageId/remove', { preHandler: requirePermission('passage.mark') }, async (req, reply) => {
    const letter = await letterOf(req);
    if (!letter) return noLetter(req, reply);
    const passageId = passageIdOf((req.params as Params).passageId);
    const mine = passageId !== null && (await confidentialPassages(ws.db, letter.id)).some((p) => p.id === passageId);
    if (!mine || passageId === null) return notFound(req, reply, 'This letter has no such marked passage.');
    return change(req, reply, letter, 'passage', {}, async () => {
      await ws.db.transaction((tx) => unmarkConfidentialPassage(tx, passageId, actorOf(req), ws.cipher));
      return 'The passage is no longer marked; the public copy was made again.';
    });
  });

  app.post('/staff/letters/:reference/follow-up', { preHandler: requirePermission('draft.write') }, async (req, reply) => {
    const letter = await letterOf(req);
    if (!letter) return noLetter(req, reply);
    try {
      const draft = await startFollowUp(ws.db, letter.referenceText, actorOf(req));
      return seeOther(reply, `/staff/drafts/${draft.id}`);
    } catch (e) {
      const errors = letterFormErrors(e);
      if (!errors) throw e;
      return refuse(req, reply, letter, 'follow-up', {}, errors, letterFormStatus(e));
    }
  });
}
