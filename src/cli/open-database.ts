/**
 * The database a CLI command works on: PostgreSQL when DATABASE_URL is set, else the embedded
 * database in RAPPORTEUR_DATA (default `./data`). Closed (and its lock released) when done.
 */
import { readdirSync, statSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import { RapError } from '../domain/errors.js';
import { openDatabase, type Database, type DatabaseConfig } from '../store/database.js';

/** The most the embedded database may keep: PostgreSQL in WebAssembly has 4 GB for everything, and did not start with 2 GB of pages. */
const MAX_BUFFER_MB = 1536;

/** PGlite's own page cache, and the most a server takes by itself. */
const DEFAULT_BUFFER_MB = 128;
const SERVER_BUFFER_MB = 1024;

/** The size of the files under `dir` in bytes (0 for a directory not made yet). */
function bytesUnder(dir: string): number {
  let bytes = 0;
  try {
    for (const f of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, f.name);
      if (f.isDirectory()) bytes += bytesUnder(path);
      else if (f.isFile()) bytes += statSync(path).size;
    }
  } catch {
    // Not there yet, or gone meanwhile: nothing to hold.
  }
  return bytes;
}

/**
 * The embedded database's page cache: RAPPORTEUR_DB_BUFFER_MB when set. For a server, as much of
 * its tables as fits in a quarter of the machine's memory, up to 1 GB: the pages of letters and
 * search vectors it serves again and again, each read otherwise through a system call per 8 kB.
 * PostgreSQL in WebAssembly takes that memory when it starts, so a small archive keeps PGlite's
 * default (128 MB), and so does a command.
 */
export function bufferMB(env: NodeJS.ProcessEnv, server: boolean): number | undefined {
  const raw = env.RAPPORTEUR_DB_BUFFER_MB;
  if (raw !== undefined && raw !== '') {
    const mb = Number(raw);
    if (!/^\d+$/.test(raw) || mb < 16 || mb > MAX_BUFFER_MB) {
      throw new RapError('RAP_ERR_USAGE', `RAPPORTEUR_DB_BUFFER_MB takes a whole number of megabytes from 16 to ${MAX_BUFFER_MB}, not "${raw}"`, { field: 'RAPPORTEUR_DB_BUFFER_MB' });
    }
    return mb;
  }
  if (!server) return undefined;
  const tables = Math.ceil(bytesUnder(join(env.RAPPORTEUR_DATA || './data', 'base')) / 2 ** 20);
  const wanted = Math.min(tables, SERVER_BUFFER_MB, Math.floor(totalmem() / 4 / 2 ** 20));
  return wanted > DEFAULT_BUFFER_MB ? wanted : undefined;
}

export function databaseConfig(env: NodeJS.ProcessEnv = process.env, server = false): DatabaseConfig {
  const onNotice = (line: string) => process.stderr.write(`${line}\n`);
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, ...(env.RAPPORTEUR_DB_SCHEMA ? { schema: env.RAPPORTEUR_DB_SCHEMA } : {}), onNotice };
  const buffers = bufferMB(env, server);
  // A server renders pages and searches on its own thread while the engine works on another
  // (RAPPORTEUR_DB_THREAD=off keeps the engine in the server's thread).
  const thread = server && env.RAPPORTEUR_DB_THREAD !== 'off';
  return { dataDir: env.RAPPORTEUR_DATA || './data', ...(buffers ? { bufferMB: buffers } : {}), ...(thread ? { thread } : {}), onNotice };
}

/** Opens the configured database; the caller closes it (a server keeps it open while it runs). */
export function openConfiguredDatabase(env: NodeJS.ProcessEnv = process.env): Promise<Database> {
  return openDatabase(databaseConfig(env));
}

export async function withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await openConfiguredDatabase();
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}
