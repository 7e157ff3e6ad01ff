import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetter } from '../../test/db/build-letter.js';
import { openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { storeRecord } from '../services/store-record.js';

let t: TestDatabase;

beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.dispose();
});

/** A letter whose text, record and file compress well: the same invented paragraph again and again. */
async function storeRepetitiveLetter(reference: string): Promise<void> {
  const paragraph = 'The Special Rapporteur is concerned about the detention of Ms. Inés Varkola in the capital of the Republic. ';
  const text = paragraph.repeat(200);
  const record = buildLetter({ reference, text, title: paragraph.repeat(30) });
  await t.db.transaction((tx) =>
    storeRecord(tx, record, {
      sha256: `sha-${reference}`, path: '/archive/long.md', format: 'markdown', pages: null, bytes: text.length, kind: 'communication',
      content: new TextEncoder().encode(text),
    }),
  );
}

/** Each large value's size as stored and whole. */
async function sizes(reference: string) {
  const { rows } = await t.db.query<Record<'body_stored' | 'body_whole' | 'record_stored' | 'record_whole' | 'file_stored' | 'file_whole', number>>(
    `select pg_column_size(c.body)::int as body_stored, octet_length(c.body)::int as body_whole,
            pg_column_size(c.record)::int as record_stored, pg_column_size(c.record::text::jsonb)::int as record_whole,
            pg_column_size(f.content)::int as file_stored, octet_length(f.content)::int as file_whole
       from communications c join document_files f on f.document_id = c.document_id
      where c.reference_text = $1`,
    [reference],
  );
  return rows[0]!;
}

describe('a stored letter', () => {
  it('keeps its text, record and file uncompressed on the embedded engine (compressing there costs a third of the insert), compressed on a server', async () => {
    await storeRepetitiveLetter('AL XAE 5/2024');
    const s = await sizes('AL XAE 5/2024');
    expect(s.body_whole).toBeGreaterThan(20_000);
    if (t.db.kind === 'pglite') {
      expect(s.body_stored).toBeGreaterThanOrEqual(s.body_whole);
      expect(s.record_stored).toBeGreaterThanOrEqual(s.record_whole * 0.9);
      expect(s.file_stored).toBeGreaterThanOrEqual(s.file_whole);
    } else {
      expect(s.body_stored).toBeLessThan(s.body_whole / 4);
      expect(s.file_stored).toBeLessThan(s.file_whole / 4);
    }
  });
});
