/**
 * The database behind one interface: PGlite in a data directory (the default, embedded) or a
 * PostgreSQL server (when a URL is given). Both speak the same SQL; repositories take a
 * `Queryable` and never know which engine runs under them.
 */
import { RapError, isRapError } from '../domain/errors.js';
import { migrate } from './migrate.js';
import { refreshNameKeys } from './name-keys.js';
import { rewriteOldPassages } from './passage-rewrite.js';

export interface QueryResult<T> {
  rows: T[];
  /** Rows inserted, updated or deleted by the statement (0 for a select). */
  affectedRows: number;
}

/** What a repository needs: the database itself or a transaction on it. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
  /** Several statements separated by `;`, no parameters (migrations, setup). */
  exec(sql: string): Promise<void>;
}

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Reads planned with index scans only and no JIT compiling, outside any transaction: on a
   * server, connections of their own started with those settings. Absent on the embedded
   * database, where a transaction setting them costs nothing.
   */
  readonly indexScans?: Queryable;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** Data directory of the embedded database (PGlite); ignored when `url` is set. */
  dataDir?: string;
  /** The embedded database's page cache in MB (PostgreSQL's shared_buffers); PGlite's default (128) when unset. */
  bufferMB?: number;
  /**
   * The embedded database only: run the engine in a worker thread of its own (pglite-thread.ts),
   * so that its statements and this thread's work use two cores. For a server; a command whose
   * work is the database's gains nothing by it.
   */
  thread?: boolean;
  /** A PostgreSQL connection string (`postgres://user@host:5432/db`). */
  url?: string;
  /** PostgreSQL only: the schema to work in (created if missing; tests use one per file). */
  schema?: string;
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
  /** Told of long work done on open (the spellings keyed again for new name rules), before it starts. */
  onNotice?: (line: string) => void;
}

/** Opens the configured database, takes the data-directory lock and applies pending migrations. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  let db: Database;
  if (config.url) {
    const { openPostgres } = await import('./postgres-database.js');
    db = await openPostgres(config.url, config.schema);
  } else {
    const dataDir = config.dataDir ?? './data';
    if (config.thread) {
      const { openPgliteThread } = await import('./pglite-thread.js');
      db = await openPgliteThread(dataDir, config.bufferMB);
    } else {
      const { openPglite } = await import('./pglite-database.js');
      db = await openPglite(dataDir, config.bufferMB);
    }
  }
  if (config.migrate === false) return db;
  try {
    await migrate(db);
    await refreshNameKeys(db, config.onNotice);
    await rewriteOldPassages(db, config.onNotice);
  } catch (e) {
    await db.close().catch(() => undefined);
    throw isRapError(e) ? e : new RapError('RAP_ERR_DATABASE', `migrations failed: ${(e as Error).message}`);
  }
  return db;
}
