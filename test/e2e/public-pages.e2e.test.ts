import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import type { Communication } from '../../src/domain/communication.js';
import { buildApp } from '../../src/http/app.js';
import { publicArchive } from '../../src/services/public-archive.js';
import { publishDue } from '../../src/services/publish.js';
import { storeRecord } from '../../src/services/store-record.js';
import { buildLetter, buildReply, person } from '../db/build-letter.js';
import { openTestDatabase, type TestDatabase } from '../db/test-database.js';
import { hasChromium, launchChromium } from './browser.js';

const SHOTS = 'test-results/screenshots';
let t: TestDatabase;
let app: FastifyInstance;
let browser: Browser;
let base: string;
let n = 0;

const store = (r: Communication) =>
  t.db.transaction((tx) => storeRecord(tx, r, { sha256: `e2e-${++n}`, path: `${n}.md`, format: 'markdown', pages: null, bytes: 1, kind: r.kind }));

// Outside CI a machine without Chromium skips these; in CI (CI=true) a missing browser fails them.
describe.skipIf(!hasChromium && process.env.CI !== 'true')('public pages in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    t = await openTestDatabase();
    await store(buildLetter({
      reference: 'AL XAA 3/2024', date: '2024-03-18', title: 'alleged arbitrary detention of Ms. Lena Orlova',
      persons: [person('Lena Orlova', ['Lena Orlowa'])],
      text: 'Excellency,\n\nWe have the honour to write to you concerning Ms. **Lena Orlova**.\n\n1. Please provide any additional information.\n2. Please explain the legal basis of her detention.',
    }));
    await store(buildReply('AL XAA 3/2024', { date: '2024-05-02' }));
    await store(buildLetter({ reference: 'UA XAB 1/2024', date: '2024-02-01', title: 'forced eviction of the Kerem village', text: 'Excellency,\n\nThe village of Kerem was destroyed.' }));
    await publishDue(t.db, { asOf: '2025-01-01' });
    app = await buildApp({ archive: publicArchive(t.db) });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await t?.dispose();
  });

  it('goes from the list of letters to a letter, with its questions and reply', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Published letters');
    await page.screenshot({ path: `${SHOTS}/letters.png`, fullPage: true });
    await page.getByRole('link', { name: 'AL XAA 3/2024' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('AL XAA 3/2024');
    await expect(page.locator('ol li').count()).resolves.toBe(2);
    await expect(page.locator('strong', { hasText: 'Lena Orlova' }).count()).resolves.toBe(1);
    await expect(page.getByText('2024-05-02').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/letter.png`, fullPage: true });
    await page.close();
  });

  it('searches from the box on every page, keeping the query in the address, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/letters`);
    await page.getByLabel('Search letters').fill('eviction');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/q=eviction/);
    await expect(page.getByRole('link', { name: 'UA XAB 1/2024' }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'AL XAA 3/2024' }).count()).resolves.toBe(0);
    await expect(page.getByLabel('Search letters').inputValue()).resolves.toBe('eviction');
    await page.screenshot({ path: `${SHOTS}/search.png`, fullPage: true });
    await context.close();
  });

  it('can be used from the keyboard: the first Tab reaches a visible skip link to the content', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/letters`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Skip to content');
    const box = await page.locator('a.skip').boundingBox();
    expect(box && box.x >= 0).toBe(true);
    await page.close();
  });

  it('shows the same not-found page for a letter that does not exist', async () => {
    const page = await browser.newPage();
    const res = await page.goto(`${base}/letters/${encodeURIComponent('AL XAA 99/2024')}`);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Not found');
    await page.close();
  });
});
