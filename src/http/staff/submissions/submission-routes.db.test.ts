import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cliActor } from '../../../domain/actor.js';
import { getSubmission } from '../../../services/intake.js';
import { storeStaffFile } from '../../../services/staff-files.js';
import { clearData, openTestDatabase, type TestDatabase } from '../../../../test/db/test-database.js';
import { signIn, workspaceApp } from '../../../../test/staff/workspace.js';
import { openForm, postForm, validFields } from '../../intake/testing/post-form.js';
import { ONE_PIXEL_PNG, pdfWithText } from '../../intake/testing/sample-files.js';
import { renderPage } from '../../render.js';
import { mayDownload } from '../submission-routes.js';
import type { Workspace } from '../workspace.js';
import { SubmissionPage } from './submission-page.js';

let t: TestDatabase;
let app: FastifyInstance;
let ws: Workspace;
let address = 0;

beforeAll(async () => {
  t = await openTestDatabase();
  ({ app, ws } = await workspaceApp(t.db));
});
afterAll(async () => {
  await app?.close();
  await t?.dispose();
});
beforeEach(async () => {
  await clearData(t.db);
});

const SCRIPT = '<script>alert(1)</script>';
/** As Preact writes text: `<` escaped, which is all it takes for no tag to open. */
const ESCAPED = '&lt;script>alert(1)&lt;/script>';

/** Sends the public form; the id of the stored submission. */
async function submit(fields: Record<string, string> = {}, files: Array<{ name: string; bytes: Buffer }> = []): Promise<number> {
  const ip = `10.1.0.${++address}`;
  const form = await openForm(app, 'en', ip);
  const res = await postForm(app, 'en', validFields(fields), { form, files, remoteAddress: ip });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  const code = /R-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(res.body)![0];
  const { rows } = await t.db.query<{ id: string }>('select id::text from submissions where receipt_code = $1', [code]);
  return Number(rows[0]!.id);
}

async function newCase(title: string): Promise<number> {
  const { rows } = await t.db.query<{ id: string }>(`insert into cases (title) values ($1) returning id`, [title]);
  return Number(rows[0]!.id);
}

describe('the list of submissions', () => {
  it('is for the roles that read submissions', async () => {
    await submit();
    for (const role of ['viewer', 'mandate-holder'] as const) {
      const res = await app.inject((await signIn(ws, role)).get('/staff/submissions'));
      expect(res.statusCode, role).toBe(403);
      // The page's random CSRF token may hold 'R-'; a receipt code has its own shape.
      expect(res.body).not.toMatch(/R-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    }
    const officer = await app.inject((await signIn(ws, 'officer')).get('/staff/submissions'));
    expect(officer.statusCode).toBe(200);
    expect(officer.body).toContain('Ilona Varga');
    expect(officer.headers['cache-control']).toBe('no-store');
    const signedOut = await app.inject({ url: '/staff/submissions' });
    expect(signedOut.statusCode).toBe(303);
  });

  it('shows new, triaged and rejected apart, newest first', async () => {
    const older = await submit({ 'victims.0.name': 'Older Person' });
    await submit({ 'victims.0.name': 'Newer Person' });
    const officer = await signIn(ws, 'officer');
    await app.inject(officer.post(`/staff/submissions/${older}/reject`, { reason: 'Outside the mandates.' }));

    const fresh = (await app.inject(officer.get('/staff/submissions'))).body;
    expect(fresh).toContain('Newer Person');
    expect(fresh).not.toContain('Older Person');
    expect(fresh).toContain('aria-current="page">New (1)</a>');
    expect(fresh).toContain('Rejected (1)');

    const rejected = (await app.inject(officer.get('/staff/submissions?status=rejected'))).body;
    expect(rejected).toContain('Older Person');
    expect(rejected).not.toContain('Newer Person');

    const all = (await app.inject(officer.get('/staff/submissions?status=all'))).body;
    expect(all.indexOf('Newer Person')).toBeLessThan(all.indexOf('Older Person'));
    expect((await app.inject(officer.get('/staff/submissions?status=bogus'))).body).toContain('aria-current="page">New (1)</a>');
  });
});

describe('a submission', () => {
  it('shows what was typed, markup and all, escaped', async () => {
    const everywhere = {
      'victims.0.name': `Ilona ${SCRIPT}`,
      'victims.0.otherNames': SCRIPT,
      'victims.0.role': SCRIPT,
      summary: `What happened: ${SCRIPT}`,
      perpetrators: SCRIPT,
      place: SCRIPT,
      'submitter.name': SCRIPT,
      'submitter.organization': SCRIPT,
      'submitter.relation': SCRIPT,
    };
    const id = await submit(everywhere);
    const stored = await getSubmission(t.db, id, { withSource: true, cipher: ws.cipher });
    expect(stored).toMatchObject({ summary: `What happened: ${SCRIPT}`, perpetrators: SCRIPT, place: SCRIPT });
    expect(stored!.victims[0]).toMatchObject({ name: `Ilona ${SCRIPT}`, otherNames: [SCRIPT], role: SCRIPT });
    expect(stored!.submitter).toMatchObject({ name: SCRIPT, organization: SCRIPT, relation: SCRIPT });

    const res = await app.inject((await signIn(ws, 'officer')).get(`/staff/submissions/${id}`));
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(SCRIPT);
    expect(res.body).not.toContain('<script');
    expect(res.body).toContain(`Ilona ${ESCAPED}`);
    expect(res.body.split(ESCAPED).length - 1).toBeGreaterThanOrEqual(Object.keys(everywhere).length);
  });

  it('shows an officer the victims, their consents, the files and the source', async () => {
    const pdf = await pdfWithText('Statement of the family about the arrest at the checkpoint.');
    const id = await submit({}, [{ name: 'statement.pdf', bytes: pdf }, { name: 'photo.png', bytes: ONE_PIXEL_PNG }]);
    const res = await app.inject((await signIn(ws, 'officer')).get(`/staff/submissions/${id}`));
    const html = res.body;
    expect(html).toContain('<th scope="row">Ilona Varga</th><td>Ilona Warga</td><td>Female</td><td>human rights defender</td><td>Yes</td><td>No</td>');
    expect(html).toContain('Republic of Aldovia (XAA)');
    expect(html).toContain('2025-03-03');
    expect(html).toMatch(/<a href="\/staff\/files\/\d+">statement.pdf<\/a><\/th><td>PDF<\/td>/);
    expect(html).toContain('text extracted, searchable');
    expect(html).toContain('no text (image)');
    expect(html).toContain('tomas.berg@example.org');
    expect(html).toContain('Aldovia Watch');
    // The triage form of the case files, prefilled, and the rejection form.
    expect(html).toContain(`action="/staff/submissions/${id}/triage"`);
    expect(html).toContain('name="title" type="text" maxlength="200" value="Ilona Varga, Zarkov checkpoint"');
    expect(html).toContain(`action="/staff/submissions/${id}/reject"`);
    expect(html).toContain(`name="_csrf"`);
  });

  it('offers the open cases most recently updated for triage', async () => {
    const open = await newCase('Detentions at Zarkov');
    await t.db.query(`insert into cases (title, status) values ('Closed matter', 'closed')`);
    const id = await submit();
    const html = (await app.inject((await signIn(ws, 'officer')).get(`/staff/submissions/${id}`))).body;
    expect(html).toContain(`<option value="${open}">#${open} Detentions at Zarkov</option>`);
    expect(html).not.toContain('Closed matter');
  });

  it('never shows the source to a role that may not read sources', async () => {
    const id = await submit();
    const staff = { ...(await signIn(ws, 'viewer')), displayName: 'v', mandates: [], csrfToken: 'x', secondFactorDone: true, hasSecondFactor: true };
    const submission = (await getSubmission(t.db, id, { withSource: false, cipher: ws.cipher }))!;
    const html = renderPage(h(SubmissionPage, { staff, submission, canSeeSource: false, triage: null }));
    expect(html).toContain('Ilona Varga');
    expect(html).toContain('The identity and contact details of the source are confidential');
    expect(html).not.toContain('tomas.berg@example.org');
    expect(html).not.toContain('Tomas Berg');
    expect(html).not.toContain('/reject');
  });

  it('answers 404 for a submission that does not exist', async () => {
    const officer = await signIn(ws, 'officer');
    expect((await app.inject(officer.get('/staff/submissions/999999'))).statusCode).toBe(404);
    expect((await app.inject(officer.get('/staff/submissions/abc'))).statusCode).toBe(404);
  });
});

describe('rejecting a submission', () => {
  it('needs a reason, is recorded with it, and happens once', async () => {
    const id = await submit();
    const officer = await signIn(ws, 'officer');
    const empty = await app.inject(officer.post(`/staff/submissions/${id}/reject`, { reason: '  ' }));
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('say why the submission is rejected');
    expect(empty.body).toContain('aria-invalid="true"');

    const done = await app.inject(officer.post(`/staff/submissions/${id}/reject`, { reason: `Private dispute ${SCRIPT}` }));
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`/staff/submissions/${id}?done=rejected`);
    const page = (await app.inject(officer.get(`/staff/submissions/${id}?done=rejected`))).body;
    expect(page).toContain('The submission was rejected.');
    expect(page).toContain(`Private dispute ${ESCAPED}`);
    expect(page).not.toContain('action="/staff/submissions/' + id + '/reject"');

    const again = await app.inject(officer.post(`/staff/submissions/${id}/reject`, { reason: 'again' }));
    expect(again.statusCode).toBe(409);
    const { rows } = await t.db.query<{ action: string; actor_id: string }>(`select action, actor_id::text from audit_log where entity = 'submission' order by seq`);
    expect(rows.map((r) => r.action)).toEqual(['submission.receive', 'submission.reject']);
    expect(rows[1]!.actor_id).toBe(String(officer.userId));
  });

  it('is refused without the CSRF token or the right, changing nothing', async () => {
    const id = await submit();
    const officer = await signIn(ws, 'officer');
    const noToken = await app.inject({ ...officer.post(`/staff/submissions/${id}/reject`, { reason: 'x' }), payload: 'reason=x' });
    expect(noToken.statusCode).toBe(403);
    const viewer = await signIn(ws, 'viewer');
    expect((await app.inject(viewer.post(`/staff/submissions/${id}/reject`, { reason: 'x' }))).statusCode).toBe(403);
    expect((await getSubmission(t.db, id, { withSource: false, cipher: ws.cipher }))!.status).toBe('new');
  });
});

describe('downloading a file', () => {
  it('sends the bytes as an attachment under its safe name, never to be rendered', async () => {
    const pdf = await pdfWithText('Statement of the family about the arrest at the checkpoint.');
    const id = await submit({}, [{ name: '..\\..\\Statement – “final”.pdf', bytes: pdf }]);
    const [file] = (await getSubmission(t.db, id, { withSource: false, cipher: ws.cipher }))!.files;
    const res = await app.inject((await signIn(ws, 'officer')).get(`/staff/files/${file!.id}`));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''Statement%20%E2%80%93%20%E2%80%9Cfinal%E2%80%9D.pdf`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe('sandbox');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.rawPayload.equals(pdf)).toBe(true);
  });

  it('answers a file the account may not see exactly as a file that does not exist', async () => {
    const id = await submit({}, [{ name: 'photo.png', bytes: ONE_PIXEL_PNG }]);
    const [attachment] = (await getSubmission(t.db, id, { withSource: false, cipher: ws.cipher }))!.files;
    const caseId = await newCase('Detentions at Zarkov');
    const secret = await t.db.transaction((tx) =>
      storeStaffFile(tx, ws.cipher, { fileName: 'witness.png', bytes: ONE_PIXEL_PNG }, { caseId }, { actor: cliActor('test'), confidential: true }),
    );
    const open = await t.db.transaction((tx) => storeStaffFile(tx, ws.cipher, { fileName: 'map.png', bytes: ONE_PIXEL_PNG }, { caseId }, { actor: cliActor('test') }));

    const viewer = await signIn(ws, 'viewer');
    const missing = await app.inject(viewer.get('/staff/files/999999'));
    expect(missing.statusCode).toBe(404);
    for (const fileId of [attachment!.id, secret.id]) {
      const res = await app.inject(viewer.get(`/staff/files/${fileId}`));
      expect(res.statusCode).toBe(404);
      expect(res.body).toBe(missing.body);
    }
    expect((await app.inject(viewer.get(`/staff/files/${open.id}`))).statusCode).toBe(200);
    const officer = await signIn(ws, 'officer');
    expect((await app.inject(officer.get(`/staff/files/${secret.id}`))).statusCode).toBe(200);
  });

  it('mayDownload: confidential files need confidential.read, attachments need submission.read', () => {
    const attachment = { confidential: false, caseId: null, submissionId: 1 };
    const caseFile = { confidential: false, caseId: 1, submissionId: null };
    const secret = { confidential: true, caseId: 1, submissionId: null };
    expect([mayDownload('viewer', attachment), mayDownload('viewer', caseFile), mayDownload('viewer', secret)]).toEqual([false, true, false]);
    expect([mayDownload('officer', attachment), mayDownload('officer', caseFile), mayDownload('officer', secret)]).toEqual([true, true, true]);
    expect(mayDownload('mandate-holder', { ...attachment, caseId: 3 })).toBe(true);
  });
});

