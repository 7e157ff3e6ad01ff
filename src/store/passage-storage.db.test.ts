import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetter } from '../../test/db/build-letter.js';
import { openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { publishDue } from '../services/publish.js';
import { storeRecord } from '../services/store-record.js';

let t: TestDatabase;

beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.dispose();
});

describe('public passages', () => {
  it('keep their text and vector in the row, uncompressed, where a search reads them without a TOAST lookup', async () => {
    // Paragraphs of distinct words: a passage of about 1,200 characters, a row of over 2 kB
    // (where the default rules compress the vector and move it out of the row).
    const words = (k: number) => Array.from({ length: 150 }, (_, i) => `term${k}x${i}`).join(' ');
    const record = buildLetter({
      reference: 'AL XAD 3/2024', date: '2024-01-10', title: 'a letter of long paragraphs',
      text: ['Excellency,', words(1), words(2), words(3)].join('\n\n'),
    });
    await t.db.transaction((tx) =>
      storeRecord(tx, record, { sha256: 'sha-passages', path: '/archive/p.md', format: 'markdown', pages: null, bytes: 100, kind: record.kind }),
    );
    await publishDue(t.db, { asOf: '2025-06-01' });
    const { rows } = await t.db.query<{ passages: number; widest: number; stored: number; whole: number }>(
      `select count(*)::int as passages, max(pg_column_size(p.*))::int as widest,
              sum(pg_column_size(p.vector))::int as stored, sum(pg_column_size(p.vector || ''::tsvector))::int as whole
         from public_passages p join public_letters l on l.communication_id = p.communication_id
        where l.reference_text = 'AL XAD 3/2024'`,
    );
    expect(rows[0]!.passages).toBeGreaterThan(0);
    expect(rows[0]!.widest).toBeGreaterThan(2100);
    expect(rows[0]!.stored).toBe(rows[0]!.whole);
  });
});
