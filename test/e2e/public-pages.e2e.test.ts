import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import type { Communication } from '../../src/domain/communication.js';
import { buildPublicApp } from '../../src/http/public-app.js';
import { publishDue } from '../../src/services/publish.js';
import { storeRecord } from '../../src/services/store-record.js';
import { buildLetter, buildReply, person } from '../db/build-letter.js';
import { openTestDatabase, type TestDatabase } from '../db/test-database.js';
import { hasChromium, launchChromium } from './browser.js';

const SHOTS = 'test-results/screenshots';
const PHONE = { width: 390, height: 844 };
const HRD = { id: 'sr-human-rights-defenders', title: 'Special Rapporteur on the situation of human rights defenders' };
const DETENTION = { id: 'wg-arbitrary-detention', title: 'Working Group on Arbitrary Detention' };
const HOUSING = { id: 'sr-adequate-housing', title: 'Special Rapporteur on adequate housing' };

let t: TestDatabase;
let app: FastifyInstance;
let browser: Browser;
let base: string;
let n = 0;

const store = (r: Communication) =>
  t.db.transaction((tx) => storeRecord(tx, r, { sha256: `e2e-${++n}`, path: `${n}.md`, format: 'markdown', pages: null, bytes: 1, kind: r.kind }));

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

/** A letter about Lena Orlova (spelled Orlowa too) for each year, to Aldovia, then Borelia. */
async function seed() {
  await store(buildLetter({
    reference: 'AL XAA 3/2024', date: '2024-03-18', title: 'alleged arbitrary detention of Ms. Lena Orlova', mandates: [HRD, DETENTION],
    persons: [person('Lena Orlova', ['Lena Orlowa'])],
    relatedCommunications: [{ reference: 'UA XAA 1/2022', date: '2022-06-10' }],
    text: 'Excellency,\n\nWe have the honour to write to you concerning Ms. **Lena Orlova**, a human rights defender, who was detained on 2 March 2024.\n\n1. Please provide any additional information.\n2. Please explain the legal basis of her detention.\n\n### Annex\n\nReference to international human rights law: article 9 of the International Covenant on Civil and Political Rights.',
  }));
  await store(buildReply('AL XAA 3/2024', { date: '2024-05-02', text: 'The Permanent Mission presents its compliments.\n\nMs. Orlova was released on 30 April 2024.' }));
  await store(buildLetter({
    reference: 'UA XAA 1/2022', date: '2022-06-10', title: 'threats against the defender Lena Orlowa', mandates: [HRD], joint: false,
    persons: [person('Lena Orlowa')], text: 'Excellency,\n\nMs. **Lena Orlowa** received threats after her detention was reported.',
  }));
  await store(buildReply('UA XAA 1/2022', { date: '2022-08-01' }));
  await store(buildLetter({
    reference: 'AL XAB 2/2025', date: '2025-02-11', title: 'detention at the border of Ms. Lena Orlova', mandates: [HRD, DETENTION],
    persons: [person('Lena Orlova')], text: 'Excellency,\n\nMs. **Lena Orlova** was held in detention at the border of Borelia.',
  }));
  await store(buildLetter({
    reference: 'UA XAB 1/2024', date: '2024-02-01', title: 'forced eviction of the Kerem village', mandates: [HOUSING], joint: false,
    text: 'Excellency,\n\nThe village of Kerem was destroyed.',
  }));
  for (let i = 1; i <= 4; i++) {
    await store(buildLetter({ reference: `OL XAA ${i + 3}/2023`, date: `2023-0${i}-15`, title: `draft law number ${i} on associations`, mandates: [HRD], joint: false }));
  }
  // Not yet public on 2025-06-01.
  await store(buildLetter({ reference: 'UA XAB 3/2025', date: '2025-05-20', title: 'secret hiding place', persons: [person('Lena Orlova', ['Lena Orlovna'])] }));
  await publishDue(t.db, { asOf: '2025-06-01' });
}

// Outside CI a machine without Chromium skips these; in CI (CI=true) a missing browser fails them.
describe.skipIf(!hasChromium && process.env.CI !== 'true')('public pages in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    t = await openTestDatabase();
    await seed();
    app = await buildPublicApp(t.db);
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await t?.dispose();
  });

  it('goes from the home page to a letter, with its questions, reply and links', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await expect(h1(page)).resolves.toBe('Communications of the UN Special Procedures');
    await expect(page.getByRole('link', { name: /8 letters/ }).count()).resolves.toBe(1);
    await page.screenshot({ path: `${SHOTS}/home.png`, fullPage: true });
    await page.getByRole('link', { name: 'AL XAA 3/2024' }).click();
    await expect(h1(page)).resolves.toBe('AL XAA 3/2024');
    await expect(page.locator('.letter-text ol li').count()).resolves.toBe(2);
    await expect(page.locator('strong', { hasText: 'Lena Orlova' }).count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: /Reply of 2 May 2024/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Republic of Aldovia' }).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('link', { name: 'UA XAA 1/2022' }).count()).resolves.toBe(1);
    await page.screenshot({ path: `${SHOTS}/letter.png`, fullPage: true });
    await page.close();
  });

  it('searches, narrows by a facet, and shows highlighted passages', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/search?q=detention`);
    await expect(page.locator('mark').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('link', { name: 'AL XAB 2/2025' }).count()).resolves.toBe(1);
    await page.screenshot({ path: `${SHOTS}/search.png`, fullPage: true });
    await page.locator('.facets').getByRole('link', { name: 'Borelia' }).click();
    await page.waitForURL(/state=XAB/);
    await expect(page.getByRole('link', { name: 'AL XAB 2/2025' }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'AL XAA 3/2024' }).count()).resolves.toBe(0);
    await expect(page.locator('.facets a[aria-current="true"]').count()).resolves.toBe(1);
    await page.close();
  });

  it('reaches a person through a variant spelling of the name, with every public spelling and a timeline', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/search?q=${encodeURIComponent('Lena Orlowa')}`);
    await page.locator('.people-matched').getByRole('link', { name: 'Lena Orlova' }).click();
    await page.waitForURL(/\/people\/\d+$/);
    await expect(h1(page)).resolves.toBe('Lena Orlova');
    await expect(page.getByText('Also spelled').textContent()).resolves.toContain('Lena Orlowa');
    await expect(page.locator('ol.timeline h3').allTextContents()).resolves.toEqual(['2022', '2024', '2025']);
    await expect(page.getByText('Orlovna').count()).resolves.toBe(0);
    await page.screenshot({ path: `${SHOTS}/person.png`, fullPage: true });
    await page.close();
  });

  it('shows a State and a mandate with their charts', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/states/XAA`);
    await expect(h1(page)).resolves.toBe('Republic of Aldovia');
    await expect(page.locator('figure.chart svg rect').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/state.png`, fullPage: true });
    await page.goto(`${base}/mandates/${HRD.id}`);
    await expect(h1(page)).resolves.toBe(HRD.title);
    await page.screenshot({ path: `${SHOTS}/mandate.png`, fullPage: true });
    await page.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [name, path] of [
      ['home', '/'], ['search', '/search?q=detention'], ['letter', `/letters/${encodeURIComponent('AL XAA 3/2024')}`], ['state', '/states/XAA'],
    ] as const) {
      await page.goto(`${base}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, name).toBeLessThanOrEqual(PHONE.width);
      await page.screenshot({ path: `${SHOTS}/phone-${name}.png`, fullPage: true });
    }
    await context.close();
  });

  it('searches from the form without JavaScript, keeping the words in the address and the box', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.getByLabel('Search letters').fill('eviction');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\?q=eviction/);
    await expect(page.getByRole('link', { name: 'UA XAB 1/2024' }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'AL XAA 3/2024' }).count()).resolves.toBe(0);
    await expect(page.getByLabel('Search letters').inputValue()).resolves.toBe('eviction');
    await context.close();
  });

  it('can be used from the keyboard: the first Tab reaches a visible skip link to the content', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/search`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Skip to content');
    const box = await page.locator('a.skip').boundingBox();
    expect(box && box.x >= 0).toBe(true);
    await page.close();
  });

  it('shows the same not-found page for a letter that does not exist and one not yet public', async () => {
    const page = await browser.newPage();
    const missing = await page.goto(`${base}/letters/${encodeURIComponent('AL XAA 99/2024')}`);
    expect(missing?.status()).toBe(404);
    await expect(h1(page)).resolves.toBe('Not found');
    const hidden = await page.goto(`${base}/letters/${encodeURIComponent('UA XAB 3/2025')}`);
    expect(hidden?.status()).toBe(404);
    await expect(h1(page)).resolves.toBe('Not found');
    await page.close();
  });
});
