import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetter } from '../../test/db/build-letter.js';
import { openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { publishDue } from '../services/publish.js';
import { storeRecord } from '../services/store-record.js';
import { rewriteOldPassages } from './passage-rewrite.js';

let t: TestDatabase;

beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.dispose();
});

/**
 * Publishes a letter of paragraphs of distinct words: passages of about 1,200 characters, rows of
 * over 2 kB (where PostgreSQL's default rules compress the vector and move it out of the row).
 */
async function publishLongParagraphs(reference: string): Promise<void> {
  const words = (k: number) => Array.from({ length: 150 }, (_, i) => `term${k}x${i}`).join(' ');
  const record = buildLetter({
    reference, date: '2024-01-10', title: 'a letter of long paragraphs',
    text: ['Excellency,', words(1), words(2), words(3)].join('\n\n'),
  });
  await t.db.transaction((tx) =>
    storeRecord(tx, record, { sha256: `sha-${reference}`, path: '/archive/p.md', format: 'markdown', pages: null, bytes: 100, kind: record.kind }),
  );
  await publishDue(t.db, { asOf: '2025-06-01' });
}

/** The passages of a letter: how many, the widest row, and their vectors' bytes as stored and whole. */
async function storage(reference: string) {
  const { rows } = await t.db.query<{ passages: number; widest: number; stored: number; whole: number }>(
    `select count(*)::int as passages, max(pg_column_size(p.*))::int as widest,
            sum(pg_column_size(p.vector))::int as stored, sum(pg_column_size(p.vector || ''::tsvector))::int as whole
       from public_passages p join public_letters l on l.communication_id = p.communication_id
      where l.reference_text = $1`,
    [reference],
  );
  return rows[0]!;
}

describe('public passages', () => {
  it('keep their text and vector in the row, uncompressed, where a search reads them without a TOAST lookup', async () => {
    await publishLongParagraphs('AL XAD 3/2024');
    const s = await storage('AL XAD 3/2024');
    expect(s.passages).toBeGreaterThan(0);
    expect(s.widest).toBeGreaterThan(2100);
    expect(s.stored).toBe(s.whole);
  });

  it('stored before that rule are rewritten whole once, when the store opens after its migration', async () => {
    await t.db.exec('alter table public_passages reset (toast_tuple_target)');
    await publishLongParagraphs('AL XAD 4/2024');
    await t.db.exec('alter table public_passages set (toast_tuple_target = 8160)');
    expect((await storage('AL XAD 4/2024')).stored).toBeLessThan((await storage('AL XAD 4/2024')).whole);
    // As migration 0025 marks a store that already holds passages.
    await t.db.query('insert into passages_rewrite_pending default values');
    const notices: string[] = [];
    expect(await rewriteOldPassages(t.db, (line) => notices.push(line))).toBe(true);
    const s = await storage('AL XAD 4/2024');
    expect(s.stored).toBe(s.whole);
    expect(notices).toHaveLength(1);
    expect(await rewriteOldPassages(t.db)).toBe(false);
  });
});
