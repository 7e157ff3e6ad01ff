/**
 * A section of a draft typed by hand through the page: the typed text shows in the preview and
 * goes into the letter sent, taking it back restores the composed text, a fixed section is
 * refused, a stale version is refused, and a viewer may do none of it.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFENDERS, staff } from '../../../../test/db/drafting-fixtures.js';
import { clearData, openTestDatabase, type TestDatabase } from '../../../../test/db/test-database.js';
import { signIn, testWorkspace, type SignedIn } from '../../../../test/staff/workspace.js';
import type { Actor } from '../../../domain/actor.js';
import { buildDraft } from '../../../domain/drafting/testing/build-draft.js';
import { approveDraft, createDraft, getDraft, openConsultation } from '../../../services/drafting.js';
import { sendLetter } from '../../../services/send-letter.js';
import { buildPublicApp } from '../../public-app.js';
import type { Workspace } from '../workspace.js';
import type { DraftContent } from './draft-from-case.js';

let t: TestDatabase;
let app: FastifyInstance;
let ws: Workspace;
let officer: SignedIn;
let actor: Actor;
let draftId: number;

const COMPOSED_CONCERN = 'We are concerned that the charges appear to be linked to her work as a lawyer.';
const TYPED = 'We are gravely concerned by the charges brought against Ms. Varnhold.\n\nThey appear to punish her reporting on the remand prison.';

beforeAll(async () => {
  t = await openTestDatabase();
  await clearData(t.db);
  ws = testWorkspace(t.db);
  app = await buildPublicApp(t.db, { workspace: ws });
  officer = await signIn(ws, 'officer');
  actor = await staff(t.db, 'officer');
  const { reference: _r, date: _d, type: _t, language: _l, leadMandateId: _m, mandateIds: _s, ...content } = buildDraft({ recipient: { code: 'XAA' }, copiesTo: [], earlierLetters: [] });
  const draft = await createDraft(t.db, { type: 'AL', recipientCode: 'XAA', language: 'en', leadMandateId: DEFENDERS, invitedMandateIds: [], content }, actor);
  draftId = draft.id;
});

afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

const auditCount = async () => (await t.db.query<{ n: number }>('select count(*)::int as n from audit_log')).rows[0]!.n;
const versionNow = async () => (await getDraft(t.db, draftId))!.version;
const previewOf = (body: string) => body.slice(body.indexOf('class="letter-preview"'), body.indexOf('</article>'));
const concernsOf = (body: string) => {
  const preview = previewOf(body);
  const start = preview.indexOf('data-section="concerns"');
  return preview.slice(start, preview.indexOf('data-section="questions"'));
};

describe('a section typed by hand', () => {
  it('offers a disclosure under each section that may be typed, none under the reference and the date', async () => {
    const page = await app.inject(officer.get(`/staff/drafts/${draftId}`));
    expect(page.statusCode).toBe(200);
    const concerns = concernsOf(page.body);
    expect(concerns).toContain('<summary>Edit this section’s text</summary>');
    expect(concerns).toContain(`action="/staff/drafts/${draftId}/sections/concerns"`);
    expect(concerns).toMatch(/<label for="section-concerns">/);
    expect(concerns).toContain(COMPOSED_CONCERN);
    expect(concerns).not.toContain('Go back to the composed text');
    expect(concerns).not.toContain('edited by hand');
    expect(page.body).not.toContain(`/sections/reference"`);
    expect(page.body).not.toContain(`/sections/date"`);
  });

  it('saves the typed text: the preview shows it, marked as edited by hand, and the override is stored', async () => {
    const res = await app.inject(officer.post(`/staff/drafts/${draftId}/sections/concerns`, { text: TYPED.replace(/\n/g, '\r\n'), do: 'save', version: String(await versionNow()) }));
    expect(res.statusCode).toBe(303);
    expect(String(res.headers.location)).toMatch(new RegExp(`^/staff/drafts/${draftId}`));
    expect((await getDraft<DraftContent>(t.db, draftId))!.content.overrides).toEqual({ concerns: TYPED });

    const concerns = concernsOf((await app.inject(officer.get(`/staff/drafts/${draftId}`))).body);
    expect(concerns).toContain('edited by hand');
    expect(concerns).toContain('<p>We are gravely concerned by the charges brought against Ms. Varnhold.</p>');
    expect(concerns).toContain('<p>They appear to punish her reporting on the remand prison.</p>');
    expect(concerns).not.toContain(`<p>${COMPOSED_CONCERN}</p>`);
    expect(concerns).toContain('Go back to the composed text');
  });

  it('refuses a save on an older version with 409, keeps the typed text and writes nothing', async () => {
    const before = await getDraft(t.db, draftId);
    const audit = await auditCount();
    const res = await app.inject(officer.post(`/staff/drafts/${draftId}/sections/concerns`, { text: 'Typed on an old page.', do: 'save', version: String(before!.version - 1) }));
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('role="alert"');
    expect(concernsOf(res.body)).toContain('<details class="section-editor" open');
    expect(res.body).toContain('Typed on an old page.');
    expect(await getDraft(t.db, draftId)).toEqual(before);
    expect(await auditCount()).toBe(audit);
  });

  it('refuses the reference and the date with 400, and an unknown section with 404, writing nothing', async () => {
    const before = await getDraft(t.db, draftId);
    const audit = await auditCount();
    for (const id of ['reference', 'date']) {
      const res = await app.inject(officer.post(`/staff/drafts/${draftId}/sections/${id}`, { text: 'AL XAA 99/2026', do: 'save', version: String(before!.version) }));
      expect(res.statusCode, id).toBe(400);
      expect(res.body).toContain('role="alert"');
      expect(res.body).toContain('cannot be typed by hand');
    }
    expect((await app.inject(officer.post(`/staff/drafts/${draftId}/sections/preamble`, { text: 'x', do: 'save', version: String(before!.version) }))).statusCode).toBe(404);
    expect(await getDraft(t.db, draftId)).toEqual(before);
    expect(await auditCount()).toBe(audit);
  });

  it('lets neither a viewer nor a mandate holder save a section', async () => {
    const before = await getDraft(t.db, draftId);
    const audit = await auditCount();
    const viewer = await signIn(ws, 'viewer');
    const holder = await signIn(ws, 'mandate-holder', { mandates: [DEFENDERS] });
    for (const who of [viewer, holder]) {
      const res = await app.inject(who.post(`/staff/drafts/${draftId}/sections/concerns`, { text: 'Not theirs to type.', do: 'save', version: String(before!.version) }));
      expect(res.statusCode, who.role).toBe(403);
    }
    const page = await app.inject(holder.get(`/staff/drafts/${draftId}`));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('edited by hand');
    expect(page.body).not.toContain('/sections/concerns');
    expect(await getDraft(t.db, draftId)).toEqual(before);
    expect(await auditCount()).toBe(audit);
  });

  it('goes back to the composed text', async () => {
    const res = await app.inject(officer.post(`/staff/drafts/${draftId}/sections/concerns`, { text: TYPED, do: 'revert', version: String(await versionNow()) }));
    expect(res.statusCode).toBe(303);
    expect((await getDraft<DraftContent>(t.db, draftId))!.content.overrides).toEqual({});
    const concerns = concernsOf((await app.inject(officer.get(`/staff/drafts/${draftId}`))).body);
    expect(concerns).toContain(COMPOSED_CONCERN);
    expect(concerns).not.toContain('edited by hand');
    expect(concerns).not.toContain('gravely concerned');
  });

  it('puts the typed text into the letter that is sent', async () => {
    const saved = await app.inject(officer.post(`/staff/drafts/${draftId}/sections/concerns`, { text: TYPED, do: 'save', version: String(await versionNow()) }));
    expect(saved.statusCode).toBe(303);
    let view = await openConsultation(t.db, draftId, actor, { version: await versionNow() });
    view = await approveDraft(t.db, draftId, await staff(t.db, 'mandate-holder', [DEFENDERS]), { version: view.version });
    const sent = await sendLetter(t.db, { draftId, version: view.version, date: '2026-03-02' }, actor);
    const body = (await t.db.query<{ body: string }>('select body from communications where id = $1', [sent.communicationId])).rows[0]!.body;
    expect(body).toContain('We are gravely concerned by the charges brought against Ms. Varnhold.');
    expect(body).toContain('They appear to punish her reporting on the remand prison.');
    expect(body).not.toContain(COMPOSED_CONCERN);
  });
});
