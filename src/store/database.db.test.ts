import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { listMigrations, migrate } from './migrate.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.dispose();
});

describe('the database', () => {
  it('is the kind the run asks for', () => {
    expect(t.db.kind).toBe(process.env.DATABASE_URL ? 'postgres' : 'pglite');
  });

  it('has every migration applied once, in order, and applies nothing on the next open', async () => {
    const { rows } = await t.db.query<{ name: string }>('select name from schema_migrations order by version');
    expect(rows.map((r) => r.name)).toEqual(listMigrations().map((m) => m.name));
    expect(await migrate(t.db)).toEqual([]);
  });

  it('commits a transaction that succeeds and rolls back one that throws', async () => {
    await t.db.exec('create table if not exists tx_probe (n int)');
    await t.db.transaction(async (tx) => {
      await tx.query('insert into tx_probe values ($1)', [1]);
    });
    await expect(
      t.db.transaction(async (tx) => {
        await tx.query('insert into tx_probe values ($1)', [2]);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const { rows } = await t.db.query<{ n: number }>('select n from tx_probe order by n');
    expect(rows.map((r) => r.n)).toEqual([1]);
  });

  it('gives dates as ISO strings and counts as numbers on both engines', async () => {
    const { rows } = await t.db.query<{ d: string; n: number }>(`select '2024-03-18'::date as d, count(*) as n from schema_migrations`);
    expect(rows[0]).toEqual({ d: '2024-03-18', n: listMigrations().length });
  });

  it('folds diacritics and stems in the search configuration of a letter language', async () => {
    const { rows } = await t.db.query<{ hit: boolean }>(
      `select to_tsvector(rap_search_config('fr'), 'Clément a été arrêté') @@ websearch_to_tsquery(rap_search_config('fr'), 'clement arrete') as hit`,
    );
    expect(rows[0]!.hit).toBe(true);
  });
});
