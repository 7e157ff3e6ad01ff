import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearData, openTestDatabase, type TestDatabase } from '../../../../test/db/test-database.js';
import { signIn, workspaceApp } from '../../../../test/staff/workspace.js';
import { cliActor } from '../../../domain/actor.js';
import { totpCode } from '../../../security/totp.js';
import { createUser } from '../../../services/accounts.js';
import type { WorkspaceConfig } from '../workspace.js';
import { Browser, hiddenValue, shownSecret } from './testing.js';

const PASSWORD = 'copper kettle morning';
let t: TestDatabase;
let app: FastifyInstance;
let ws: Awaited<ReturnType<typeof workspaceApp>>['ws'];

async function start(config: Partial<WorkspaceConfig> = {}) {
  ({ app, ws } = await workspaceApp(t.db, config));
}

const account = (role: 'admin' | 'officer' | 'mandate-holder' | 'viewer', email = `${role}@staff.example`) =>
  createUser({ db: t.db, actor: cliActor('test') }, { email, role, password: PASSWORD, displayName: 'Nadia Ferreira' });

async function auditText(): Promise<string> {
  const { rows } = await t.db.query<{ t: string }>(`select coalesce(string_agg(concat_ws(' ', action, before::text, after::text), E'\\n' order by seq), '') as t from audit_log`);
  return rows[0]!.t;
}

/** Signs an officer in through the pages and sets up the second factor; returns the browser and the key. */
async function enrolledOfficer(b: Browser): Promise<string> {
  await account('officer');
  await b.signIn('officer@staff.example', PASSWORD);
  const page = await b.get('/staff/second-factor');
  const secret = shownSecret(page.body);
  const done = await b.post('/staff/second-factor', { _csrf: hiddenValue(page.body, '_csrf'), code: totpCode(secret) });
  expect(done.statusCode).toBe(303);
  return secret;
}

beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => t.dispose());
beforeEach(async () => clearData(t.db));
afterEach(async () => app?.close());

describe('signing in with a second factor', () => {
  it('takes an officer from the password through setting up the app to the page they asked for, with a new token at each step', async () => {
    await start();
    await account('officer');
    const b = new Browser(app);

    const login = await b.signIn('officer@staff.example', PASSWORD, '/staff/account');
    expect(login.statusCode).toBe(303);
    expect(login.headers.location).toBe('/staff/second-factor?next=%2Fstaff%2Faccount');
    const cookie = login.cookies.find((c) => c.name === '__Host-rap_staff')!;
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
    const halfOpen = cookie.value;

    // Before the second factor is set up, no workspace page opens.
    for (const url of ['/staff', '/staff/account', '/staff/users']) {
      const res = await b.get(url);
      expect(res.statusCode, url).toBe(303);
      expect(res.headers.location).toBe('/staff/second-factor');
    }

    const setup = await b.get('/staff/second-factor?next=%2Fstaff%2Faccount');
    expect(setup.statusCode).toBe(200);
    expect(setup.body).toContain('Set up your second factor');
    expect(setup.body).toMatch(/<figure class="qr"><svg role="img" aria-label="QR code for your authenticator app"/);
    expect(setup.body).toContain('otpauth://totp/Rapporteur:officer%40staff.example?');
    const secret = shownSecret(setup.body);
    expect(shownSecret((await b.get('/staff/second-factor')).body)).toBe(secret);

    const csrf = hiddenValue(setup.body, '_csrf');
    const wrong = await b.post('/staff/second-factor', { _csrf: csrf, next: '/staff/account', code: '000000' === totpCode(secret) ? '111111' : '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('That code is not right.');
    expect(shownSecret(wrong.body)).toBe(secret);

    const done = await b.post('/staff/second-factor', { _csrf: csrf, next: '/staff/account', code: totpCode(secret) });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/staff/account');
    expect(b.cookies.get('__Host-rap_staff')).not.toBe(halfOpen);

    const accountPage = await b.get('/staff/account');
    expect(accountPage.statusCode).toBe(200);
    expect(accountPage.body).toContain('An authenticator app gives you a code at each sign-in.');

    // The token of the half-open session is worth nothing now.
    const old = await app.inject({ url: '/staff', headers: { cookie: `__Host-rap_staff=${halfOpen}` } });
    expect(old.headers.location).toBe('/staff/login?next=%2Fstaff');
    expect(await auditText()).not.toContain(secret);
  });

  it('asks for the code at the next sign-in and refuses a code already used', async () => {
    await start();
    const b = new Browser(app);
    const secret = await enrolledOfficer(b);
    await b.post('/staff/logout', { _csrf: hiddenValue((await b.get('/staff')).body, '_csrf') });

    const login = await b.signIn('officer@staff.example', PASSWORD);
    expect(login.headers.location).toBe('/staff/second-factor');
    const ask = await b.get('/staff/second-factor');
    expect(ask.body).toContain('Enter your code');
    expect(ask.body).not.toContain('class="secret"');
    const csrf = hiddenValue(ask.body, '_csrf');

    const replay = await b.post('/staff/second-factor', { _csrf: csrf, code: totpCode(secret) });
    expect(replay.statusCode).toBe(401);
    expect(replay.body).toContain('That code has been used already.');
    expect((await b.get('/staff')).headers.location).toBe('/staff/second-factor');

    const next = await b.post('/staff/second-factor', { _csrf: csrf, code: totpCode(secret, Date.now() + 30_000) });
    expect(next.statusCode).toBe(303);
    expect(next.headers.location).toBe('/staff');
    expect((await b.get('/staff')).statusCode).toBe(200);
    expect(await auditText()).toMatch(/user\.sign-in-failed .*"code used before"/);
  });

  it('gives a new key when the person starts the setup again, and a code of the new key works', async () => {
    await start();
    await account('admin');
    const b = new Browser(app);
    await b.signIn('admin@staff.example', PASSWORD);
    const first = await b.get('/staff/second-factor');
    const oldSecret = shownSecret(first.body);
    const csrf = hiddenValue(first.body, '_csrf');
    const restart = await b.post('/staff/second-factor', { _csrf: csrf, restart: '1' });
    expect(restart.headers.location).toBe('/staff/second-factor');
    const second = await b.get('/staff/second-factor');
    const newSecret = shownSecret(second.body);
    expect(newSecret).not.toBe(oldSecret);
    const stale = await b.post('/staff/second-factor', { _csrf: csrf, code: totpCode(oldSecret) });
    expect(stale.statusCode).toBe(totpCode(oldSecret) === totpCode(newSecret) ? 303 : 400);
    if (stale.statusCode === 400) expect((await b.post('/staff/second-factor', { _csrf: csrf, code: totpCode(newSecret) })).statusCode).toBe(303);
  });

  it('lets an officer in without a second factor when the deployment turns the requirement off', async () => {
    await start({ requireSecondFactor: false });
    await account('officer');
    const b = new Browser(app);
    const login = await b.signIn('officer@staff.example', PASSWORD, '/staff/account');
    expect(login.headers.location).toBe('/staff/account');
    const overview = await b.get('/staff');
    expect(overview.statusCode).toBe(200);
    expect(overview.body).toContain('Signed in as <strong>Nadia Ferreira</strong>');
  });

  it('never sends anyone to another site after signing in', async () => {
    await start({ requireSecondFactor: false });
    await account('viewer');
    const b = new Browser(app);
    const login = await b.signIn('viewer@staff.example', PASSWORD, '//evil.example/staff');
    expect(login.headers.location).toBe('/staff');
  });
});

describe('refusing sign-ins', () => {
  it('answers a wrong password exactly as an unknown email', async () => {
    await start();
    await account('viewer', 'known@staff.example');
    const b = new Browser(app);
    const wrong = await b.signIn('known@staff.example', 'not the password');
    const unknown = await b.signIn('wrong@staff.example', 'not the password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.body).toContain('The email address or the password is not right.');
    expect(wrong.body.replace('known@staff.example', 'EMAIL')).toBe(unknown.body.replace('wrong@staff.example', 'EMAIL'));
    expect(wrong.cookies.some((c) => c.name.includes('rap_staff'))).toBe(false);
  });

  it('locks an account after five wrong passwords, says until when, and lets an administrator unlock it', async () => {
    await start({ requireSecondFactor: false });
    const viewer = await account('viewer');
    const b = new Browser(app);
    for (let i = 1; i <= 4; i++) expect((await b.signIn(viewer.email, `wrong guess ${i}`)).statusCode).toBe(401);
    const fifth = await b.signIn(viewer.email, 'wrong guess 5');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.body).toMatch(/Too many failed attempts to sign in to this account\. Try again after \d\d:\d\d UTC/);
    const right = await b.signIn(viewer.email, PASSWORD);
    expect(right.statusCode).toBe(429);
    expect(b.cookies.has('__Host-rap_staff')).toBe(false);

    const admin = await signIn(ws, 'admin');
    const list = await app.inject(admin.get('/staff/users'));
    expect(list.body).toMatch(/Locked until \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect((await app.inject(admin.post(`/staff/users/${viewer.id}/unlock`))).statusCode).toBe(303);
    const after = await b.signIn(viewer.email, PASSWORD);
    expect(after.statusCode).toBe(303);
    expect(after.headers.location).toBe('/staff');
    expect(await auditText()).toMatch(/user\.locked[\s\S]*user\.unlock[\s\S]*user\.sign-in/);
  });

  it('refuses the eleventh attempt from one address within five minutes, whatever the account, with a clear page', async () => {
    await start();
    const b = new Browser(app, '203.0.113.77');
    for (let i = 0; i < 10; i++) expect((await b.signIn(`nobody${i}@staff.example`, 'some password here')).statusCode).toBe(401);
    const refused = await b.signIn('nobody@staff.example', 'some password here');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(refused.body).toContain('Too many attempts to sign in came from your network. Wait 5 minutes');
    expect((await new Browser(app, '203.0.113.78').signIn('nobody@staff.example', 'some password here')).statusCode).toBe(401);
  });

  it('refuses a sign-in without the form token, with a wrong one, or from another site, even with the right password', async () => {
    await start({ requireSecondFactor: false });
    await account('viewer');
    const b = new Browser(app);
    const bare = await b.post('/staff/login', { email: 'viewer@staff.example', password: PASSWORD });
    expect(bare.statusCode).toBe(403);
    expect(bare.body).toContain('The sign-in form had expired or did not come from this site.');
    // The refusal gives a fresh form, its token in a cookie only this site's pages send back.
    expect(bare.cookies.find((c) => c.name === 'rap_login_csrf')).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/staff/login' });
    const token = hiddenValue(bare.body, '_csrf');
    expect(token).toBe(b.cookies.get('rap_login_csrf'));
    expect((await b.post('/staff/login', { _csrf: `${token.slice(0, -1)}x`, email: 'viewer@staff.example', password: PASSWORD })).statusCode).toBe(403);
    const crossSite = await b.post('/staff/login', { _csrf: token, email: 'viewer@staff.example', password: PASSWORD }, { origin: 'https://evil.example' });
    expect(crossSite.statusCode).toBe(403);
    expect(b.cookies.has('__Host-rap_staff')).toBe(false);
    expect(await auditText()).not.toContain('sign-in');
    expect((await b.post('/staff/login', { _csrf: token, email: 'viewer@staff.example', password: PASSWORD })).statusCode).toBe(303);
  });

  it('says which field is missing', async () => {
    await start();
    const b = new Browser(app);
    const res = await b.post('/staff/login', { _csrf: hiddenValue((await b.get('/staff/login')).body, '_csrf'), email: '  ', password: '' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<a href="#email">Enter your email address.</a>');
    expect(res.body).toContain('<a href="#password">Enter your password.</a>');
    expect(res.body).toContain('role="alert"');
  });
});

describe('sessions', () => {
  it('ends the session at sign-out: the old cookie no longer opens anything, and sign-out needs the token', async () => {
    await start({ requireSecondFactor: false });
    await account('viewer');
    const b = new Browser(app);
    await b.signIn('viewer@staff.example', PASSWORD);
    const token = b.cookies.get('__Host-rap_staff')!;
    const overview = await b.get('/staff');
    expect((await b.post('/staff/logout', {})).statusCode).toBe(403);
    expect((await b.get('/staff')).statusCode).toBe(200);

    const out = await b.post('/staff/logout', { _csrf: hiddenValue(overview.body, '_csrf') });
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toBe('/staff/login?done=signed-out');
    expect(b.cookies.has('__Host-rap_staff')).toBe(false);
    expect((await b.get('/staff/login?done=signed-out')).body).toContain('You are signed out.');
    const old = await app.inject({ url: '/staff', headers: { cookie: `__Host-rap_staff=${token}` } });
    expect(old.statusCode).toBe(303);
    expect(old.headers.location).toBe('/staff/login?next=%2Fstaff');
  });

  it('ends a session left idle longer than the configured time', async () => {
    await start({ requireSecondFactor: false, sessionIdleMs: 300 });
    await account('viewer');
    const b = new Browser(app);
    await b.signIn('viewer@staff.example', PASSWORD);
    expect((await b.get('/staff')).statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 700));
    const idle = await b.get('/staff');
    expect(idle.statusCode).toBe(303);
    expect(idle.headers.location).toBe('/staff/login?next=%2Fstaff');
  });

  it('names the session cookie without the __Host- prefix only when secure cookies are turned off', async () => {
    await start({ requireSecondFactor: false, secureCookies: false });
    await account('viewer');
    const login = await new Browser(app).signIn('viewer@staff.example', PASSWORD);
    const cookie = login.cookies.find((c) => c.name === 'rap_staff');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(cookie!.secure).toBeFalsy();
  });
});

describe('your own account', () => {
  it('changes the password with the current one and signs out the other browsers', async () => {
    await start({ requireSecondFactor: false });
    await account('viewer');
    const here = new Browser(app);
    const there = new Browser(app, '198.51.100.30');
    await here.signIn('viewer@staff.example', PASSWORD);
    await there.signIn('viewer@staff.example', PASSWORD);
    const page = await here.get('/staff/account');
    const csrf = hiddenValue(page.body, '_csrf');

    const mismatch = await here.post('/staff/account/password', { _csrf: csrf, current: PASSWORD, password: 'river stones at dusk', confirm: 'river stones at noon' });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.body).toContain('The two new passwords are not the same.');
    const wrong = await here.post('/staff/account/password', { _csrf: csrf, current: 'not it at all', password: 'river stones at dusk', confirm: 'river stones at dusk' });
    expect(wrong.body).toContain('<a href="#current">The current password is not right.</a>');
    const short = await here.post('/staff/account/password', { _csrf: csrf, current: PASSWORD, password: 'short', confirm: 'short' });
    expect(short.body).toContain('at least 12 characters');

    const ok = await here.post('/staff/account/password', { _csrf: csrf, current: PASSWORD, password: 'river stones at dusk', confirm: 'river stones at dusk' });
    expect(ok.headers.location).toBe('/staff/account?done=password');
    expect((await here.get('/staff/account?done=password')).body).toContain('Your password is changed.');
    expect((await there.get('/staff')).headers.location).toBe('/staff/login?next=%2Fstaff');
    expect((await new Browser(app, '198.51.100.31').signIn('viewer@staff.example', 'river stones at dusk')).statusCode).toBe(303);
    const text = await auditText();
    expect(text).not.toContain('river stones');
    expect(text).not.toContain(PASSWORD);
  });

  it('lets a viewer set up a second factor of their own will, then asks for it at sign-in', async () => {
    await start();
    await account('viewer');
    const b = new Browser(app);
    expect((await b.signIn('viewer@staff.example', PASSWORD)).headers.location).toBe('/staff');
    const setup = await b.get('/staff/account/second-factor');
    const secret = shownSecret(setup.body);
    const res = await b.post('/staff/account/second-factor', { _csrf: hiddenValue(setup.body, '_csrf'), code: totpCode(secret) });
    expect(res.headers.location).toBe('/staff/account?done=second-factor');
    const again = new Browser(app, '198.51.100.40');
    expect((await again.signIn('viewer@staff.example', PASSWORD)).headers.location).toBe('/staff/second-factor');
  });
});
