import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../../test/db/test-database.js';
import { signIn, workspaceApp, type SignedIn } from '../../../../test/staff/workspace.js';
import { olPublicationDays } from '../../../services/mandate-settings.js';

const HRD = 'sr-human-rights-defenders';
let t: TestDatabase;
let app: FastifyInstance;
let admin: SignedIn;

beforeAll(async () => {
  t = await openTestDatabase();
  let ws;
  ({ app, ws } = await workspaceApp(t.db));
  admin = await signIn(ws, 'admin');
});
afterAll(async () => {
  await app.close();
  await t.dispose();
});

describe('the mandate settings page', () => {
  it('sets how soon a mandate’s letters on legislation are published, and back to the default', async () => {
    const res = await app.inject(admin.post('/staff/settings/mandates', { mandate_id: HRD, ol_publication_days: '0' }));
    expect(res.statusCode).toBe(303);
    expect(await olPublicationDays(t.db, HRD)).toBe(0);
    const page = await app.inject(admin.get(String(res.headers.location)));
    expect(page.body).toContain('published after 0 days');
    expect(page.body).toMatch(new RegExp(`id="days-${HRD}"[^>]*value="0"`));
    await app.inject(admin.post('/staff/settings/mandates', { mandate_id: HRD, ol_publication_days: '' }));
    expect(await olPublicationDays(t.db, HRD)).toBeNull();
  });

  it('says what is wrong with a number of days, and changes nothing', async () => {
    for (const days of ['61', 'ten', '-1']) {
      const res = await app.inject(admin.post('/staff/settings/mandates', { mandate_id: HRD, ol_publication_days: days }));
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('a whole number from 0 to 60');
    }
    expect(await olPublicationDays(t.db, HRD)).toBeNull();
  });
});
