import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Communication } from '../domain/communication.js';
import { buildLetter } from '../../test/db/build-letter.js';
import { openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { publishDue } from '../services/publish.js';
import { storeRecord } from '../services/store-record.js';
import { publicOriginalFile } from '../store/public-files.repo.js';
import { fileRoutes } from './routes/files.js';

let t: TestDatabase;
let app: FastifyInstance;
let n = 0;

const store = (record: Communication, content: Buffer, format = 'markdown') =>
  t.db.transaction((tx) =>
    storeRecord(tx, record, { sha256: `f-${++n}`, path: `/private/${n}`, format, pages: null, bytes: content.length, kind: record.kind, content }),
  );

const PUBLIC_TEXT = Buffer.from('Excellency,\n\nThe letter as it was sent, with **Ms. Hana Brel**.\n', 'utf8');
const SECRET_TEXT = Buffer.from('Excellency,\n\nA letter still confidential about Mr. Quill Ostrander.\n', 'utf8');
const url = (reference: string) => `/letters/${encodeURIComponent(reference)}/original`;

beforeAll(async () => {
  t = await openTestDatabase();
  await store(buildLetter({ reference: 'AL XAA 4/2024', date: '2024-02-01' }), PUBLIC_TEXT);
  await store(buildLetter({ reference: 'UA XAB 9/2024', date: '2024-12-20' }), SECRET_TEXT);
  await store(buildLetter({ reference: 'OL XAC 2/2024', date: '2024-03-01' }), Buffer.from([0x43, 0x61, 0x66, 0xe9]), 'text');
  await publishDue(t.db, { asOf: '2025-01-01' });
  app = Fastify();
  fileRoutes(app, (reference) => publicOriginalFile(t.db, reference));
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

describe('the original file of a letter', () => {
  it('is served as imported, named after the reference, in a sandbox', async () => {
    const res = await app.inject(url('AL XAA 4/2024'));
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(PUBLIC_TEXT)).toBe(true);
    expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('inline; filename="AL-XAA-4-2024.md"');
    expect(res.headers['content-security-policy']).toContain('sandbox');
  });

  it('hands over a text file in an old encoding as bytes rather than garbled', async () => {
    const res = await app.inject(url('OL XAC 2/2024'));
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect([...res.rawPayload]).toEqual([0x43, 0x61, 0x66, 0xe9]);
  });

  it('is not found, in the same words, for a letter not yet public and for one that does not exist', async () => {
    const secret = await app.inject(url('UA XAB 9/2024'));
    const missing = await app.inject(url('UA XAB 99/2024'));
    expect(secret.statusCode).toBe(404);
    expect(secret.body).toBe(missing.body);
    expect(secret.body).not.toContain('Ostrander');
  });
});
