import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { tsvectorBinary } from './tsvector-binary.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t?.dispose();
});

/** The engine's own text form of a vector, and that of the binary form made from it. */
async function bothWays(vectorSql: string, params: unknown[] = []): Promise<{ text: string; fromBinary: string }> {
  const text = (await t.db.query<{ v: string }>(`select (${vectorSql})::text as v`, params)).rows[0]!.v;
  const fromBinary = (await t.db.query<{ v: string }>('select $1::tsvector::text as v', [tsvectorBinary(text)])).rows[0]!.v;
  return { text, fromBinary };
}

describe('binary tsvectors bound as parameters', () => {
  it.each([
    ['weights and positions', `setweight(to_tsvector('rap_english', 'Mr. Jonas Veldt was arrested in Port Aldane'), 'A') || to_tsvector('rap_english', 'arrested twice, then released on bail')`],
    ['quotes, backslashes and other scripts', String.raw`$$'o''brien':1A 'c:\\dir':2 'тест':3B 'عدل':4C 'ĳ':5 'x':16383$$::tsvector`],
    ['lexemes without positions', `strip(to_tsvector('rap_french', 'Madame Éva Kolar, défenseure des droits humains'))`],
  ])('are the same vector: %s', async (_what, sql) => {
    const { text, fromBinary } = await bothWays(sql);
    expect(text).toMatch(/^'/);
    expect(fromBinary).toBe(text);
  });

  it('are the same vector: the empty one', async () => {
    expect(await bothWays(`''::tsvector`)).toEqual({ text: '', fromBinary: '' });
  });

  it('carry a letter-sized vector whole', async () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${i % 900}x${(i * 7) % 13}`).join(' ');
    const { text, fromBinary } = await bothWays(`to_tsvector('rap_simple', $1)`, [words]);
    expect(text.match(/':\d/g)!.length).toBe(new Set(words.split(' ')).size);
    expect(fromBinary).toBe(text);
  });
});
