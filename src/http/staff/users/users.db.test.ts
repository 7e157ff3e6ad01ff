import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearData, openTestDatabase, type TestDatabase } from '../../../../test/db/test-database.js';
import { signIn, workspaceApp, type SignedIn } from '../../../../test/staff/workspace.js';
import { cliActor } from '../../../domain/actor.js';
import { createUser } from '../../../services/accounts.js';
import { confirmTotpEnrolment, startTotpEnrolment } from '../../../services/second-factor.js';
import { totpCode } from '../../../security/totp.js';
import { findUserById } from '../../../store/users.repo.js';
import type { Workspace } from '../workspace.js';

let t: TestDatabase;
let app: FastifyInstance;
let ws: Workspace;
let admin: SignedIn;

const PASSWORD = 'amber window gravel';

async function userCount(): Promise<number> {
  return (await t.db.query<{ n: number }>('select count(*)::int as n from users')).rows[0]!.n;
}

async function auditText(): Promise<string> {
  const { rows } = await t.db.query<{ t: string }>(`select coalesce(string_agg(concat_ws(' ', action, before::text, after::text), E'\\n' order by seq), '') as t from audit_log`);
  return rows[0]!.t;
}

beforeAll(async () => {
  t = await openTestDatabase();
  ({ app, ws } = await workspaceApp(t.db));
});
afterAll(async () => {
  await app.close();
  await t.dispose();
});
beforeEach(async () => {
  await clearData(t.db);
  admin = await signIn(ws, 'admin', { email: 'chief@staff.example' });
});

describe('account administration', () => {
  it('is for administrators only', async () => {
    const officer = await signIn(ws, 'officer');
    const res = await app.inject(officer.get('/staff/users'));
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('may not create accounts, change roles');
    const post = await app.inject(officer.post('/staff/users/new', { email: 'x@staff.example', role: 'admin', password: PASSWORD }));
    expect(post.statusCode).toBe(403);
    expect(await userCount()).toBe(2);
  });

  it('creates an account from the form, showing what was typed back escaped, never the password', async () => {
    const res = await app.inject(admin.post('/staff/users/new', {
      email: 'Tomas.Reyes@Staff.Example', displayName: '<script>alert(1)</script> Tomás', role: 'mandate-holder', password: PASSWORD,
      mandates: ['sr-torture', 'sr-human-rights-defenders'],
    }));
    expect(res.statusCode).toBe(303);
    const url = res.headers.location as string;
    expect(url).toMatch(/^\/staff\/users\/\d+\?done=created$/);
    const page = await app.inject(admin.get(url));
    expect(page.body).toContain('The account is created.');
    expect(page.body).toContain('&lt;script>alert(1)&lt;/script> Tomás (tomas.reyes@staff.example)');
    expect(page.body).not.toContain('<script>alert');
    expect(page.body).toContain('Special Rapporteur on torture');
    expect(page.body).not.toContain(PASSWORD);

    const list = await app.inject(admin.get('/staff/users'));
    expect(list.body).toContain('tomas.reyes@staff.example');
    expect(list.body).toMatch(/<th scope="col">Second factor<\/th>/);
    expect(await auditText()).not.toContain(PASSWORD);
  });

  it('refuses bad input field by field and creates nothing', async () => {
    const res = await app.inject(admin.post('/staff/users/new', { email: 'not-an-email', displayName: 'Ines', role: 'emperor', password: 'short' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<a href="#email">Enter an email address like name@example.org.</a>');
    expect(res.body).toContain('<a href="#role">Choose a role');
    expect(res.body).toContain('<a href="#password">The password must be at least 12 characters long (it has 5).</a>');
    expect(res.body).toContain('value="Ines"');
    expect(res.body).not.toContain('value="short"');
    expect(await userCount()).toBe(1);

    const twice = await app.inject(admin.post('/staff/users/new', { email: 'CHIEF@staff.example', role: 'viewer', password: PASSWORD }));
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('an account with the email chief@staff.example already exists');
  });

  it('refuses a form without the session token and changes nothing', async () => {
    const viewer = await createUser({ db: t.db, actor: cliActor('test') }, { email: 'v@staff.example', role: 'viewer', password: PASSWORD });
    const forged = await app.inject({ ...admin.post(`/staff/users/${viewer.id}/role`, { role: 'admin' }), payload: 'role=admin' });
    expect(forged.statusCode).toBe(403);
    expect((await findUserById(t.db, viewer.id))!.role).toBe('viewer');
  });

  it('never demotes or disables the last active administrator, and does once there is another', async () => {
    const self = await app.inject(admin.post(`/staff/users/${admin.userId}/role`, { role: 'viewer' }));
    expect(self.statusCode).toBe(409);
    expect(self.body).toContain('The account chief@staff.example is the last active administrator and cannot be given another role');
    const disable = await app.inject(admin.post(`/staff/users/${admin.userId}/disable`));
    expect(disable.statusCode).toBe(409);
    expect((await findUserById(t.db, admin.userId))!).toMatchObject({ role: 'admin', disabledAt: null });

    const other = await createUser({ db: t.db, actor: cliActor('test') }, { email: 'deputy@staff.example', role: 'officer', password: PASSWORD });
    expect((await app.inject(admin.post(`/staff/users/${other.id}/role`, { role: 'admin' }))).statusCode).toBe(303);
    const demoted = await app.inject(admin.post(`/staff/users/${admin.userId}/role`, { role: 'officer' }));
    expect(demoted.statusCode).toBe(303);
    // The role changed and the session ended with it.
    expect((await app.inject(admin.get('/staff/users'))).headers.location).toBe('/staff/login?next=%2Fstaff%2Fusers');
  });

  it('sets mandates, disables and enables, resets the second factor and the password, each recorded', async () => {
    const holder = await createUser({ db: t.db, actor: cliActor('test') }, { email: 'holder@staff.example', role: 'mandate-holder', password: PASSWORD });
    const base = `/staff/users/${holder.id}`;
    expect((await app.inject(admin.post(`${base}/mandates`, { mandates: ['', 'sr-freedom-of-expression'] }))).headers.location).toBe(`${base}?done=mandates`);
    expect((await findUserById(t.db, holder.id))!.mandates).toEqual(['sr-freedom-of-expression']);
    const bad = await app.inject(admin.post(`${base}/mandates`, { mandates: ['sr-nothing'] }));
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Not a mandate of the registry: sr-nothing.');

    const wsCtx = { db: t.db, cipher: ws.cipher, actor: cliActor('test') };
    const { secret } = await startTotpEnrolment(wsCtx, holder.id);
    await confirmTotpEnrolment(wsCtx, holder.id, totpCode(secret));
    expect((await app.inject(admin.get(base))).body).toContain('Reset the second factor');
    expect((await app.inject(admin.post(`${base}/reset-second-factor`))).statusCode).toBe(303);
    expect((await findUserById(t.db, holder.id))!.totpSecretSealed).toBeNull();

    expect((await app.inject(admin.post(`${base}/disable`))).statusCode).toBe(303);
    const disabled = await app.inject(admin.get(`${base}?done=disable`));
    expect(disabled.body).toContain('The account is disabled and signed out.');
    expect(disabled.body).toContain('Enable the account');
    expect((await app.inject(admin.post(`${base}/enable`))).statusCode).toBe(303);

    const weak = await app.inject(admin.post(`${base}/password`, { password: 'holder@staff.example' }));
    expect(weak.statusCode).toBe(400);
    expect((await app.inject(admin.post(`${base}/password`, { password: 'a new one for holder' }))).statusCode).toBe(303);

    const page = await app.inject(admin.get(base));
    for (const what of ['mandates', 'second-factor-reset', 'disable', 'enable', 'password-reset']) expect(page.body).toContain(`<td>${what}</td>`);
    expect(page.body).toContain(`user:${admin.userId} chief@staff.example`);
    const text = await auditText();
    expect(text).not.toContain('a new one for holder');
    expect(text).not.toContain(secret);
  });

  it('answers 404 for an account or a change that does not exist', async () => {
    expect((await app.inject(admin.get('/staff/users/999999'))).statusCode).toBe(404);
    expect((await app.inject(admin.get('/staff/users/abc'))).statusCode).toBe(404);
    expect((await app.inject(admin.post(`/staff/users/${admin.userId}/explode`))).statusCode).toBe(404);
    expect((await app.inject(admin.post('/staff/users/999999/unlock'))).statusCode).toBe(404);
  });
});

describe('the overview', () => {
  it('shows each role the figures it may see and the sections it may open', async () => {
    const officer = await signIn(ws, 'officer');
    const viewer = await signIn(ws, 'viewer');
    const forOfficer = await app.inject(officer.get('/staff'));
    expect(forOfficer.statusCode).toBe(200);
    expect(forOfficer.body).toContain('0 new submissions');
    expect(forOfficer.body).toContain('0 open cases');
    expect(forOfficer.body).toContain('0 letters stored');
    expect(forOfficer.body).not.toContain('href="/staff/users"');
    const forViewer = await app.inject(viewer.get('/staff'));
    expect(forViewer.body).not.toContain('new submissions');
    expect(forViewer.body).toContain('0 open cases');
    expect((await app.inject(admin.get('/staff'))).body).toContain('href="/staff/users"');
    expect((await app.inject({ url: '/staff' })).headers.location).toBe('/staff/login?next=%2Fstaff');
  });
});
