/**
 * The secretariat's path in a real browser: a submission from the public form, an officer
 * signing in with a second factor, triage into a case, a person matched by another spelling,
 * an event added, and the case's history.
 */
import { mkdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/domain/actor.js';
import { buildPublicApp } from '../../src/http/public-app.js';
import { createUser } from '../../src/services/accounts.js';
import { publishDue } from '../../src/services/publish.js';
import { storeRecord } from '../../src/services/store-record.js';
import { buildLetter, person } from '../db/build-letter.js';
import { openTestDatabase, type TestDatabase } from '../db/test-database.js';
import { testWorkspace } from '../staff/workspace.js';
import { hasChromium, launchChromium } from './browser.js';
import { serveOverHttps } from './https.js';

const SHOTS = 'test-results/screenshots';
const OFFICER = { email: 'mira.castell@staff.example', password: 'correct horse battery 42' };

let t: TestDatabase;
let app: FastifyInstance;
let browser: Browser;
let base: string;
let closeServer: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  if (!hasChromium) return;
  mkdirSync(SHOTS, { recursive: true });
  t = await openTestDatabase();
  const letter = buildLetter({
    reference: 'AL XAA 2/2025', date: '2025-01-20', title: 'detention of the teacher Zhanar Temirbayeva',
    persons: [person('Zhanar Temirbayeva', [], 'victim', { gender: 'female' })],
    text: 'Excellency,\n\nMs. **Zhanar Temirbayeva**, a teacher and trade unionist, was detained on 3 January 2025.',
  });
  await t.db.transaction((tx) => storeRecord(tx, letter, { sha256: 'e2e-ws-1', path: 'l.md', format: 'markdown', pages: null, bytes: 1, kind: 'communication' }));
  await publishDue(t.db, { asOf: '2025-06-01' });
  // Over HTTPS, as a deployment runs: the session and form cookies keep their Secure mark and `__Host-` prefix.
  const ws = testWorkspace(t.db);
  await createUser({ db: t.db, actor: cliActor('user add') }, { email: OFFICER.email, role: 'officer', password: OFFICER.password, displayName: 'Mira Castell' });
  app = await buildPublicApp(t.db, { workspace: ws });
  ({ base, close: closeServer } = await serveOverHttps(app));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await closeServer();
  await app?.close();
  await t?.dispose();
});

const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

/** Form fields a screen reader could not name: no label, no aria-label. */
const unlabeled = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLInputElement>('input:not([type=hidden]), select, textarea'))
      .filter((el) => !el.labels?.length && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
      .map((el) => el.name || el.id),
  );

/** One h1 per page, and no heading level skipped. */
const headingProblems = (page: Page) =>
  page.evaluate(() => {
    const levels = Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => Number(h.tagName[1]));
    const problems: string[] = [];
    if (levels.filter((l) => l === 1).length !== 1) problems.push(`${levels.filter((l) => l === 1).length} h1`);
    levels.forEach((l, i) => i > 0 && l > levels[i - 1]! + 1 && problems.push(`h${levels[i - 1]} then h${l}`));
    return problems;
  });

describe.skipIf(!hasChromium)('the secretariat workspace in Chromium', () => {
  let receipt = '';

  it('takes a submission from the public form, without an account', async () => {
    const page = await browser.newPage({ ignoreHTTPSErrors: true });
    await page.goto(`${base}/submit/en`);
    await page.getByLabel('Full name').fill('Zhanar Temirbaeva');
    await page.getByLabel('Role or occupation').fill('teacher and trade unionist');
    await page.getByRole('textbox', { name: /^What happened/ }).fill('She was detained again at the school gate in Port Vella after a strike, and her phone was taken.');
    await page.getByLabel('Where it happened').fill('Port Vella');
    await page.getByLabel('Year').fill('2025');
    await page.getByLabel('Your name').fill('Ilse Marwood');
    await page.getByLabel('E-mail address').fill('ilse.marwood@example.org');
    expect(await unlabeled(page)).toEqual([]);
    expect(await headingProblems(page)).toEqual([]);
    await shot(page, 'submit-form');
    await page.getByRole('button', { name: 'Send the information' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Your information has been received');
    const body = await page.textContent('body');
    receipt = /R-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(body ?? '')?.[0] ?? '';
    expect(receipt).not.toBe('');
    await shot(page, 'submit-receipt');
    await page.close();
  });

  it('fits the form on a phone screen, in French, without sideways scrolling', async () => {
    const page = await browser.newPage({ ignoreHTTPSErrors: true, viewport: { width: 390, height: 844 } });
    await page.goto(`${base}/submit/fr`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await shot(page, 'submit-form-fr-phone');
    await page.close();
  });

  it('signs an officer in with a second factor set up on the way, and triages the submission into a case', async () => {
    const page = await browser.newPage({ ignoreHTTPSErrors: true });
    await page.goto(`${base}/staff`);
    expect(new URL(page.url()).pathname).toBe('/staff/login');
    await page.getByLabel('Email address').fill(OFFICER.email);
    await page.getByLabel('Password').fill(OFFICER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const secret = (await page.locator('code.secret').textContent())!.replace(/\s+/g, '');
    expect(await unlabeled(page)).toEqual([]);
    await shot(page, 'second-factor-setup');
    const code = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate();
    await page.getByLabel('Type the 6-digit code the app shows').fill(code);
    await page.getByRole('button', { name: 'Confirm' }).click();
    expect(new URL(page.url()).pathname).toBe('/staff');
    const session = (await page.context().cookies()).find((c) => c.name === '__Host-rap_staff');
    expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict', path: '/' });

    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Submissions' }).click();
    await page.getByRole('link', { name: receipt }).click();
    // An officer sees the source.
    expect(await page.textContent('main')).toContain('ilse.marwood@example.org');
    expect(await unlabeled(page)).toEqual([]);
    expect(await headingProblems(page)).toEqual([]);
    await shot(page, 'submission');
    await page.getByLabel('Title of the new case').fill('Zhanar Temirbaeva, teacher in Port Vella');
    await page.getByRole('button', { name: 'Triage' }).click();
    expect(new URL(page.url()).pathname).toMatch(/^\/staff\/cases\/\d+$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Zhanar Temirbaeva, teacher in Port Vella');
    await page.context().storageState({ path: `${SHOTS}/../officer-state.json` });
    await page.close();
  });

  it('offers the person of the earlier letter under another spelling, with the reason, and merges on confirmation', async () => {
    const context = await browser.newContext({ storageState: `${SHOTS}/../officer-state.json`, ignoreHTTPSErrors: true });
    const page = await context.newPage();
    await page.goto(`${base}/staff/cases`);
    await page.getByRole('link', { name: 'Zhanar Temirbaeva, teacher in Port Vella' }).click();
    const main = page.locator('main');
    expect(await main.textContent()).toMatch(/Zhanar Temirbayeva/);
    expect(await main.textContent()).toMatch(/transliteration/i);
    await shot(page, 'case-suggestion');
    await page.getByRole('button', { name: 'Same person: merge with Zhanar Temirbayeva' }).click();
    expect(await page.locator('main').textContent()).toContain('are now one person');
    expect(await page.locator('main').textContent()).toContain('AL XAA 2/2025');

    // An event, month precision.
    const addEvent = page.locator('form#event-new');
    await addEvent.getByLabel('Year').fill('2025');
    await addEvent.getByLabel('Month').selectOption('3');
    await addEvent.getByLabel('Place', { exact: true }).fill('Port Vella, school gate');
    await addEvent.getByLabel('What happened', { exact: true }).fill('Detained for six hours after the teachers’ strike; her phone was seized.');
    await addEvent.getByRole('button', { name: 'Add the event' }).click();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('March 2025');
    expect(text).toContain('Detained for six hours');

    const history = page.locator('section', { has: page.getByRole('heading', { name: 'History' }) });
    const historyText = (await history.textContent()) ?? '';
    expect(historyText).toContain('Added an event');
    expect(historyText).toMatch(/Merged two persons/);
    expect(historyText).toContain(OFFICER.email);
    expect(await unlabeled(page)).toEqual([]);
    expect(await headingProblems(page)).toEqual([]);
    await shot(page, 'case');
    await context.close();
  });
});
