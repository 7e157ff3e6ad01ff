/**
 * Drafting letters in the workspace: the list of drafts, a new letter started from a case, the
 * draft page (preview, problems, edit form, the actions the viewer may take) and the forms that
 * move a draft through its life until it is sent. The rules are in the services; a refusal is
 * shown on the draft page with its reason and writes nothing.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { FieldErrors } from '../../domain/case-event.js';
import type { Language } from '../../domain/dates.js';
import { isRapError } from '../../domain/errors.js';
import { fieldErrorsOf, InvalidInput, notFound as missing } from '../../domain/form-failures.js';
import { DRAFT_LIMITS, FIXED_SECTIONS, SECTION_IDS, type SectionId } from '../../domain/drafting/index.js';
import { mayDo, type Participant } from '../../domain/letter-lifecycle.js';
import { can } from '../../domain/permissions.js';
import { loadCaseFile } from '../../services/case-file-view.js';
import { answerInvitation, approveDraft, createDraft, editDraft, getDraft, listDrafts, openConsultation, type DraftView } from '../../services/drafting.js';
import { sendLetter } from '../../services/send-letter.js';
import { latestHistoryOf } from '../../store/audit.repo.js';
import { findCase } from '../../store/cases.repo.js';
import { idOf } from './cases/case-forms.js';
import { contentFromCase, type CaseCopy } from './drafts/draft-from-case.js';
import type { DraftFormName, DraftFormState } from './drafts/draft-form-state.js';
import { formErrors, recipientOf, sectionBody, settingsOf, textOf, todayUtc, typedValues, versionOf, type FormBody } from './drafts/draft-forms.js';
import { DraftPage } from './drafts/draft-page.js';
import { contentOf, previewOf } from './drafts/draft-preview.js';
import { readSections } from './drafts/draft-sections.js';
import { DraftsPage, type ListedDraft } from './drafts/drafts-page.js';
import { NewDraftPage } from './drafts/new-draft-page.js';
import { actorOf, requirePermission, staffOf } from './guard.js';
import { StaffNotFoundPage } from './not-found-page.js';
import { signedNoticeOf, withSignedNotice } from './notice.js';
import { seeOther, sendStaffPage } from './send.js';
import type { Workspace } from './workspace.js';

type Params = { id?: string; mandateId?: string; sectionId?: string };

const LANGUAGES: readonly string[] = ['en', 'fr', 'es'];
const draftHref = (id: number) => `/staff/drafts/${id}`;

/** The status of a refusal sent back with its page. */
function statusOf(e: unknown): number {
  if (!isRapError(e)) return 400;
  if (e.code === 'RAP_ERR_FORBIDDEN') return 403;
  if (e.code === 'RAP_ERR_CONFLICT') return 409;
  if (e.code === 'RAP_ERR_NOT_FOUND' && !e.location.field) return 404;
  return 400;
}

/** The messages of an expected refusal, a forbidden action included (the lifecycle says why); null for anything else. */
function refusalOf(e: unknown): FieldErrors | null {
  if (isRapError(e) && e.code === 'RAP_ERR_FORBIDDEN') {
    const detail = e.detail ?? e.message;
    return { _: `${detail.charAt(0).toUpperCase()}${detail.slice(1)}.` };
  }
  return fieldErrorsOf(e);
}

/** What the case gives a new draft, as the new-draft form will copy it. */
async function caseCopy(ws: Workspace, caseId: number, recipient: { code: string; name: string | null }, language: Language): Promise<CaseCopy | null> {
  // Confidential events are never opened here: they are not copied into a letter whoever drafts it.
  const view = await loadCaseFile(ws.db, ws.cipher, caseId, { readConfidential: false });
  return view ? contentFromCase(view, recipient, language) : null;
}

/** A mandate holder's drafts that wait for them: an invitation of one of their mandates not yet answered, or their approval as the lead. */
function waitsFor(who: Participant, d: DraftView): boolean {
  if (d.status !== 'consultation') return false;
  const invited = d.mandates.some((m) => m.role === 'invited' && m.answer === 'pending' && who.mandates.includes(m.mandateId));
  return invited || mayDo({ status: d.status, mandates: d.mandates }, { kind: 'approve' }, who);
}

export function draftRoutes(app: FastifyInstance, ws: Workspace): void {
  const notFound = (req: FastifyRequest, reply: FastifyReply, what = 'There is no such draft.') =>
    sendStaffPage(reply, h(StaffNotFoundPage, { staff: staffOf(req), what }), 404);

  async function withCaseTitles(drafts: DraftView[]): Promise<ListedDraft[]> {
    const titles = new Map<number, string | null>();
    for (const id of new Set(drafts.map((d) => d.caseId).filter((x): x is number => x !== null))) titles.set(id, (await findCase(ws.db, id))?.title ?? null);
    return drafts.map((d) => ({ ...d, caseTitle: d.caseId === null ? null : (titles.get(d.caseId) ?? null) }));
  }

  /** The draft page, with a form sent back when there is one. */
  async function sendDraft(req: FastifyRequest, reply: FastifyReply, draftId: number, state?: DraftFormState, status = 200) {
    const staff = staffOf(req);
    const draft = await getDraft(ws.db, draftId);
    if (!draft) return notFound(req, reply);
    const caseTitle = draft.caseId === null ? null : ((await findCase(ws.db, draft.caseId))?.title ?? null);
    const today = todayUtc();
    const history = can(staff.role, 'history.read') ? await latestHistoryOf(ws.db, 'draft', String(draft.id), 200) : null;
    const notice = state ? undefined : signedNoticeOf(req.query as Record<string, unknown>, staff.csrfToken);
    return sendStaffPage(reply, h(DraftPage, { staff, draft, caseTitle, preview: previewOf(draft, today), history, today, state, notice }), status);
  }

  /** Runs a change of a draft: back to its page with a confirmation, or with the refusal and nothing written. */
  async function change(req: FastifyRequest, reply: FastifyReply, form: DraftFormName, done: string, run: (draftId: number, version: number) => Promise<string | void>) {
    const draftId = idOf((req.params as Params).id);
    if (draftId === null) return notFound(req, reply);
    const body = req.body as FormBody;
    const values = typedValues(body);
    const sectionId = (req.params as Params).sectionId;
    if (form === 'section') values.section = String(sectionId ?? '');
    const version = versionOf(body);
    if (Number.isNaN(version)) return sendDraft(req, reply, draftId, { form, values, errors: { _: 'The form did not say which version of the draft it was filled in on: reload the page and try again.' } }, 400);
    let next: string | void;
    try {
      next = await run(draftId, version);
    } catch (e) {
      const errors = refusalOf(e);
      if (!errors) throw e;
      const status = statusOf(e);
      if (status === 404) return notFound(req, reply);
      // The action forms have no fields but the sending date: their messages belong to the whole form.
      // A section's form has one field, named after the section.
      const placed = form === 'action' ? Object.fromEntries(Object.entries(errors).map(([f, m]) => [f === 'date' ? 'date' : '_', m]))
        : form === 'section' ? Object.fromEntries(Object.entries(errors).map(([f, m]) => [f === sectionId ? f : '_', m]))
        : formErrors(errors);
      return sendDraft(req, reply, draftId, { form, values, errors: placed }, status);
    }
    return seeOther(reply, next ?? withSignedNotice(draftHref(draftId), done, staffOf(req).csrfToken));
  }

  app.get('/staff/drafts', { preHandler: requirePermission('draft.read') }, async (req, reply) => {
    const staff = staffOf(req);
    const drafts = await withCaseTitles(await listDrafts(ws.db, { limit: 500 }));
    const who: Participant = { role: staff.role, mandates: staff.mandates };
    const toAnswer = staff.role === 'mandate-holder' ? drafts.filter((d) => waitsFor(who, d)) : null;
    return sendStaffPage(reply, h(DraftsPage, { staff, drafts, toAnswer }));
  });

  app.get('/staff/cases/:id/drafts/new', { preHandler: requirePermission('draft.write') }, async (req, reply) => {
    const caseId = idOf((req.params as Params).id);
    const caseRow = caseId === null ? null : await findCase(ws.db, caseId);
    if (!caseRow) return notFound(req, reply, 'There is no such case.');
    const copy = (await caseCopy(ws, caseRow.id, { code: caseRow.countryCode ?? 'OTH', name: null }, 'en'))!;
    return sendStaffPage(reply, h(NewDraftPage, { staff: staffOf(req), caseRow, copy }));
  });

  app.post('/staff/cases/:id/drafts/new', { preHandler: requirePermission('draft.write') }, async (req, reply) => {
    const caseId = idOf((req.params as Params).id);
    const caseRow = caseId === null ? null : await findCase(ws.db, caseId);
    if (!caseRow) return notFound(req, reply, 'There is no such case.');
    const body = req.body as FormBody;
    const settings = settingsOf(body);
    const errors: FieldErrors = {};
    const recipient = recipientOf(settings, errors);
    const language = (LANGUAGES.includes(settings.language) ? settings.language : 'en') as Language;
    const copy = (await caseCopy(ws, caseRow.id, recipient, language))!;
    const sendBack = (errs: FieldErrors, status: number) =>
      sendStaffPage(reply, h(NewDraftPage, { staff: staffOf(req), caseRow, copy, state: { form: 'new', values: typedValues(body), errors: errs } }), status);
    if (Object.keys(errors).length > 0) return sendBack(errors, 400);
    let draft: DraftView;
    try {
      draft = await createDraft(ws.db, { caseId: caseRow.id, ...settings, content: copy.content }, actorOf(req));
    } catch (e) {
      const errs = fieldErrorsOf(e);
      if (!errs) throw e;
      return sendBack(formErrors(errs), statusOf(e) === 404 ? 400 : statusOf(e));
    }
    const left = [
      copy.withheldPersons.length ? `left out ${copy.withheldPersons.join(', ')} (no consent to their name being given to the State)` : '',
      copy.confidentialEvents ? `${copy.confidentialEvents} confidential event${copy.confidentialEvents === 1 ? ' was' : 's were'} not copied` : '',
    ].filter(Boolean);
    const notice = `The draft was started from the case${left.length ? `; ${left.join('; ')}` : ''}.`;
    return seeOther(reply, withSignedNotice(draftHref(draft.id), notice, staffOf(req).csrfToken));
  });

  app.get('/staff/drafts/:id', { preHandler: requirePermission('draft.read') }, async (req, reply) => {
    const draftId = idOf((req.params as Params).id);
    if (draftId === null) return notFound(req, reply);
    return sendDraft(req, reply, draftId);
  });

  app.post('/staff/drafts/:id', { preHandler: requirePermission('draft.write') }, (req, reply) =>
    change(req, reply, 'edit', 'The draft was saved.', async (draftId, version) => {
      const body = req.body as FormBody;
      const stored = await getDraft(ws.db, draftId);
      if (!stored) throw missing(`there is no draft #${draftId}`);
      const settings = settingsOf(body);
      const { content, errors } = readSections(sectionBody(body), contentOf(stored));
      const recipient = recipientOf(settings, errors);
      if (Object.keys(errors).length > 0) throw new InvalidInput(errors);
      await editDraft(ws.db, draftId, { ...settings, content: { ...content, recipient }, version }, actorOf(req));
    }),
  );

  app.post('/staff/drafts/:id/sections/:sectionId', { preHandler: requirePermission('draft.write') }, async (req, reply) => {
    const sectionId = String((req.params as Params).sectionId ?? '');
    if (!(SECTION_IDS as readonly string[]).includes(sectionId)) return notFound(req, reply, 'A letter has no such section.');
    const id = sectionId as SectionId;
    const revert = textOf(req.body as FormBody, 'do') === 'revert';
    return change(req, reply, 'section', revert ? `The section “${id}” is composed again from the draft.` : `The section “${id}” was saved as typed.`, async (draftId, version) => {
      if (FIXED_SECTIONS.includes(id)) {
        throw new InvalidInput({ _: `The section “${id}” cannot be typed by hand: the reference is allocated, and the date chosen, when the letter is sent.` });
      }
      const text = textOf(req.body as FormBody, 'text').replace(/\r\n?/g, '\n').trimEnd();
      if (text.length > DRAFT_LIMITS.section) throw new InvalidInput({ [id]: `The text is longer than ${DRAFT_LIMITS.section.toLocaleString('en')} characters.` });
      const stored = await getDraft(ws.db, draftId);
      if (!stored) throw missing(`there is no draft #${draftId}`);
      const content = contentOf(stored);
      const { [id]: _was, ...others } = content.overrides;
      const overrides = revert ? others : { ...others, [id]: text };
      await editDraft(ws.db, draftId, { content: { ...content, overrides }, version }, actorOf(req));
    });
  });

  app.post('/staff/drafts/:id/consultation', { preHandler: requirePermission('draft.write') }, (req, reply) =>
    change(req, reply, 'action', 'The consultation is open: the invited mandates may now join or decline.', async (draftId, version) => {
      await openConsultation(ws.db, draftId, actorOf(req), { version });
    }),
  );

  for (const answer of ['join', 'decline'] as const) {
    app.post(`/staff/drafts/:id/mandates/:mandateId/${answer}`, { preHandler: requirePermission('draft.answer') }, (req, reply) =>
      change(req, reply, 'action', answer === 'join' ? 'The mandate joined the letter.' : 'The mandate declined the letter.', async (draftId, version) => {
        const mandateId = String((req.params as Params).mandateId ?? '').slice(0, 100);
        await answerInvitation(ws.db, draftId, mandateId, answer === 'join' ? 'joined' : 'declined', actorOf(req), { version });
      }),
    );
  }

  app.post('/staff/drafts/:id/approve', { preHandler: requirePermission('draft.answer') }, (req, reply) =>
    change(req, reply, 'action', 'The lead mandate approved the letter: it can be sent.', async (draftId, version) => {
      await approveDraft(ws.db, draftId, actorOf(req), { version });
    }),
  );

  app.post('/staff/drafts/:id/send', { preHandler: requirePermission('letter.send') }, (req, reply) =>
    change(req, reply, 'action', '', async (draftId, version) => {
      const date = textOf(req.body as FormBody, 'date').trim() || todayUtc();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new InvalidInput({ date: 'Write the date of the letter as YYYY-MM-DD.' });
      const sent = await sendLetter(ws.db, { draftId, version, date }, actorOf(req), ws.cipher);
      return `/staff/letters/${encodeURIComponent(sent.reference.text)}`;
    }),
  );
}
