/** A PostgreSQL server through a node-postgres pool. */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { RapError } from '../domain/errors.js';
import type { Database, QueryResult, Queryable } from './database.js';

/** The same value types as the embedded engine: ISO date strings, numbers for int8. */
const typeParsers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === 1082) return (value: string) => value;
    if (oid === 20) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig['getTypeParser'],
};

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * A statement with parameters is prepared once on each connection, under a name drawn from its
 * text: the server then neither parses nor plans it again (a letter's page asks five of them).
 */
const statementNames = new Map<string, string>();
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `rap_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    if (statementNames.size < MAX_NAMED) statementNames.set(sql, name);
  }
  return name;
}
/** Distinct statements remembered by name; any further statement is still named, by hashing again. */
const MAX_NAMED = 2_000;

function queryable(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T>(sql: string, params: unknown[] = []): Promise<QueryResult<T>> {
      const r = params.length ? await target.query({ name: statementName(sql), text: sql, values: params }) : await target.query(sql);
      return { rows: r.rows as T[], affectedRows: r.rowCount ?? 0 };
    },
    async exec(sql: string): Promise<void> {
      await target.query(sql);
    },
  };
}

/** The extensions migration 0001 creates; the text search configurations name unaccent's dictionary. */
const SHARED_EXTENSIONS = ['pg_trgm', 'unaccent'];

/**
 * Puts the extensions in `public`, which every schema's search path includes, before migration
 * 0001 creates them in the first schema on the path: installed in one Rapporteur schema, they
 * would be out of reach of the next (`text search dictionary "unaccent" does not exist`). One
 * installed elsewhere and out of the path is refused with the way to move it. Without the right
 * to create in `public`, the migration creates them as it would have.
 */
async function placeSharedExtensions(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ name: string; schema: string; reachable: boolean }>(
    `select e.extname as name, n.nspname as schema, n.nspname = any(current_schemas(false)) as reachable
     from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = any($1::text[])`,
    [SHARED_EXTENSIONS],
  );
  for (const r of rows) {
    if (!r.reachable) {
      const path = (await pool.query<{ path: string }>(`select array_to_string(current_schemas(false), ', ') as path`)).rows[0]!.path;
      throw new RapError(
        'RAP_ERR_DATABASE',
        `the extension ${r.name} is installed in schema "${r.schema}", which is not on this connection's search path (${path}): ` +
          `move it where every schema finds it with: alter extension ${r.name} set schema public`,
      );
    }
  }
  for (const name of SHARED_EXTENSIONS) {
    if (rows.some((r) => r.name === name)) continue;
    await pool.query(`create extension if not exists ${name} with schema public`).catch(() => undefined);
  }
}

/** `connections`: the pool's size (8 by default; the concurrency tests ask for more). */
export async function openPostgres(url: string, schema?: string, { connections = 8 }: { connections?: number } = {}): Promise<Database> {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new RapError('RAP_ERR_DATABASE', `not a plain schema name: ${schema}`);
  }
  const newPool = (settings: string[]) => {
    const options = [...(schema ? [`-c search_path=${schema},public`] : []), ...settings.map((s) => `-c ${s}`)].join(' ');
    const p = new pg.Pool({ connectionString: url, types: typeParsers, max: connections, ...(options ? { options } : {}) });
    p.on('error', () => undefined); // an idle client dropped by the server: the next query reconnects
    return p;
  };
  const pool = newPool([]);
  // Opened on first use (the public search's reads).
  let indexPool: pg.Pool | null = null;
  let indexReads: Queryable | null = null;
  // The name lookup's trigram thresholds too (store/public-search.repo.ts): there is no transaction to set them in.
  const indexed = () => (indexReads ??= queryable((indexPool = newPool([
    'enable_seqscan=off', 'jit=off', 'pg_trgm.similarity_threshold=0.5', 'pg_trgm.strict_word_similarity_threshold=0.6',
  ]))));
  try {
    if (schema) await pool.query(`create schema if not exists ${schema}`);
    else await pool.query('select 1');
    await placeSharedExtensions(pool);
  } catch (e) {
    await pool.end().catch(() => undefined);
    if (e instanceof RapError) throw e;
    const where = url.replace(/\/\/[^@/]*@/, '//');
    throw new RapError('RAP_ERR_DATABASE', `${where}: ${(e as Error).message}`);
  }
  const base = queryable(pool);
  const indexScans: Queryable = {
    query: <T>(sql: string, params?: unknown[]) => indexed().query<T>(sql, params),
    exec: (sql: string) => indexed().exec(sql),
  };
  return {
    kind: 'postgres',
    query: base.query,
    exec: base.exec,
    indexScans,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(queryable(client));
        await client.query('commit');
        return result;
      } catch (e) {
        await client.query('rollback').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: async () => {
      await Promise.all([pool.end(), indexPool?.end()]);
    },
  };
}
