import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Communication } from '../domain/communication.js';
import { publicArchive } from '../services/public-archive.js';
import { storeRecord } from '../services/store-record.js';
import { buildLetter, buildReply, person } from '../../test/db/build-letter.js';
import { openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { publishDue } from '../services/publish.js';
import { buildApp } from './app.js';

const TODAY = '2025-06-01';
let t: TestDatabase;
let app: FastifyInstance;
let n = 0;

async function store(record: Communication) {
  const sha256 = `sha-${++n}`;
  await t.db.transaction((tx) =>
    storeRecord(tx, record, { sha256, path: `/archive/private/${n}.md`, format: 'markdown', pages: null, bytes: 100, kind: record.kind }),
  );
}

beforeAll(async () => {
  t = await openTestDatabase();
  // Published: dated well over 60 days before "today".
  await store(buildLetter({
    reference: 'AL XAA 1/2025', date: '2025-01-10', title: 'detention of <script>alert(1)</script> a defender',
    persons: [person('Ilona Varga')], text: 'Excellency,\n\nMs. **Ilona Varga** was detained in Aldovia city.',
    source: { file: '/archive/private/1.md', sha256: null, format: 'markdown', pages: null },
  }));
  await store(buildReply('AL XAA 1/2025', { date: '2025-02-20', text: 'The Government rejects the allegations.' }));
  // Not yet public: dated 20 days before "today".
  await store(buildLetter({
    reference: 'UA XAB 2/2025', date: '2025-05-12', title: 'secret relocation of a witness',
    persons: [person('Tomasz Hidden')], text: 'Excellency,\n\nMr. **Tomasz Hidden** hides in the northern valley.',
    relatedCommunications: [{ reference: 'AL XAA 1/2025', date: '2025-01-10' }],
  }));
  await publishDue(t.db, { asOf: TODAY });
  app = await buildApp({ archive: publicArchive(t.db) });
});

afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

describe('public pages', () => {
  it('lists the published letter and not the one still confidential', async () => {
    const res = await app.inject('/letters');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('AL XAA 1/2025');
    expect(res.body).not.toContain('XAB 2/2025');
    expect(res.body).toContain('1 letter,');
  });

  it('shows a letter with its text, its reply, and escapes markup in its fields', async () => {
    const res = await app.inject(`/letters/${encodeURIComponent('AL XAA 1/2025')}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<strong>Ilona Varga</strong>');
    expect(res.body).toContain('2025-02-20');
    expect(res.body).not.toContain('<script>alert(1)</script>');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('answers an unpublished letter exactly as a letter that does not exist', async () => {
    const hidden = await app.inject(`/letters/${encodeURIComponent('UA XAB 2/2025')}`);
    const missing = await app.inject(`/letters/${encodeURIComponent('UA XAB 99/2025')}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(missing.body);
    const apiHidden = await app.inject(`/api/v1/communications/${encodeURIComponent('UA XAB 2/2025')}`);
    const apiMissing = await app.inject(`/api/v1/communications/${encodeURIComponent('UA XAB 99/2025')}`);
    expect(apiHidden.statusCode).toBe(404);
    expect(apiHidden.body).toBe(apiMissing.body);
  });

  it('never reveals an unpublished letter through search, counts or the letters it cites', async () => {
    const search = await app.inject('/letters?q=Hidden');
    expect(search.body).toContain('No published letter matches.');
    const api = await app.inject('/api/v1/communications?q=valley');
    expect(api.json()).toEqual({ total: 0, items: [] });
    const cited = await app.inject(`/letters/${encodeURIComponent('AL XAA 1/2025')}`);
    expect(cited.body).not.toContain('XAB 2/2025');
  });

  it('serves published records in the interchange format without the importing machine path', async () => {
    const res = await app.inject('/api/v1/communications');
    const body = res.json() as { total: number; items: Communication[] };
    expect(body.total).toBe(1);
    expect(body.items[0]?.reference?.text).toBe('AL XAA 1/2025');
    expect(res.body).not.toContain('/archive/private');
  });
});
