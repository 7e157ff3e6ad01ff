import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetter } from '../../../test/db/build-letter.js';
import { openTestDatabase, type TestDatabase } from '../../../test/db/test-database.js';
import { signIn, workspaceApp, type SignedIn } from '../../../test/staff/workspace.js';
import { publishDue } from '../../services/publish.js';
import { storeRecord } from '../../services/store-record.js';
import type { Workspace } from './workspace.js';

let t: TestDatabase;
let app: FastifyInstance;
let ws: Workspace;
let officer: SignedIn;
let viewer: SignedIn;

const vector = (text: string) => `to_tsvector('english', ${text})`;

beforeAll(async () => {
  t = await openTestDatabase();
  ({ app, ws } = await workspaceApp(t.db));
  officer = await signIn(ws, 'officer');
  viewer = await signIn(ws, 'viewer');
  let n = 0;
  for (const [reference, date, text] of [
    ['AL XAA 1/2024', '2024-01-10', 'Excellency, the harassment of the fisherfolk union of Lake Morvane continues.'],
    ['UA XAB 3/2026', '2026-11-01', 'Excellency, the harassment of the teachers of Port Vella has grown.'],
  ] as const) {
    const record = buildLetter({ reference, date, text });
    await t.db.transaction((tx) =>
      storeRecord(tx, record, { sha256: `s${++n}`, path: `/x/${n}.md`, format: 'markdown', pages: null, bytes: 1, kind: 'communication', content: Buffer.from(text) }),
    );
  }
  await publishDue(t.db, { asOf: '2026-11-23' });
  await t.db.exec(`
    insert into cases (id, title, summary, search_vector) values (901, 'Teachers of Port Vella', 'Harassment after the strike <b>bold</b>', ${vector(`'Teachers of Port Vella Harassment after the strike'`)});
    insert into case_events (case_id, event_date, date_precision, description, confidential, search_vector)
      values (901, '2026-10', 'month', 'Harassment at the school gate by plain-clothes officers', false, ${vector(`'Harassment at the school gate by plain-clothes officers'`)});
    insert into case_events (case_id, event_date, date_precision, description_sealed, confidential, search_vector)
      values (901, '2026-10-12', 'day', 'rap1.x.sealed', true, null);
    insert into submissions (receipt_code, language, summary, submitter_sealed, search_vector)
      values ('R-AAAA-BBBB-CCCC', 'en', 'Harassment of a teacher, Orla Brenn', 'rap1.x.sealed', ${vector(`'Harassment of a teacher, Orla Brenn'`)});
    insert into staff_files (case_id, file_name, media_type, bytes_sealed, size, sha256, text, search_vector)
      values (901, 'statement.pdf', 'application/pdf', '\\x00', 1, 'x', 'Witness statement on the harassment', ${vector(`'Witness statement on the harassment'`)});
    insert into staff_files (case_id, file_name, media_type, bytes_sealed, size, sha256, text, confidential, search_vector)
      values (901, 'safehouse.pdf', 'application/pdf', '\\x00', 1, 'x', 'The safehouse address', true, null);
  `);
});
afterAll(async () => {
  await app.close();
  await t.dispose();
});

describe('staff search', () => {
  it('finds letters published or not, submissions, cases, events and documents, each under its heading', async () => {
    const res = await app.inject(officer.get('/staff/search?q=harassed'));
    expect(res.statusCode).toBe(200);
    const html = res.body;
    for (const heading of ['Cases <span class="count">(1)', 'Submissions <span class="count">(1)', 'Events of cases <span class="count">(1)', 'Documents <span class="count">(1)', 'Letters <span class="count">(2)']) {
      expect(html).toContain(heading);
    }
    expect(html).toContain('href="/staff/letters/UA%20XAB%203%2F2026"');
    expect(html).toMatch(/UA XAB 3\/2026<\/a>.*not published/s);
    expect(html).toContain('<mark>harassment</mark>');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('never finds a confidential event or document', async () => {
    const html = (await app.inject(officer.get('/staff/search?q=safehouse'))).body;
    expect(html).toContain('Nothing matches');
    expect(html).not.toContain('safehouse.pdf');
  });

  it('leaves submissions out for a role that may not read them, and refuses to search them by name', async () => {
    const html = (await app.inject(viewer.get('/staff/search?q=harassment'))).body;
    expect(html).toContain('Cases <span class="count">(1)');
    expect(html).not.toContain('R-AAAA-BBBB-CCCC');
    expect(html).not.toContain('Submissions');
    expect((await app.inject(viewer.get('/staff/search?q=harassment&kind=submission'))).statusCode).toBe(403);
  });

  it('pages through one kind, and says what is wrong with a bad parameter', async () => {
    const res = await app.inject(officer.get('/staff/search?q=harassment&kind=letter'));
    expect(res.body).toContain('Letters <span class="count">(2)');
    expect(res.body).not.toContain('Cases <span');
    const bad = await app.inject(officer.get('/staff/search?q=x&kind=people'));
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('“In” is one of');
    expect((await app.inject(officer.get(`/staff/search?q=${'a'.repeat(301)}`))).statusCode).toBe(400);
  });

  it('is for signed-in staff only', async () => {
    const res = await app.inject('/staff/search?q=harassment');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/staff/login?next=%2Fstaff%2Fsearch%3Fq%3Dharassment');
  });

  it('sends workspace pages and the submission form uncompressed, where public pages are compressed (BREACH)', async () => {
    const accepting = { 'accept-encoding': 'gzip, deflate, br' };
    const staff = await app.inject({ ...officer.get('/staff/search?q=harassment'), headers: { ...officer.get('/').headers, ...accepting } });
    expect(staff.statusCode).toBe(200);
    expect(staff.body).toContain(officer.csrf);
    expect(staff.headers['content-encoding']).toBeUndefined();
    const form = await app.inject({ url: '/submit/en', headers: accepting });
    expect(form.statusCode).toBe(200);
    expect(form.headers['content-encoding']).toBeUndefined();
    const search = await app.inject({ url: '/search?q=harassment', headers: accepting });
    expect(search.statusCode).toBe(200);
    expect(search.headers['content-encoding']).toBe('br');
  });
});
