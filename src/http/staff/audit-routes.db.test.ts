import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetter, buildReply, person } from '../../../test/db/build-letter.js';
import { openTestDatabase, type TestDatabase } from '../../../test/db/test-database.js';
import { signIn, workspaceApp, type SignedIn } from '../../../test/staff/workspace.js';
import type { Communication } from '../../domain/communication.js';
import { publishDue } from '../../services/publish.js';
import { storeRecord } from '../../services/store-record.js';

let t: TestDatabase;
let app: FastifyInstance;
let admin: SignedIn;
let officer: SignedIn;
let n = 0;

const store = (record: Communication) =>
  t.db.transaction((tx) =>
    storeRecord(tx, record, { sha256: `h${++n}`, path: `/archive/private/${n}.md`, format: 'markdown', pages: null, bytes: 1, kind: record.kind, content: Buffer.from('x') }),
  );

beforeAll(async () => {
  t = await openTestDatabase();
  let ws;
  ({ app, ws } = await workspaceApp(t.db));
  admin = await signIn(ws, 'admin');
  officer = await signIn(ws, 'officer');
  await store(buildLetter({ reference: 'AL XAA 4/2024', date: '2024-02-01', persons: [person('Tarik Osmanov')], text: 'Excellency,\n\nThe detention of <b>Mr. Osmanov</b>.' }));
  await store(buildReply('AL XAA 4/2024', { date: '2024-03-01' }));
  await store(buildLetter({ reference: 'UA XAB 9/2026', date: '2026-11-10', persons: [person('Wen Halvorsen')] }));
  await publishDue(t.db, { asOf: '2024-06-01' });
});
afterAll(async () => {
  await app.close();
  await t.dispose();
});

describe('a letter in the workspace', () => {
  it('shows a published letter with its people, replies, publication and history (import, publication)', async () => {
    const res = await app.inject(officer.get('/staff/letters/AL%20XAA%204%2F2024'));
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('<h1>AL XAA 4/2024</h1>');
    expect(html).toMatch(/Published on \d{4}-\d{2}-\d{2}/);
    expect(html).toContain('Tarik Osmanov</a> (victim)');
    expect(html).toContain('2024-03-01: Reply of the Government');
    expect(html).toContain('The detention of &lt;b>Mr. Osmanov&lt;/b>.');
    const history = html.slice(html.indexOf('id="letter-history"'));
    expect(history).toContain('command line (import)');
    expect(history).toContain('system (publication)');
    expect(history).toContain('Published the letter');
    expect(history).toContain('Imported the letter');
    // The private path of the imported file stays private even here: only its name is recorded.
    expect(html).not.toContain('/archive/private/');
  });

  it('shows an unpublished letter to staff, saying when it is due', async () => {
    const html = (await app.inject(officer.get('/staff/letters/UA%20XAB%209%2F2026'))).body;
    expect(html).toContain('Not published; due on 2027-01-09');
    expect(html).toContain('Wen Halvorsen');
  });

  it('says when no letter has a reference', async () => {
    const res = await app.inject(officer.get('/staff/letters/AL%20XAA%2099%2F2024'));
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('No letter has the reference “AL XAA 99/2024”');
  });
});

describe('the audit trail page', () => {
  it('lists every change, newest first, for admins only', async () => {
    const res = await app.inject(admin.get('/staff/audit'));
    expect(res.statusCode).toBe(200);
    const first = res.body.indexOf('UA XAB 9/2026');
    expect(first).toBeGreaterThan(0);
    expect((await app.inject(officer.get('/staff/audit'))).statusCode).toBe(403);
  });
});
