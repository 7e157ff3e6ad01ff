import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetter } from '../../../../test/db/build-letter.js';
import { openTestDatabase, type TestDatabase } from '../../../../test/db/test-database.js';
import { signIn, workspaceApp, type SignedIn } from '../../../../test/staff/workspace.js';
import { storeRecord } from '../../../services/store-record.js';
import { UPLOAD_LIMITS } from '../../../domain/uploads.js';
import { HTML_PAGE, pdfWithText } from '../../intake/testing/sample-files.js';
import type { Workspace } from '../workspace.js';

let t: TestDatabase;
let app: FastifyInstance;
let ws: Workspace;
let officer: SignedIn;
let viewer: SignedIn;
let holder: SignedIn;
let caseId: number;

const SCRIPT = '<script>alert(1)</script>';
/** How Preact writes it: `<` and `&` escaped, which is enough for no tag to open. */
const SCRIPT_ESCAPED = '&lt;script>alert(1)&lt;/script>';

const count = async (table: string) => Number((await t.db.query<{ n: string }>(`select count(*)::text as n from ${table}`)).rows[0]!.n);
const changes = async () => ({ audit: await count('audit_log'), cases: await count('cases'), events: await count('case_events'), files: await count('staff_files'), letters: await count('case_letters') });

/** A multipart upload of the case page's form, the CSRF token in the address as the form sends it. */
async function upload(who: SignedIn, id: number, file: { name: string; bytes: Buffer; type: string }, fields: Record<string, string> = {}, csrf = who.csrf): Promise<InjectOptions> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('document', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  const body = new Response(form);
  return {
    method: 'POST',
    url: `/staff/cases/${id}/documents?_csrf=${encodeURIComponent(csrf)}`,
    headers: { cookie: who.cookie, 'content-type': body.headers.get('content-type')! },
    payload: Buffer.from(await body.arrayBuffer()),
  };
}

const caseIdOf = (location: string | undefined) => Number(/^\/staff\/cases\/(\d+)/.exec(location ?? '')?.[1]);

beforeAll(async () => {
  t = await openTestDatabase();
  ({ app, ws } = await workspaceApp(t.db));
  officer = await signIn(ws, 'officer');
  viewer = await signIn(ws, 'viewer');
  holder = await signIn(ws, 'mandate-holder', { mandates: ['sr-human-rights-defenders'] });
  await t.db.transaction((tx) =>
    storeRecord(tx, buildLetter({ reference: 'AL XAA 1/2024', date: '2024-04-02', title: 'detention of a harbour worker' }), {
      sha256: 'sha-1', path: '/archive/1.md', format: 'markdown', pages: null, bytes: 10, kind: 'communication', content: Buffer.from('x'),
    }),
  );
});

afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

describe('an officer working on a case', () => {
  it('opens a case, its title shown escaped', async () => {
    const created = await app.inject(officer.post('/staff/cases', { title: `Harbour ${SCRIPT} detentions`, summary: 'Arrests at the harbour.', country: 'XAA' }));
    expect(created.statusCode).toBe(303);
    caseId = caseIdOf(created.headers.location as string);
    expect(created.headers.location).toBe(`/staff/cases/${caseId}?done=created`);

    const page = await app.inject(officer.get(created.headers.location as string));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('The case was opened.');
    expect(page.body).toContain(`Harbour ${SCRIPT_ESCAPED} detentions`);
    expect(page.body).not.toContain(SCRIPT);
    expect(page.body).toContain('Republic of Aldovia (XAA)');

    const list = await app.inject(officer.get('/staff/cases'));
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`href="/staff/cases/${caseId}"`);
    expect((await app.inject(officer.get('/staff/cases?title=harbour'))).body).toContain(`href="/staff/cases/${caseId}"`);
    expect((await app.inject(officer.get('/staff/cases?title=quarry'))).body).toContain('No case matches.');
    expect((await app.inject(officer.get('/staff/cases?status=closed'))).body).not.toContain(`href="/staff/cases/${caseId}"`);
  });

  it('adds an event known to the month, shown as such, its description escaped', async () => {
    const res = await app.inject(
      officer.post(`/staff/cases/${caseId}/events`, { year: '2024', month: '3', day: '', place: 'Port Aldo', description: `Detained ${SCRIPT} at the gate`, source: 'note', source_note: 'Call with the family' }),
    );
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/staff/cases/${caseId}?done=event-added`);
    const page = (await app.inject(officer.get(`/staff/cases/${caseId}`))).body;
    expect(page).toMatch(/<strong>March 2024<\/strong><span class="muted"> \(day not known\)<\/span>/);
    expect(page).toContain(`Detained ${SCRIPT_ESCAPED} at the gate`);
    expect(page).toContain('Call with the family');
    expect(page).not.toContain(SCRIPT);
  });

  it('edits an event to the day; the timeline and the history show it', async () => {
    const { rows } = await t.db.query<{ id: string }>('select id::text from case_events where case_id = $1', [caseId]);
    const res = await app.inject(
      officer.post(`/staff/cases/${caseId}/events/${rows[0]!.id}`, { year: '2024', month: '3', day: '5', place: 'Port Aldo', description: `Detained ${SCRIPT} at the gate`, source: 'note', source_note: 'Call with the family' }),
    );
    expect(res.statusCode).toBe(303);
    const page = (await app.inject(officer.get(`/staff/cases/${caseId}`))).body;
    expect(page).toContain('<strong>5 March 2024</strong>');
    expect(page).toContain('Edited an event');
    expect(page).toContain('<del>March 2024</del>');
  });

  it('sends a wrong event back with each problem at its field, writing nothing', async () => {
    const before = await changes();
    const res = await app.inject(officer.post(`/staff/cases/${caseId}/events`, { year: '2024', month: '13', description: '', place: 'Quarry' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('role="alert"');
    expect(res.body).toContain('<a href="#event-new-month">The month is a number from 1 to 12.</a>');
    expect(res.body).toContain('<a href="#event-new-description">Describe what happened.</a>');
    expect(res.body).toMatch(/id="event-new-place"[^>]*value="Quarry"/);
    expect(await changes()).toEqual(before);
  });

  it('uploads a PDF, listed with its type, size and a link to it', async () => {
    const res = await app.inject(await upload(officer, caseId, { name: '../../private/statement.pdf', bytes: await pdfWithText('Statement of Oskar Brenn'), type: 'application/pdf' }));
    expect(res.statusCode).toBe(303);
    const { rows } = await t.db.query<{ id: string }>('select id::text from staff_files where case_id = $1', [caseId]);
    const page = (await app.inject(officer.get(`/staff/cases/${caseId}`))).body;
    expect(page).toContain(`<a href="/staff/files/${rows[0]!.id}">statement.pdf</a>`);
    expect(page).toContain('<td>PDF</td>');
    expect(page).toContain('Searchable');
    expect(page).not.toContain('private/statement');
  });

  it('refuses a file over the size limit with 413, naming it, and stores nothing', async () => {
    const before = await changes();
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(UPLOAD_LIMITS.fileBytes + 1, 0x20)]);
    const res = await app.inject(await upload(officer, caseId, { name: 'huge.pdf', bytes: big, type: 'application/pdf' }));
    expect(res.statusCode).toBe(413);
    expect(res.body).toContain('huge.pdf is larger than the limit of 10.0 MB');
    expect(await changes()).toEqual(before);
  });

  it('refuses a page named .pdf, naming the file, and stores nothing', async () => {
    const before = await changes();
    const res = await app.inject(await upload(officer, caseId, { name: 'report.pdf', bytes: HTML_PAGE, type: 'application/pdf' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('report.pdf');
    expect(res.body).toContain('id="document-document-error"');
    expect(await changes()).toEqual(before);
  });

  it('links a letter, not yet published, linking to its staff page; a wrong reference comes back with its message', async () => {
    const res = await app.inject(officer.post(`/staff/cases/${caseId}/letters`, { reference: 'AL XAA 1/2024' }));
    expect(res.statusCode).toBe(303);
    const page = (await app.inject(officer.get(`/staff/cases/${caseId}`))).body;
    expect(page).toContain('<a href="/staff/letters/AL%20XAA%201%2F2024">AL XAA 1/2024</a>');
    expect(page).toContain('Not published');

    const bad = await app.inject(officer.post(`/staff/cases/${caseId}/letters`, { reference: 'AL XAA 7/2024' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('No letter AL XAA 7/2024 is stored.');
    const twice = await app.inject(officer.post(`/staff/cases/${caseId}/letters`, { reference: 'xaa 1/2024' }));
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('AL XAA 1/2024 is already linked to this case.');
  });

  it('adds a confidential event and sees it; sees the history of every change, newest first', async () => {
    const res = await app.inject(
      officer.post(`/staff/cases/${caseId}/events`, { year: '2024', month: '4', description: 'Hiding in the safehouse of Velmira', place: 'Northern valley', confidential: 'yes' }),
    );
    expect(res.statusCode).toBe(303);
    const page = (await app.inject(officer.get(`/staff/cases/${caseId}`))).body;
    expect(page).toContain('Hiding in the safehouse of Velmira');

    const history = page.slice(page.indexOf('id="history-title"'));
    const order = ['Added an event', 'Linked a letter', 'Added a document', 'Opened the case'].map((words) => history.indexOf(words));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(history).toContain(officer.email);
    expect(history).toContain('[confidential]');
    expect(history).not.toContain('Velmira');
    expect(history).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/);
  });

  it('edits the case; the history shows the title before and after', async () => {
    const res = await app.inject(officer.post(`/staff/cases/${caseId}`, { title: 'Harbour detentions', summary: 'Arrests at the harbour.', country: 'XAA', status: 'open' }));
    expect(res.statusCode).toBe(303);
    const page = (await app.inject(officer.get(`/staff/cases/${caseId}`))).body;
    expect(page).toContain('Edited the case');
    expect(page).toContain(`<del>Harbour ${SCRIPT_ESCAPED} detentions</del>`);
    expect(page).toContain('<ins>Harbour detentions</ins>');
  });
});

describe('read-only roles', () => {
  for (const role of ['viewer', 'mandate-holder'] as const) {
    it(`a ${role} reads the case without the confidential event, and every change is refused`, async () => {
      const who = role === 'viewer' ? viewer : holder;
      const page = await app.inject(who.get(`/staff/cases/${caseId}`));
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Harbour detentions');
      expect(page.body).toContain('Confidential event (details hidden)');
      expect(page.body).not.toContain('Velmira');
      expect(page.body).not.toContain('Northern valley');
      expect(page.body).not.toContain(`action="/staff/cases/${caseId}/events"`);
      expect((await app.inject(who.get('/staff/cases'))).statusCode).toBe(200);

      const before = await changes();
      const { rows } = await t.db.query<{ id: string }>('select id::text from case_events where case_id = $1 order by id limit 1', [caseId]);
      const posts: InjectOptions[] = [
        who.post('/staff/cases', { title: 'Another' }),
        who.post(`/staff/cases/${caseId}`, { title: 'Renamed', status: 'closed' }),
        who.post(`/staff/cases/${caseId}/events`, { description: 'Added by a reader' }),
        who.post(`/staff/cases/${caseId}/events/${rows[0]!.id}`, { description: 'Changed by a reader' }),
        who.post(`/staff/cases/${caseId}/letters`, { reference: 'AL XAA 1/2024' }),
        who.post(`/staff/cases/${caseId}/letters/1/remove`),
        await upload(who, caseId, { name: 'statement.pdf', bytes: await pdfWithText('x'), type: 'application/pdf' }),
        who.post('/staff/submissions/1/triage', { target: 'new', title: 'Another' }),
      ];
      for (const post of posts) expect((await app.inject(post)).statusCode, String(post.url)).toBe(403);
      expect(await changes()).toEqual(before);
    });
  }
});

describe('refusals', () => {
  it('refuses a change without the CSRF token, or with another session’s, and writes nothing', async () => {
    const before = await changes();
    const noToken = await app.inject({
      method: 'POST',
      url: `/staff/cases/${caseId}/events`,
      headers: { cookie: officer.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ description: 'Forged' }).toString(),
    });
    expect(noToken.statusCode).toBe(403);
    const otherToken = await app.inject(await upload(officer, caseId, { name: 'statement.pdf', bytes: await pdfWithText('x'), type: 'application/pdf' }, {}, viewer.csrf));
    expect(otherToken.statusCode).toBe(403);
    expect(await changes()).toEqual(before);
  });

  it('answers 404 for a case that does not exist, and sends a visitor without a session to sign in', async () => {
    expect((await app.inject(officer.get('/staff/cases/999999'))).statusCode).toBe(404);
    expect((await app.inject(officer.get('/staff/cases/..%2F1'))).statusCode).toBe(404);
    const anonymous = await app.inject({ method: 'GET', url: `/staff/cases/${caseId}` });
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toContain('/staff/login');
  });
});

describe('triage', () => {
  async function submission(name: string): Promise<number> {
    const { rows } = await t.db.query<{ id: string }>(
      `insert into submissions (receipt_code, language, summary, place, country_code, incident_date, victims, submitter_sealed)
       values ($1, 'en', 'Taken from her home at night.', 'Port Aldo', 'XAA', '2024-05-02', $2::jsonb, 'sealed') returning id`,
      [`R-ROUT-0000-${name.length}${Date.now() % 1000}`, JSON.stringify([{ name, otherNames: [], gender: 'female', role: 'human rights defender', consentToState: true, consentPublic: null }])],
    );
    return Number(rows[0]!.id);
  }

  it('triages a submission into a new case and shows it there; a second triage is refused with a clear message', async () => {
    const sub = await submission('Velda Marrow');
    const res = await app.inject(officer.post(`/staff/submissions/${sub}/triage`, { target: 'new', title: 'Night arrest of Velda Marrow', case_id: '' }));
    expect(res.statusCode).toBe(303);
    const newCase = caseIdOf(res.headers.location as string);
    expect(res.headers.location).toBe(`/staff/cases/${newCase}?done=triaged`);
    const page = (await app.inject(officer.get(res.headers.location as string))).body;
    expect(page).toContain('The submission was triaged into this case.');
    expect(page).toContain('Velda Marrow');
    expect(page).toContain('<strong>2 May 2024</strong>');
    expect(page).toContain(`<a href="/staff/submissions/${sub}">`);

    const again = await app.inject(officer.post(`/staff/submissions/${sub}/triage`, { target: 'existing', case_id: String(caseId) }));
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain(`was already triaged into case #${newCase}.`);
  });

  it('asks for a title or a case, keeping the form', async () => {
    const sub = await submission('Ines Harrow');
    const res = await app.inject(officer.post(`/staff/submissions/${sub}/triage`, { target: 'new', title: '' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<a href="#triage-title">Give the case a title.</a>');
    const none = await app.inject(officer.post(`/staff/submissions/${sub}/triage`, { target: 'existing', case_id: '' }));
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Choose the case to add the submission to.');
    expect((await t.db.query<{ status: string }>('select status from submissions where id = $1', [sub])).rows[0]!.status).toBe('new');
  });
});
