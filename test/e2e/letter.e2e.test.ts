/**
 * A case's life in a real browser, from a submission to the public record: an NGO submits two
 * victims through the public form (one consents to publication, one does not), an officer
 * triages the submission into a case and starts a letter from it, an invited mandate holder
 * joins, the lead approves, the officer sends it and registers the reply; after its confidential
 * period the public page shows the letter and the reply with the unconsented name redacted.
 */
import { mkdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/domain/actor.js';
import { addDays } from '../../src/domain/dates.js';
import { buildPublicApp } from '../../src/http/public-app.js';
import { createUser } from '../../src/services/accounts.js';
import { publishDue } from '../../src/services/publish.js';
import { openTestDatabase, type TestDatabase } from '../db/test-database.js';
import { testWorkspace } from '../staff/workspace.js';
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
let caseUrl = '';

beforeAll(async () => {
  if (!hasChromium) return;
  mkdirSync(SHOTS, { recursive: true });
  t = await openTestDatabase();
  const actor = cliActor('test');
  const users: Array<[string, 'officer' | 'mandate-holder', string[]]> = [
    ['officer@staff.example', 'officer', []], ['lead@staff.example', 'mandate-holder', [HRD]], ['assembly@staff.example', 'mandate-holder', [ASSEMBLY]],
  ];
  for (const [email, role, mandates] of users) await createUser({ db: t.db, actor }, { email, role, password: PASSWORD, mandates });
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

describe.skipIf(!hasChromium)('a case from a submission to the public record, in Chromium', () => {
  let draftUrl = '';

  it('arrives through the public form with two victims and their consents, and is triaged into a case', async () => {
    const form = await browser.newPage({ ignoreHTTPSErrors: true });
    await form.goto(`${base}/submit/en`);
    await form.locator('input[name="victims.0.name"]').fill('Ilsa Varnhold');
    await form.locator('input[name="victims.0.consentToState"][value="yes"]').check();
    await form.locator('input[name="victims.0.consentPublic"][value="yes"]').check();
    await form.getByRole('button', { name: 'Add another person' }).click();
    await form.locator('input[name="victims.1.name"]').fill('Teodor Maleski');
    await form.locator('input[name="victims.1.consentToState"][value="yes"]').check();
    await form.locator('input[name="victims.1.consentPublic"][value="no"]').check();
    await form.getByRole('textbox', { name: /^What happened/ }).fill('Police officers arrested Ilsa Varnhold and Teodor Maleski at the courthouse of Velmora.');
    await form.getByLabel('Where it happened').fill('Velmora');
    await form.getByLabel('Year').fill('2026');
    await form.getByLabel('Your name').fill('Ansel Quist');
    await form.getByLabel('E-mail address').fill('ansel.quist@example.org');
    await form.getByRole('button', { name: 'Send the information' }).click();
    const receipt = /R-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec((await form.textContent('body')) ?? '')?.[0];
    expect(receipt).toBeTruthy();
    await form.close();

    const { context, page } = await signedIn('officer@staff.example');
    await page.goto(`${base}/staff/submissions`);
    await page.getByRole('link', { name: receipt! }).click();
    await page.getByLabel('Title of the new case').fill('Arrest of Ilsa Varnhold and Teodor Maleski');
    await page.getByRole('button', { name: 'Triage' }).click();
    caseUrl = new URL(page.url()).pathname;
    expect(caseUrl).toMatch(/^\/staff\/cases\/\d+$/);
    await context.close();
  });

  it('is drafted from the case by an officer, given its questions and put to the mandates', async () => {
    const { context, page } = await signedIn('officer@staff.example');
    await page.goto(`${base}${caseUrl}`);
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
    // The letter is dated the day it is sent (UTC, as the server dates it): the reply the same day.
    const sentOn = new Date().toISOString().slice(0, 10);
    const reference = `AL XAA 1/${sentOn.slice(0, 4)}`;
    const { context, page } = await signedIn('officer@staff.example');
    await page.goto(`${base}${draftUrl}`);
    await page.getByRole('button', { name: 'Send the letter' }).click();
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/staff/letters/${reference}`);
    await page.getByLabel('Sent by').fill('Permanent Mission of Aldoria');
    await page.getByLabel('Date of the reply').fill(sentOn);
    await page.getByLabel('Text of the reply').fill('The Government informs that Mr. Teodor Maleski was released on 20 November 2026.');
    await page.getByRole('button', { name: 'Register the reply' }).click();
    expect(await mainText(page)).toContain('Permanent Mission of Aldoria');
    await page.screenshot({ path: `${SHOTS}/sent-letter.png`, fullPage: true });
    await context.close();

    await publishDue(t.db, { asOf: addDays(sentOn, 70) });
    const visitor = await browser.newPage({ ignoreHTTPSErrors: true });
    await visitor.goto(`${base}/letters/${encodeURIComponent(reference)}`);
    const published = await mainText(visitor);
    expect(published).toContain('Ilsa Varnhold');
    expect(published).toContain('[REDACTED]');
    expect(published).not.toMatch(/Maleski/);
    await visitor.screenshot({ path: `${SHOTS}/published-redacted.png`, fullPage: true });
    await visitor.close();
  });
});
