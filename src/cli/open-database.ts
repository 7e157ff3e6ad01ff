/**
 * The database a CLI command works on: PostgreSQL when DATABASE_URL is set, else the embedded
 * database in RAPPORTEUR_DATA (default `./data`). Closed (and its lock released) when done.
 */
import { openDatabase, type Database, type DatabaseConfig } from '../store/database.js';

export function databaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const onNotice = (line: string) => process.stderr.write(`${line}\n`);
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, ...(env.RAPPORTEUR_DB_SCHEMA ? { schema: env.RAPPORTEUR_DB_SCHEMA } : {}), onNotice };
  return { dataDir: env.RAPPORTEUR_DATA || './data', onNotice };
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
