/**
 * Migrations are SQL files in migrations/ named `NNNN_what.sql`, applied in order, each in its
 * own transaction, and recorded in `schema_migrations`. Applied on every open; an advisory lock
 * keeps two servers starting together from applying the same file twice.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const FILE_NAME = /^(\d{4})_[a-z0-9_]+\.sql$/;
/** Any constant: the advisory lock key of migrations. */
const MIGRATION_LOCK = 7_261_001;

export interface Migration {
  version: string;
  name: string;
  sql: string;
}

export function listMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => FILE_NAME.test(f))
    .sort()
    .map((name) => ({ version: name.slice(0, 4), name, sql: readFileSync(`${dir}/${name}`, 'utf8') }));
}

/** Applies the pending migrations; returns the names applied. */
export async function migrate(db: Database, migrations: Migration[] = listMigrations()): Promise<string[]> {
  await db.exec(`create table if not exists schema_migrations (
    version text primary key,
    name text not null,
    applied_at timestamptz not null default now()
  )`);
  const done = new Set(
    (await db.query<{ version: string }>('select version from schema_migrations')).rows.map((r) => r.version),
  );
  const applied: string[] = [];
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const again = await tx.query('select 1 from schema_migrations where version = $1', [m.version]);
      if (again.rows.length > 0) return;
      await tx.exec(m.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name]);
      applied.push(m.name);
    });
  }
  return applied;
}
