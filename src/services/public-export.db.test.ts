import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Communication } from '../domain/communication.js';
import { emptyFilters, type SearchQuery } from '../domain/search-query.js';
import { buildLetter } from '../../test/db/build-letter.js';
import { openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { exportLetters, type ExportedLetter } from './public-export.js';
import { publishDue } from './publish.js';
import { storeRecord } from './store-record.js';

let t: TestDatabase;

const query = (over: Partial<SearchQuery> = {}): SearchQuery => ({ text: '', filters: emptyFilters(), sort: 'newest', page: 1, pageSize: 20, ...over });

async function all(q: SearchQuery, batchSize: number): Promise<{ total: number; refs: string[]; batches: number[] }> {
  const e = await exportLetters(t.db, q, { withText: false, batchSize });
  const refs: string[] = [];
  const batches: number[] = [];
  for await (const batch of e.batches as AsyncIterable<ExportedLetter[]>) {
    batches.push(batch.length);
    refs.push(...batch.map((l) => l.record.reference!.text));
  }
  return { total: e.total, refs, batches };
}

beforeAll(async () => {
  t = await openTestDatabase();
  // Two letters on one day (the id breaks the tie), and one whose date is removed after publication.
  const letters: Array<[string, string]> = [
    ['AL XAA 1/2024', '2024-01-10'], ['AL XAA 2/2024', '2024-02-10'], ['AL XAB 1/2024', '2024-02-10'],
    ['UA XAC 1/2024', '2024-03-01'], ['OL XAD 1/2024', '2024-04-01'], ['AL XAE 1/2024', '2024-04-15'],
  ];
  let n = 0;
  for (const [reference, date] of letters) {
    const record: Communication = buildLetter({ reference, date, title: `letter ${reference}`, text: `Excellency, about ${reference} and the harbour.` });
    await t.db.transaction((tx) => storeRecord(tx, record, { sha256: `sha-export-${++n}`, path: `/p/${n}.md`, format: 'markdown', pages: null, bytes: 1, kind: 'communication' }));
  }
  await publishDue(t.db, { asOf: '2025-01-01' });
  await t.db.query(`update public_letters set letter_date = null where reference_text = 'OL XAD 1/2024'`);
});

afterAll(async () => {
  await t?.dispose();
});

describe('exportLetters', () => {
  it('reads every letter once, in order, whatever the batch size (keyset across equal dates and undated letters)', async () => {
    const newest = ['AL XAE 1/2024', 'UA XAC 1/2024', 'AL XAB 1/2024', 'AL XAA 2/2024', 'AL XAA 1/2024', 'OL XAD 1/2024'];
    const oldest = ['AL XAA 1/2024', 'AL XAA 2/2024', 'AL XAB 1/2024', 'UA XAC 1/2024', 'AL XAE 1/2024', 'OL XAD 1/2024'];
    for (const size of [1, 2, 3, 5, 6, 100]) {
      const n = await all(query(), size);
      expect(n.refs, `newest, batches of ${size}`).toEqual(newest);
      expect(n.total).toBe(6);
      expect(Math.max(...n.batches)).toBeLessThanOrEqual(size);
      expect((await all(query({ sort: 'oldest' }), size)).refs, `oldest, batches of ${size}`).toEqual(oldest);
    }
  });

  it('filters as the search does', async () => {
    const f = { ...emptyFilters(), state: ['XAA', 'XAD'] };
    expect((await all(query({ filters: f }), 2)).refs).toEqual(['AL XAA 2/2024', 'AL XAA 1/2024', 'OL XAD 1/2024']);
  });

  it('follows the search page by page when there are words', async () => {
    const r = await all(query({ text: 'harbour', sort: 'oldest' }), 2);
    expect(r.total).toBe(6);
    expect(r.batches).toEqual([2, 2, 2]);
    expect(new Set(r.refs).size).toBe(6);
  });
});
