import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staff } from '../../../../test/db/drafting-fixtures.js';
import { openTestDatabase, type TestDatabase } from '../../../../test/db/test-database.js';
import { signIn, testCipher, type SignedIn } from '../../../../test/staff/workspace.js';
import { registerLetterReply } from '../../../services/send-letter.js';
import { letterApp, sendTestLetter } from '../letters/testing/letter-app.js';

let t: TestDatabase;
let app: FastifyInstance;
let viewer: SignedIn;

beforeAll(async () => {
  t = await openTestDatabase();
  let ws;
  ({ app, ws } = await letterApp(t.db));
  viewer = await signIn(ws, 'viewer');
  const officer = await staff(t.db, 'officer');
  await sendTestLetter(t.db, officer, '2025-01-10');
  await sendTestLetter(t.db, officer, '2025-02-01');
  await registerLetterReply(t.db, testCipher(), { reference: 'AL XAA 1/2025', date: '2025-03-20', sender: 'Permanent Mission of Xandria', text: 'A reply.' }, officer);
});
afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

describe('the reply deadlines page', () => {
  it('lists an unanswered letter of last year as overdue as of today', async () => {
    const res = await app.inject(viewer.get('/staff/deadlines?list=overdue'));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<a href="/staff/letters/AL%20XAA%202%2F2025">AL XAA 2/2025</a>');
    expect(res.body).toMatch(/overdue by \d+ days/);
    expect(res.body).not.toContain('AL XAA 1/2025');
    expect(res.body).toContain('Overdue (1)');
    expect(res.body).toContain('aria-current="page"');
  });

  it('lists the answered letter under replied, with its late reply counted', async () => {
    const html = (await app.inject(viewer.get('/staff/deadlines?list=replied'))).body;
    expect(html).toContain('AL XAA 1/2025');
    expect(html).not.toContain('AL XAA 2/2025');
    expect(html).toContain('1 late');
    expect(html).toContain('2025-03-11');
  });

  it('shows the awaiting tab by default and ignores a bad page', async () => {
    const html = (await app.inject(viewer.get('/staff/deadlines?page=abc'))).body;
    expect(html).toContain('Awaiting a reply (0)');
    expect(html).toContain('No letter here.');
  });
});
