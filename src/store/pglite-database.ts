/** The embedded engine: PGlite (PostgreSQL compiled to WebAssembly) in a data directory. */
import { PGlite, protocol, types, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { RapError, isRapError } from '../domain/errors.js';
import { lockDataDir } from './data-lock.js';
import { AnswerReader } from './pglite-answers.js';
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

const { serialize } = protocol;

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Text at least this long is bound as its UTF-8 bytes. */
const LONG_TEXT = 512;

/**
 * A parameter's value for the Bind message. Bytes go as they are, in PostgreSQL's binary format
 * (a bytea's content, or a value already in its type's binary form, as a search vector computed
 * ahead: store/tsvector-binary.ts). Long text of a text or jsonb parameter goes in binary format
 * too, which for these types is the text's bytes (jsonb: a version byte, then its text).
 * PGlite's serializers would write a buffer as hex and measure and copy a string a character at
 * a time in JavaScript, about 1 ms of the writer's thread for a letter's text, record and file.
 * Everything else is serialized as `PGlite.query` does.
 */
function bindValue(pg: PGlite, v: unknown, type: number): string | Uint8Array | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Uint8Array) return v;
  if (typeof v === 'string' && v.length >= LONG_TEXT) {
    if (type === types.TEXT || type === types.VARCHAR) return Buffer.from(v, 'utf8');
    if (type === types.JSONB) return Buffer.concat([JSONB_VERSION, Buffer.from(v, 'utf8')]);
  }
  const serializer = pg.serializers[type];
  return serializer ? (serializer(v) as string) : (v as { toString(): string }).toString();
}
const JSONB_VERSION = Buffer.of(1);

/** A statement parsed once in the session, by the SQL text. */
interface Prepared {
  name: string;
  paramTypes: number[];
}

/** More distinct statements than this and the rest go the ordinary (unprepared) way. */
const MAX_PREPARED = 500;

/**
 * Every query goes through a named prepared statement: `PGlite.query` sends Parse, Describe, Bind,
 * Describe, Execute and Sync one by one and PostgreSQL parses and plans the statement again on
 * every call, which for the import's statements costs as much as running them, and for a letter's
 * page more than half its reads. Here a statement is parsed (and its parameter types described)
 * once per session; each call is then one Bind/Describe/Execute/Sync round through the engine, and
 * PostgreSQL keeps its plan. Values are serialized as `PGlite.query` does; its answer is read by
 * pglite-answers.ts, into the same rows and errors.
 * The caller holds the lock that keeps other work from running between the messages: a
 * transaction's, or (outside one) PGlite's transaction lock, as `PGlite.query` takes it.
 */
export class PreparedStatements {
  private readonly statements = new Map<string, Prepared>();
  private readonly answers = new AnswerReader();

  constructor(private readonly pg: PGlite) {}

  private async prepare(sql: string): Promise<Prepared | null> {
    const known = this.statements.get(sql);
    if (known) return known;
    if (this.statements.size >= MAX_PREPARED) return null;
    const name = `rap_${this.statements.size + 1}`;
    const { messages } = await this.pg.execProtocol(
      concat([serialize.parse({ name, text: sql }), serialize.describe({ type: 'S', name }), serialize.sync()]),
      { syncToFs: false },
    );
    const description = messages.find((m) => m.name === 'parameterDescription') as { dataTypeIDs?: number[] } | undefined;
    const prepared = { name, paramTypes: description?.dataTypeIDs ?? [] };
    this.statements.set(sql, prepared);
    return prepared;
  }

  /** The statement's result, or null when no more statements may be prepared (the caller runs it the ordinary way). */
  run<T>(sql: string, params: unknown[], syncToFs: boolean): Promise<QueryResult<T> | null> {
    const pg = this.pg;
    return pg.runExclusive(async () => {
      const p = await this.prepare(sql);
      if (!p) return null;
      const values = params.map((v, i) => bindValue(pg, v, p.paramTypes[i]!));
      this.answers.clear();
      await pg.execProtocolRawStream(
        concat([
          serialize.bind({ statement: p.name, values }),
          serialize.describe({ type: 'P' }),
          serialize.execute({}),
          serialize.sync(),
        ]),
        { syncToFs, onRawData: this.answers.take },
      );
      return this.answers.read<T>(pg.parsers);
    });
  }
}

/** Inside a transaction: its own statements, kept in memory (the transaction writes to disk at its commit). */
function transactionQueryable(tx: Transaction, statements: PreparedStatements): Queryable {
  const fallback = queryable(tx);
  return {
    async query<T>(sql: string, params: unknown[] = []): Promise<QueryResult<T>> {
      if (tx.closed) throw new Error('Transaction is closed');
      return (await statements.run<T>(sql, params, false)) ?? fallback.query<T>(sql, params);
    },
    exec: fallback.exec,
  };
}

/**
 * Opens the embedded database in `dataDir`. `bufferMB` sets the memory PostgreSQL keeps pages in
 * (its shared_buffers; PGlite's own default is 128 MB): a page it holds is read without a call to
 * the file system, which from WebAssembly costs a system call per 8 kB page.
 */
export async function openPglite(dataDir: string, bufferMB?: number): Promise<Database> {
  const lock = lockDataDir(dataDir);
  let pg: PGlite;
  try {
    const startParams = bufferMB ? [...PGlite.defaultStartParams, '-c', `shared_buffers=${bufferMB}MB`] : undefined;
    pg = await PGlite.create({ dataDir, extensions: { pg_trgm, unaccent }, parsers, ...(startParams ? { startParams } : {}) });
  } catch (e) {
    lock.release();
    if (isRapError(e)) throw e;
    throw new RapError('RAP_ERR_DATABASE', `${dataDir}: ${(e as Error).message}`);
  }
  const base = queryable(pg);
  const statements = new PreparedStatements(pg);
  return {
    kind: 'pglite',
    // Outside a transaction, under PGlite's transaction lock (no transaction is open meanwhile) and
    // written to disk after the statement, as `PGlite.query` does.
    query: async <T>(sql: string, params: unknown[] = []) => {
      if (pg.closed) return base.query<T>(sql, params); // which says the database is closed
      return (await pg._runExclusiveTransaction(() => statements.run<T>(sql, params, true))) ?? base.query<T>(sql, params);
    },
    exec: base.exec,
    transaction: (fn) => pg.transaction((tx) => fn(transactionQueryable(tx, statements))),
    async close() {
      try {
        if (!pg.closed) await pg.close();
      } finally {
        lock.release();
      }
    },
  };
}
