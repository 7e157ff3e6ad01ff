import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, clearData, type TestDatabase } from '../../test/db/test-database.js';
import { cliActor } from '../domain/actor.js';
import { RapError } from '../domain/errors.js';
import { createFieldCipher, keyringOf } from '../security/field-cipher.js';
import { totpCode } from '../security/totp.js';
import { historyOf } from '../store/audit.repo.js';
import { createSession, findSession } from '../store/staff-sessions.repo.js';
import { findUserById } from '../store/users.repo.js';
import { changeRole, createUser, disableUser, enableUser, setMandates, unlockUser } from './accounts.js';
import { changePassword } from './passwords.js';
import { confirmTotpEnrolment, resetSecondFactor, startTotpEnrolment } from './second-factor.js';
import { authenticate, verifySecondFactor } from './sign-in.js';

const PASSWORD = 'lantern harbour quiet';
const actor = cliActor('test');
const cipher = createFieldCipher(keyringOf([{ id: 'test', key: Buffer.alloc(32, 3) }], 'test'));
let t: TestDatabase;
const ctx = () => ({ db: t.db, actor });

async function refusal(p: Promise<unknown>): Promise<RapError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof RapError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

async function auditText(): Promise<string> {
  const { rows } = await t.db.query<{ t: string }>(`select coalesce(string_agg(concat_ws(' ', action, before::text, after::text), E'\\n' order by seq), '') as t from audit_log`);
  return rows[0]!.t;
}

beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => t.dispose());
beforeEach(async () => clearData(t.db));

describe('creating accounts', () => {
  it('creates an account with its mandates, recording it without the password', async () => {
    const a = await createUser(ctx(), { email: ' Lena.Hartmann@Staff.Example ', displayName: 'Lena Hartmann', role: 'mandate-holder', password: PASSWORD, mandates: ['sr-torture', 'sr-human-rights-defenders'] });
    expect(a).toMatchObject({ email: 'lena.hartmann@staff.example', role: 'mandate-holder', mandates: ['sr-human-rights-defenders', 'sr-torture'], secondFactorEnrolled: false });
    const [entry] = await historyOf(t.db, 'user', String(a.id));
    expect(entry).toMatchObject({ action: 'user.create', actor: 'cli:test', after: { role: 'mandate-holder', password: '[confidential]' } });
    const stored = await findUserById(t.db, a.id);
    expect(stored!.passwordHash).toMatch(/^\$argon2id\$/);
    const text = await auditText();
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain('argon2');
  });

  it('names the field of each mistake and changes nothing', async () => {
    const bad = async (input: Parameters<typeof createUser>[1]) => refusal(createUser(ctx(), input));
    expect(await bad({ email: 'not an email', role: 'officer', password: PASSWORD })).toMatchObject({ code: 'RAP_ERR_INVALID', location: { field: 'email' } });
    expect(await bad({ email: 'a@staff.example', role: 'chief', password: PASSWORD })).toMatchObject({ location: { field: 'role' } });
    expect((await bad({ email: 'a@staff.example', role: 'officer', password: 'short' })).detail).toMatch(/at least 12 characters/);
    expect((await bad({ email: 'a@staff.example', role: 'officer', password: PASSWORD, mandates: ['sr-torture'] })).detail).toBe('Only a mandate holder acts for mandates.');
    expect((await bad({ email: 'a@staff.example', role: 'mandate-holder', password: PASSWORD, mandates: ['sr-imaginary'] })).detail).toMatch(/Not a mandate of the registry: sr-imaginary/);
    expect((await t.db.query('select 1 from users')).rows).toHaveLength(0);
    expect(await auditText()).toBe('');
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    await createUser(ctx(), { email: 'omar@staff.example', role: 'viewer', password: PASSWORD });
    expect(await refusal(createUser(ctx(), { email: 'OMAR@staff.example', role: 'officer', password: PASSWORD }))).toMatchObject({ code: 'RAP_ERR_CONFLICT', location: { field: 'email' } });
  });
});

describe('signing in', () => {
  it('answers a wrong password exactly as an unknown email', async () => {
    await createUser(ctx(), { email: 'viewer@staff.example', role: 'viewer', password: PASSWORD });
    const wrong = await authenticate({ db: t.db, requireSecondFactor: true }, { email: 'viewer@staff.example', password: 'not the password' });
    const unknown = await authenticate({ db: t.db, requireSecondFactor: true }, { email: 'nobody@staff.example', password: 'not the password' });
    expect(wrong).toEqual({ ok: false, reason: 'wrong' });
    expect(unknown).toEqual(wrong);
    const ok = await authenticate({ db: t.db, requireSecondFactor: true }, { email: 'Viewer@staff.example', password: PASSWORD, from: '192.0.2.4' });
    expect(ok).toMatchObject({ ok: true, secondFactor: 'none', user: { email: 'viewer@staff.example' } });
    expect(await auditText()).toMatch(/user\.sign-in-failed .*"reason": "password"[\s\S]*user\.sign-in .*"from": "192\.0\.2\.4"/);
  });

  it('locks an account on the fifth failure, even for the right password, until an administrator unlocks it', async () => {
    const a = await createUser(ctx(), { email: 'officer@staff.example', role: 'officer', password: PASSWORD });
    const auth = (password: string) => authenticate({ db: t.db, requireSecondFactor: true }, { email: a.email, password });
    for (let i = 0; i < 4; i++) expect(await auth(`guess number ${i}`)).toEqual({ ok: false, reason: 'wrong' });
    const fifth = await auth('guess number 4');
    expect(fifth).toMatchObject({ ok: false, reason: 'locked' });
    const until = (fifth as { until: Date }).until.getTime();
    expect(until - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(await auth(PASSWORD)).toMatchObject({ ok: false, reason: 'locked' });
    expect(await auditText()).toMatch(/user\.locked/);
    await unlockUser(ctx(), a.id);
    expect(await auth(PASSWORD)).toMatchObject({ ok: true, secondFactor: 'enrol' });
  });

  it('asks an officer to set up a second factor unless the deployment turns it off; a disabled account says so only with its password', async () => {
    const a = await createUser(ctx(), { email: 'officer2@staff.example', role: 'officer', password: PASSWORD });
    expect(await authenticate({ db: t.db, requireSecondFactor: false }, { email: a.email, password: PASSWORD })).toMatchObject({ ok: true, secondFactor: 'none' });
    await disableUser(ctx(), a.id);
    expect(await authenticate({ db: t.db, requireSecondFactor: false }, { email: a.email, password: PASSWORD })).toEqual({ ok: false, reason: 'disabled' });
    expect(await authenticate({ db: t.db, requireSecondFactor: false }, { email: a.email, password: 'wrong password' })).toEqual({ ok: false, reason: 'wrong' });
    await enableUser(ctx(), a.id);
    expect(await authenticate({ db: t.db, requireSecondFactor: false }, { email: a.email, password: PASSWORD })).toMatchObject({ ok: true });
  });
});

describe('the second factor', () => {
  it('is set up with a code of the shown secret, then asked at sign-in, and a code is never accepted twice', async () => {
    const a = await createUser(ctx(), { email: 'admin@staff.example', role: 'admin', password: PASSWORD });
    const wsCtx = { db: t.db, cipher, actor };
    const enrol = await startTotpEnrolment(wsCtx, a.id);
    expect(enrol.uri).toMatch(/^otpauth:\/\/totp\/Rapporteur:admin%40staff\.example\?/);
    expect((await startTotpEnrolment(wsCtx, a.id)).secret).toBe(enrol.secret);
    expect(await confirmTotpEnrolment(wsCtx, a.id, '000000')).toEqual({ ok: false, reason: 'wrong' });
    const now = Date.now();
    expect(await confirmTotpEnrolment({ ...wsCtx, clock: () => new Date(now) }, a.id, totpCode(enrol.secret, now))).toEqual({ ok: true });
    const stored = await findUserById(t.db, a.id);
    expect(stored!.totpSecretSealed).not.toContain(enrol.secret);
    expect(stored!.totpPendingSealed).toBeNull();

    expect(await authenticate({ db: t.db, requireSecondFactor: false }, { email: a.email, password: PASSWORD })).toMatchObject({ ok: true, secondFactor: 'verify' });
    // The code that confirmed the setup cannot sign in; the next one can, once.
    expect(await verifySecondFactor({ db: t.db, cipher, clock: () => new Date(now) }, a.id, totpCode(enrol.secret, now))).toEqual({ ok: false, reason: 'replayed' });
    const later = () => new Date(now + 30_000);
    const next = totpCode(enrol.secret, now + 30_000);
    expect(await verifySecondFactor({ db: t.db, cipher, clock: later }, a.id, next)).toEqual({ ok: true });
    expect(await verifySecondFactor({ db: t.db, cipher, clock: later }, a.id, next)).toEqual({ ok: false, reason: 'replayed' });
    expect(await verifySecondFactor({ db: t.db, cipher, clock: later }, a.id, '12 34')).toEqual({ ok: false, reason: 'malformed' });

    const text = await auditText();
    expect(text).not.toContain(enrol.secret);
    expect(text).toContain('user.second-factor-enrolled');
  });

  it('locks after five wrong codes, and a reset makes the account set one up again', async () => {
    const a = await createUser(ctx(), { email: 'officer3@staff.example', role: 'officer', password: PASSWORD });
    const wsCtx = { db: t.db, cipher, actor };
    const { secret } = await startTotpEnrolment(wsCtx, a.id);
    await confirmTotpEnrolment(wsCtx, a.id, totpCode(secret));
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push((await verifySecondFactor({ db: t.db, cipher }, a.id, '000000')).ok ? 'ok' : 'refused');
    expect(await verifySecondFactor({ db: t.db, cipher }, a.id, totpCode(secret, Date.now() + 30_000))).toMatchObject({ ok: false, reason: 'locked' });
    await resetSecondFactor(ctx(), a.id);
    await unlockUser(ctx(), a.id);
    expect(await authenticate({ db: t.db, requireSecondFactor: true }, { email: a.email, password: PASSWORD })).toMatchObject({ ok: true, secondFactor: 'enrol' });
  });
});

describe('what an administrator and the owner change', () => {
  it('changes a password only with the current one, and signs out the other sessions', async () => {
    const a = await createUser(ctx(), { email: 'viewer2@staff.example', role: 'viewer', password: PASSWORD });
    const here = await createSession(t.db, { userId: a.id, lifetimeMs: 60_000, secondFactorDone: true });
    const there = await createSession(t.db, { userId: a.id, lifetimeMs: 60_000, secondFactorDone: true });
    const change = (current: string, next: string) => changePassword(ctx(), a.id, { current, next, keepSession: here.token });
    expect(await refusal(change('not my password', 'a brand new passphrase'))).toMatchObject({ location: { field: 'current' } });
    expect(await refusal(change(PASSWORD, PASSWORD))).toMatchObject({ location: { field: 'password' } });
    await change(PASSWORD, 'a brand new passphrase');
    expect(await findSession(t.db, here.token)).not.toBeNull();
    expect(await findSession(t.db, there.token)).toBeNull();
    expect(await authenticate({ db: t.db, requireSecondFactor: true }, { email: a.email, password: 'a brand new passphrase' })).toMatchObject({ ok: true });
    const text = await auditText();
    expect(text).not.toContain('a brand new passphrase');
    expect(text).toContain('user.password-change');
  });

  it('never leaves the workspace without an active administrator', async () => {
    const first = await createUser(ctx(), { email: 'first@staff.example', role: 'admin', password: PASSWORD });
    expect(await refusal(changeRole(ctx(), first.id, 'officer'))).toMatchObject({ code: 'RAP_ERR_CONFLICT' });
    expect((await refusal(disableUser(ctx(), first.id))).detail).toMatch(/last active administrator/);
    const second = await createUser(ctx(), { email: 'second@staff.example', role: 'officer', password: PASSWORD });
    await changeRole(ctx(), second.id, 'admin');
    await changeRole(ctx(), first.id, 'viewer');
    expect((await findUserById(t.db, first.id))!.role).toBe('viewer');
    expect(await refusal(disableUser(ctx(), second.id))).toMatchObject({ code: 'RAP_ERR_CONFLICT' });
  });

  it('gives mandates to mandate holders only, and drops them with the role', async () => {
    const a = await createUser(ctx(), { email: 'holder@staff.example', role: 'mandate-holder', password: PASSWORD });
    await setMandates(ctx(), a.id, ['sr-torture']);
    expect((await findUserById(t.db, a.id))!.mandates).toEqual(['sr-torture']);
    expect(await refusal(setMandates(ctx(), a.id, ['no-such-mandate']))).toMatchObject({ location: { field: 'mandates' } });
    await changeRole(ctx(), a.id, 'viewer');
    expect((await findUserById(t.db, a.id))!.mandates).toEqual([]);
    expect(await refusal(setMandates(ctx(), a.id, ['sr-torture']))).toMatchObject({ location: { field: 'mandates' } });
    const history = await historyOf(t.db, 'user', String(a.id));
    expect(history.map((e) => e.action)).toEqual(['user.create', 'user.mandates', 'user.role']);
    expect(history[2]).toMatchObject({ before: { role: 'mandate-holder', mandates: ['sr-torture'] }, after: { role: 'viewer', mandates: [] } });
  });
});
