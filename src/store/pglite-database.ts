/** The embedded engine: PGlite (PostgreSQL compiled to WebAssembly) in a data directory. */
import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { RapError, isRapError } from '../domain/errors.js';
import { lockDataDir } from './data-lock.js';
import type { Database, QueryResult, Queryable } from './database.js';

/** Dates stay ISO strings (no time zone shifts); counts and ids are plain numbers. */
const parsers = {
  [types.DATE]: (value: string) => value,
  [types.INT8]: (value: string) => Number(value),
};

function queryable(target: PGlite | Transaction): Queryable {
  return {
    async query<T>(sql: string, params: unknown[] = []): Promise<QueryResult<T>> {
      const r = await target.query<T>(sql, params);
      return { rows: r.rows, affectedRows: r.affectedRows ?? 0 };
    },
    async exec(sql: string): Promise<void> {
      await target.exec(sql);
    },
  };
}

export async function openPglite(dataDir: string): Promise<Database> {
  const lock = lockDataDir(dataDir);
  let pg: PGlite;
  try {
    pg = await PGlite.create({ dataDir, extensions: { pg_trgm, unaccent }, parsers });
  } catch (e) {
    lock.release();
    if (isRapError(e)) throw e;
    throw new RapError('RAP_ERR_DATABASE', `${dataDir}: ${(e as Error).message}`);
  }
  const base = queryable(pg);
  return {
    kind: 'pglite',
    query: base.query,
    exec: base.exec,
    transaction: (fn) => pg.transaction((tx) => fn(queryable(tx))),
    async close() {
      try {
        if (!pg.closed) await pg.close();
      } finally {
        lock.release();
      }
    },
  };
}
