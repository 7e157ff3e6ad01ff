import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staff } from '../../../../test/db/drafting-fixtures.js';
import { openTestDatabase, type TestDatabase } from '../../../../test/db/test-database.js';
import { signIn, type SignedIn } from '../../../../test/staff/workspace.js';
import type { Actor } from '../../../domain/actor.js';
import { addEvent } from '../../../services/case-events.js';
import { pdfWithText } from '../../intake/testing/sample-files.js';
import type { Workspace } from '../workspace.js';
import { letterApp, sendTestLetter } from './testing/letter-app.js';

let t: TestDatabase;
let app: FastifyInstance;
let officer: SignedIn;
let viewer: SignedIn;
let holder: SignedIn;
let ws: Workspace;
let sender: Actor;

const FIRST = '/staff/letters/AL%20XAA%201%2F2025';
const count = async (table: string) => Number((await t.db.query<{ n: string }>(`select count(*)::text as n from ${table}`)).rows[0]!.n);
const changes = async () => ({
  replies: await count('replies'), passages: await count('confidential_passages'), drafts: await count('drafts'),
  files: await count('staff_files'), audit: await count('audit_log'),
});
const publicBody = async (reference: string) =>
  (await t.db.query<{ public_body: string | null }>('select public_body from communications where reference_text = $1', [reference])).rows[0]!.public_body;

/** The reply form as the browser sends it: multipart, the CSRF token in the address. */
async function replyUpload(who: SignedIn, url: string, fields: Record<string, string>, file?: { name: string; bytes: Buffer; type: string }): Promise<InjectOptions> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file) form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  const body = new Response(form);
  return {
    method: 'POST',
    url: `${url}/replies?_csrf=${encodeURIComponent(who.csrf)}`,
    headers: { cookie: who.cookie, 'content-type': body.headers.get('content-type')! },
    payload: Buffer.from(await body.arrayBuffer()),
  };
}

beforeAll(async () => {
  t = await openTestDatabase();
  ({ app, ws } = await letterApp(t.db));
  officer = await signIn(ws, 'officer');
  viewer = await signIn(ws, 'viewer');
  holder = await signIn(ws, 'mandate-holder', { mandates: ['sr-human-rights-defenders'] });
  sender = await staff(t.db, 'officer');
  expect((await sendTestLetter(t.db, sender, '2025-01-10')).reference.text).toBe('AL XAA 1/2025');
  expect((await sendTestLetter(t.db, sender, '2025-02-01')).reference.text).toBe('AL XAA 2/2025');
});
afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

describe('the page of a letter sent from Rapporteur', () => {
  it('shows the due date and where the reply stands', async () => {
    const res = await app.inject(officer.get('/staff/letters/AL%20XAA%202%2F2025'));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Reply due on 2025-04-02');
    expect(res.body).toMatch(/Overdue by \d+ days/);
    expect(res.body).toContain('Made, not public yet');
    expect(res.body).toContain('Register a reply');
  });

  it('registers a typed reply, lists it and flags it late', async () => {
    const res = await app.inject(
      await replyUpload(officer, FIRST, { date: '2025-04-01', sender: 'Permanent Mission of Xandria', language: 'en', text: 'The Government rejects the allegations.' }),
    );
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/^\/staff\/letters\/AL%20XAA%201%2F2025\?done=/);
    const html = (await app.inject(officer.get(res.headers.location!))).body;
    expect(html).toContain('role="status"');
    expect(html).toContain('it came late (due on 2025-03-11)');
    expect(html).toMatch(/2025-04-01: Reply from Permanent Mission of Xandria<span class="badge">late<\/span>/);
    expect(html).toContain('<strong>Replied</strong>');
  });

  it('registers a reply with a PDF file, its text read and the file linked', async () => {
    const before = await count('staff_files');
    const bytes = await pdfWithText('Note verbale: the detained lawyer was released on bail.');
    const res = await app.inject(await replyUpload(officer, FIRST, { date: '2025-03-05', sender: 'Ministry of Foreign Affairs' }, { name: 'note.pdf', bytes, type: 'application/pdf' }));
    expect(res.statusCode).toBe(303);
    expect(await count('staff_files')).toBe(before + 1);
    const row = (await t.db.query<{ body: string; staff_file_id: string }>(`select body, staff_file_id::text from replies where sender = 'Ministry of Foreign Affairs'`)).rows[0]!;
    expect(row.body).toContain('released on bail');
    const html = (await app.inject(officer.get(FIRST))).body;
    expect(html).toContain(`<a href="/staff/files/${row.staff_file_id}">file</a>`);
    expect(html).toMatch(/2025-03-05: Reply from Ministry of Foreign Affairs \(/);
  });

  it('sends the reply form back with its problem, and writes nothing', async () => {
    const before = await changes();
    const res = await app.inject(await replyUpload(officer, FIRST, { date: '2025-04-01', sender: '', text: 'x' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('role="alert"');
    expect(res.body).toContain('href="#reply-sender"');
    expect(await changes()).toEqual(before);
  });

  it('marks a passage confidential, shows the redacted preview, and unmarks it', async () => {
    const res = await app.inject(officer.post(`${FIRST}/passages`, { text: 'seized its computers' }));
    expect(res.statusCode).toBe(303);
    expect(await publicBody('AL XAA 1/2025')).not.toContain('seized its computers');
    const html = (await app.inject(officer.get(FIRST))).body;
    const preview = html.slice(html.indexOf('What the public will see'));
    expect(preview).toContain('[REDACTED]');
    expect(preview.slice(0, preview.indexOf('id="letter-text"'))).not.toContain('seized its computers');
    expect(html).toContain('<q>seized its computers</q>');

    const passageId = (await t.db.query<{ id: string }>('select id::text from confidential_passages')).rows[0]!.id;
    const undo = await app.inject(officer.post(`${FIRST}/passages/${passageId}/remove`));
    expect(undo.statusCode).toBe(303);
    expect(await count('confidential_passages')).toBe(0);
    expect(await publicBody('AL XAA 1/2025')).toContain('seized its computers');
  });

  it("hides the words of a confidential event of the letter's case in the copy made when a passage is marked", async () => {
    const second = '/staff/letters/AL%20XAA%202%2F2025';
    const letterId = Number((await t.db.query<{ id: string }>(`select id::text from communications where reference_text = 'AL XAA 2/2025'`)).rows[0]!.id);
    const caseId = Number((await t.db.query<{ id: string }>("insert into cases (title, country_code) values ('Open Lantern', 'XAA') returning id::text as id")).rows[0]!.id);
    await t.db.query('insert into case_letters (case_id, communication_id) values ($1, $2)', [caseId, letterId]);
    await t.db.transaction((tx) => addEvent(tx, ws.cipher, caseId, {
      year: '2024', month: '2', day: '12', confidential: true, place: 'Velmora',
      description: 'The prosecutor charged Ms. Varnhold with spreading false information.',
    }, sender));

    const res = await app.inject(officer.post(`${second}/passages`, { text: 'seized its computers' }));
    expect(res.statusCode).toBe(303);
    const body = (await publicBody('AL XAA 2/2025'))!;
    expect(body).not.toMatch(/Velmora|seized its computers|charged Ms\. Varnhold/);
    expect(body).toContain('[REDACTED]');
  });

  it('refuses a passage that is not in the letter, and writes nothing', async () => {
    const before = await changes();
    const res = await app.inject(officer.post(`${FIRST}/passages`, { text: 'words that appear nowhere in this letter' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('role="alert"');
    expect(res.body).toContain('not in the letter or its replies');
    expect(res.body).toContain('href="#passage-text"');
    expect(await changes()).toEqual(before);
    expect((await app.inject(officer.post(`/staff/letters/AL%20XAA%202%2F2025/passages/999/remove`))).statusCode).toBe(404);
  });

  it('starts a follow-up draft that cites the letter', async () => {
    const res = await app.inject(officer.post(`${FIRST}/follow-up`));
    expect(res.statusCode).toBe(303);
    const id = Number(/^\/staff\/drafts\/(\d+)$/.exec(res.headers.location ?? '')?.[1]);
    const draft = (await t.db.query<{ follows: string | null }>('select follows_communication_id::text as follows from drafts where id = $1', [id])).rows[0]!;
    const letter = (await t.db.query<{ id: string }>(`select id::text from communications where reference_text = 'AL XAA 1/2025'`)).rows[0]!;
    expect(draft.follows).toBe(letter.id);
  });

  it('refuses every change to a viewer and a mandate holder, who see no forms', async () => {
    const passage = await app.inject(officer.post(`${FIRST}/passages`, { text: 'seized its computers' }));
    expect(passage.statusCode).toBe(303);
    const passageId = (await t.db.query<{ id: string }>('select id::text from confidential_passages')).rows[0]!.id;
    const before = await changes();
    for (const who of [viewer, holder]) {
      const page = (await app.inject(who.get(FIRST))).body;
      expect(page).toContain('Reply due on 2025-03-11');
      expect(page).not.toContain('Register a reply');
      expect(page).not.toContain('Mark as confidential');
      expect(page).not.toContain('Start a follow-up letter');
      const attempts = [
        await replyUpload(who, FIRST, { date: '2025-04-02', sender: 'Someone', text: 'A reply.' }),
        who.post(`${FIRST}/replies`, { date: '2025-04-02', sender: 'Someone', text: 'A reply.' }),
        who.post(`${FIRST}/passages`, { text: 'Velmora' }),
        who.post(`${FIRST}/passages/${passageId}/remove`),
        who.post(`${FIRST}/follow-up`),
      ];
      for (const attempt of attempts) expect((await app.inject(attempt)).statusCode).toBe(403);
    }
    expect(await changes()).toEqual(before);
  });
});
