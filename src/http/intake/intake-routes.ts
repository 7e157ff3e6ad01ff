/**
 * The public submission form: `/submit` picks the language, `/submit/:lang` shows the form and
 * receives it. Nothing is stored unless the whole form is valid, its token matches, its files are
 * of the accepted kinds and sizes, and the address has not sent too many; every refusal answers in
 * the form's language and keeps what was typed where it can.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h, type VNode } from 'preact';
import { cleanName, sniffUpload } from '../../domain/file-sniff.js';
import {
  draftFromFields,
  emptyDraft,
  isFormLanguage,
  newReceiptCode,
  SUBMISSION_LIMITS,
  validateSubmission,
  type FieldErrors,
  type FormLanguage,
  type SubmissionDraft,
} from '../../domain/submission.js';
import { UPLOAD_LIMITS } from '../../domain/uploads.js';
import { isRapError } from '../../domain/errors.js';
import { receiveSubmission } from '../../services/intake.js';
import { createRateLimiter } from '../rate-limit.js';
import { renderPage } from '../render.js';
import { crossSite } from '../staff/guard.js';
import type { Workspace } from '../staff/workspace.js';
import { chooseLanguage } from './choose-language.js';
import { FORM_TOKEN_FIELD, formToken, formTokenMatches, renewFormToken } from './form-token.js';
import { formUrl } from './intake-layout.js';
import { megabytes, messagesFor, type IntakeMessages } from './messages.js';
import { ProblemPage } from './problem-page.js';
import { readForm, type UploadProblem } from './read-form.js';
import { ReceiptPage } from './receipt-page.js';
import { isFormCountry } from './state-options.js';
import { ADD_VICTIM, HONEYPOT_FIELD, SubmissionFormPage, VICTIM_COUNT_FIELD } from './submission-form-page.js';

const HOUR_MS = 3_600_000;
/** Submissions stored (or caught by the honeypot) per address per hour. */
export const SUBMISSIONS_PER_HOUR = 5;
/** Any post, however far it gets (adding a person, correcting errors): a flood is cut before the body is read. */
const POSTS_PER_HOUR = 60;

type LangRequest = FastifyRequest<{ Params: { lang: string } }>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any page component's props
function sendPage(reply: FastifyReply, page: VNode<any>, status = 200) {
  return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(renderPage(page));
}

/**
 * Today in the time zone furthest ahead (UTC+14): a date that is already today somewhere on
 * Earth is not refused as being in the future.
 */
const latestToday = () => new Date(Date.now() + 14 * HOUR_MS).toISOString().slice(0, 10);

function problemText(m: IntakeMessages, problem: UploadProblem): string {
  switch (problem.kind) {
    case 'file-too-large':
      return m.fileTooLarge(cleanName(problem.fileName) || 'attachment', megabytes(m, UPLOAD_LIMITS.fileBytes));
    case 'total-too-large':
      return m.filesTooLarge(megabytes(m, UPLOAD_LIMITS.totalBytes));
    case 'too-many-files':
      return m.tooManyFiles(UPLOAD_LIMITS.files);
  }
}

export function intakeRoutes(app: FastifyInstance, ws: Workspace): void {
  const posts = createRateLimiter({ limit: POSTS_PER_HOUR, windowMs: HOUR_MS });
  const submissions = createRateLimiter({ limit: SUBMISSIONS_PER_HOUR, windowMs: HOUR_MS });

  const showForm = (
    req: FastifyRequest,
    reply: FastifyReply,
    language: FormLanguage,
    state: { draft: SubmissionDraft; errors?: FieldErrors; attachmentsError?: string | undefined; filesDropped?: boolean; token?: string },
    status = 200,
  ) =>
    sendPage(
      reply,
      h(SubmissionFormPage, {
        language,
        draft: state.draft,
        errors: state.errors ?? {},
        attachmentsError: state.attachmentsError,
        filesDropped: state.filesDropped ?? false,
        token: state.token ?? formToken(ws, req, reply),
      }),
      status,
    );

  const tooMany = (reply: FastifyReply, language: FormLanguage, retryAfterSec: number) => {
    const m = messagesFor(language);
    reply.header('retry-after', String(retryAfterSec));
    return sendPage(reply, h(ProblemPage, { language, title: m.tooManyTitle, message: m.tooMany(Math.ceil(retryAfterSec / 60)) }), 429);
  };

  app.get('/submit', async (req, reply) =>
    reply.header('vary', 'accept-language').header('cache-control', 'no-store').redirect(formUrl(chooseLanguage(req.headers['accept-language'])), 303),
  );

  app.get('/submit/:lang', async (req: LangRequest, reply) => {
    const language = req.params.lang;
    if (!isFormLanguage(language)) return reply.callNotFound();
    return showForm(req, reply, language, { draft: emptyDraft() });
  });

  app.post('/submit/:lang', async (req: LangRequest, reply) => {
    const language = req.params.lang;
    if (!isFormLanguage(language)) return reply.callNotFound();
    const m = messagesFor(language);
    const flood = posts.take(req.ip);
    if (!flood.allowed) return tooMany(reply, language, flood.retryAfterSec);

    const form = await readForm(req);
    const field = (name: string) => form.fields.get(name);
    if (form.malformed || crossSite(req) || !formTokenMatches(req, field(FORM_TOKEN_FIELD))) {
      return sendPage(reply, h(ProblemPage, { language, title: m.expiredTitle, message: m.expired }), 403);
    }

    const count = Number(/^\d{1,2}$/.test(field(VICTIM_COUNT_FIELD) ?? '') ? field(VICTIM_COUNT_FIELD) : 1);
    const filesDropped = form.files.length > 0 || form.problem !== null;
    if (field('action') === ADD_VICTIM) {
      const draft = draftFromFields(field, Math.min(count + 1, SUBMISSION_LIMITS.victims));
      return showForm(req, reply, language, { draft, filesDropped });
    }

    const draft = draftFromFields(field, count);
    if (form.problem) return showForm(req, reply, language, { draft, attachmentsError: problemText(m, form.problem), filesDropped }, 413);

    // A field people never see, filled: a robot. It is told what a person would be told, and nothing is kept.
    if (field(HONEYPOT_FIELD)?.trim()) {
      const limit = submissions.take(req.ip);
      if (!limit.allowed) return tooMany(reply, language, limit.retryAfterSec);
      renewFormToken(ws, reply);
      return sendPage(reply, h(ReceiptPage, { language, receiptCode: newReceiptCode() }));
    }

    const validated = validateSubmission(draft, { language, today: latestToday(), isCountry: isFormCountry });
    const refused = form.files.map((f) => ({ f, sniffed: sniffUpload(f.bytes) })).find(({ sniffed }) => !sniffed.ok);
    const attachmentsError = refused && !refused.sniffed.ok ? m.fileRefused(cleanName(refused.f.fileName) || 'attachment', refused.sniffed.looksLike) : undefined;
    if (!validated.ok || attachmentsError) {
      return showForm(req, reply, language, { draft, errors: validated.ok ? {} : validated.errors, attachmentsError, filesDropped }, 400);
    }

    const limit = submissions.take(req.ip);
    if (!limit.allowed) return tooMany(reply, language, limit.retryAfterSec);
    let receiptCode: string;
    try {
      receiptCode = await receiveSubmission(ws.db, ws.cipher, validated.input, form.files);
    } catch (e) {
      if (!isRapError(e) || e.location.field !== 'attachments') throw e;
      const error = e.location.file ? m.fileRefused(e.location.file, 'unknown') : m.tooManyFiles(UPLOAD_LIMITS.files);
      return showForm(req, reply, language, { draft, attachmentsError: error, filesDropped }, 400);
    }
    // A new token: the same form sent again (a reload) is refused instead of stored twice.
    renewFormToken(ws, reply);
    return sendPage(reply, h(ReceiptPage, { language, receiptCode }));
  });
}
