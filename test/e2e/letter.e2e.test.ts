/**
 * A letter's life in a real browser: an officer starts a letter from a case, an invited mandate
 * holder joins, the lead approves, the officer sends it and registers the reply; after its
 * confidential period the public page shows it with the name that may not be public redacted.
 */
import { mkdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/domain/actor.js';
import { buildPublicApp } from '../../src/http/public-app.js';
import { createUser } from '../../src/services/accounts.js';
import { addPersonToCase } from '../../src/services/case-people-edit.js';
import { addEvent } from '../../src/services/case-events.js';
import { createCase } from '../../src/services/cases.js';
import { publishDue } from '../../src/services/publish.js';
import { openTestDatabase, type TestDatabase } from '../db/test-database.js';
import { testCipher, testWorkspace } from '../staff/workspace.js';
import { hasChromium, launchChromium } from './browser.js';
import { serveOverHttps } from './https.js';

const SHOTS = 'test-results/screenshots';
const PASSWORD = 'a long passphrase for tests';
const HRD = 'sr-human-rights-defenders';
const ASSEMBLY = 'sr-freedom-of-assembly-association';

let t: TestDatabase;
let app: FastifyInstance;
let browser: Browser;
let base: string;
let closeServer: () => Promise<void> = async () => undefined;
let caseId = 0;

beforeAll(async () => {
  if (!hasChromium) return;
  mkdirSync(SHOTS, { recursive: true });
  t = await openTestDatabase();
  const actor = cliActor('test');
  const users: Array<[string, 'officer' | 'mandate-holder', string[]]> = [
    ['officer@staff.example', 'officer', []], ['lead@staff.example', 'mandate-holder', [HRD]], ['assembly@staff.example', 'mandate-holder', [ASSEMBLY]],
  ];
  for (const [email, role, mandates] of users) await createUser({ db: t.db, actor }, { email, role, password: PASSWORD, mandates });
  caseId = await t.db.transaction(async (tx) => {
    const id = await createCase(tx, { title: 'detention of Ilsa Varnhold and Teodor Maleski' }, actor);
    const base = { otherNames: [], roles: [], affiliation: null, sourceSubmissionId: null, caseId: id };
    await addPersonToCase(tx, { ...base, name: 'Ilsa Varnhold', gender: 'female', consentToState: true, consentPublic: true }, actor);
    await addPersonToCase(tx, { ...base, name: 'Teodor Maleski', gender: 'male', consentToState: true, consentPublic: false }, actor);
    await addEvent(tx, testCipher(), id, { year: '2026', month: '10', day: '2', place: 'Velmora', description: 'Police officers arrested Ms. Varnhold and Mr. Maleski at the courthouse.' }, actor);
    return id;
  });
  // The second factor has its own browser test (workspace.e2e.test.ts); here the roles sign in with a password.
  const ws = testWorkspace(t.db, { requireSecondFactor: false });
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

async function signedIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(`${base}/staff/login`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return { context, page };
}

const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? '';

describe.skipIf(!hasChromium)('a letter from a case to the public record, in Chromium', () => {
  let draftUrl = '';

  it('is started from the case by an officer, given its questions and put to the mandates', async () => {
    const { context, page } = await signedIn('officer@staff.example');
    await page.goto(`${base}/staff/cases/${caseId}`);
    await page.getByRole('link', { name: 'Start a letter from this case' }).click();
    await page.getByLabel('Type of letter').selectOption('AL');
    await page.getByLabel('Recipient', { exact: true }).selectOption('XAA');
    await page.getByLabel('Lead mandate').selectOption(HRD);
    await page.locator(`input[name=invited][value="${ASSEMBLY}"]`).check();
    await page.getByRole('button', { name: 'Start the draft' }).click();
    draftUrl = new URL(page.url()).pathname;
    expect(draftUrl).toMatch(/^\/staff\/drafts\/\d+$/);
    await page.getByLabel('Questions to the recipient').fill('Please provide any information you have on the arrest.\nPlease explain the legal basis of the detention.');
    await page.getByLabel('Legal references for the annex').fill('iccpr: 9, 19');
    await page.getByRole('button', { name: 'Save the draft' }).click();
    const text = await mainText(page);
    expect(text).toContain('Please explain the legal basis of the detention.');
    await page.getByRole('button', { name: 'Open the consultation of the mandates' }).click();
    await page.screenshot({ path: `${SHOTS}/draft.png`, fullPage: true });
    await context.close();
  });

  it('is joined by the invited mandate and approved by the lead', async () => {
    const assembly = await signedIn('assembly@staff.example');
    await assembly.page.goto(`${base}${draftUrl}`);
    await assembly.page.getByRole('button', { name: 'Join the letter' }).click();
    await assembly.context.close();
    const lead = await signedIn('lead@staff.example');
    await lead.page.goto(`${base}${draftUrl}`);
    await lead.page.getByRole('button', { name: 'Approve the letter as the lead mandate' }).click();
    await lead.context.close();
  });

  it('is sent with its reference, answered, and published with the unconsented name redacted', async () => {
    const { context, page } = await signedIn('officer@staff.example');
    await page.goto(`${base}${draftUrl}`);
    await page.getByRole('button', { name: 'Send the letter' }).click();
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe('/staff/letters/AL XAA 1/2026');
    await page.getByLabel('Sent by').fill('Permanent Mission of Aldoria');
    await page.getByLabel('Date of the reply').fill('2026-11-23');
    await page.getByLabel('Text of the reply').fill('The Government informs that Mr. Teodor Maleski was released on 20 November 2026.');
    await page.getByRole('button', { name: 'Register the reply' }).click();
    expect(await mainText(page)).toContain('Permanent Mission of Aldoria');
    await page.screenshot({ path: `${SHOTS}/sent-letter.png`, fullPage: true });
    await context.close();

    await publishDue(t.db, { asOf: '2027-02-01' });
    const visitor = await browser.newPage({ ignoreHTTPSErrors: true });
    await visitor.goto(`${base}/letters/${encodeURIComponent('AL XAA 1/2026')}`);
    const published = await mainText(visitor);
    expect(published).toContain('Ilsa Varnhold');
    expect(published).toContain('[REDACTED]');
    expect(published).not.toMatch(/Maleski/);
    await visitor.screenshot({ path: `${SHOTS}/published-redacted.png`, fullPage: true });
    await visitor.close();
  });
});
