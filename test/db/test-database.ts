/**
 * A fresh, migrated database for one test file, of the kind the run asks for: PostgreSQL (a new
 * schema, dropped afterwards) when DATABASE_URL is set, PGlite otherwise. Creating a PGlite
 * database runs initdb (about 3.5 s), so one migrated template directory is prepared per set of
 * migrations and copied for each test (a copy and a reopen cost a fraction of that).
 */
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/store/database.js';
import { listMigrations } from '../../src/store/migrate.js';

export interface TestDatabase {
  db: Database;
  /** The data directory (PGlite) of this test database; undefined on PostgreSQL. */
  dataDir?: string;
  /** Closes the database and removes what it left. */
  dispose(): Promise<void>;
}

function templateKey(): string {
  const h = createHash('sha256');
  for (const m of listMigrations()) h.update(m.name).update(m.sql);
  return h.digest('hex').slice(0, 16);
}

/** The migrated PGlite template directory, built once (safe when several test processes race). */
export async function pgliteTemplate(): Promise<string> {
  const dir = join(tmpdir(), `rapporteur-test-template-${templateKey()}`);
  if (existsSync(join(dir, 'PG_VERSION'))) return dir;
  const building = mkdtempSync(join(tmpdir(), 'rapporteur-test-template-building-'));
  const db = await openDatabase({ dataDir: building });
  await db.close();
  try {
    renameSync(building, dir);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another process finished first
  }
  return dir;
}

/** A copy of the template in a new temporary directory, not opened. */
export async function freshDataDir(): Promise<string> {
  const template = await pgliteTemplate();
  const dir = mkdtempSync(join(tmpdir(), 'rapporteur-test-'));
  cpSync(template, dir, { recursive: true });
  return dir;
}

/** Every table of the store, in an order that deletes cleanly. */
const DATA_TABLES = [
  'public_replies', 'public_letters',
  'letter_versions', 'draft_mandates', 'drafts', 'reference_counters', 'confidential_passages', 'mandate_settings',
  'replies',
  'case_letters', 'case_events', 'case_organizations', 'case_people', 'staff_files', 'submissions', 'cases',
  'staff_sessions', 'user_mandates', 'users',
  'person_merges', 'person_mentions', 'person_names', 'persons',
  'organization_merges', 'organization_mentions', 'organization_names', 'organizations',
  'citations', 'communication_mandates', 'source_documents', 'communications', 'documents',
];

/** Empties the store between tests of one file (faster than TRUNCATE on PGlite). */
export async function clearData(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.exec('update persons set merged_into = null; update organizations set merged_into = null;');
    for (const table of DATA_TABLES) await tx.exec(`delete from ${table}`);
    // The trail refuses deletes; tests start each case with an empty one.
    await tx.exec('alter table audit_log disable trigger audit_log_no_update; delete from audit_log; alter table audit_log enable trigger audit_log_no_update;');
  });
}

/**
 * `thread`: the embedded engine in a thread of its own, as a server runs it (ignored on
 * PostgreSQL); RAPPORTEUR_TEST_DB_THREAD=on makes it the default, to run every storage test so.
 */
export async function openTestDatabase({ thread = process.env.RAPPORTEUR_TEST_DB_THREAD === 'on' }: { thread?: boolean } = {}): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    // The extensions go to public (openPostgres), so that dropping a test schema never drops them.
    const db = await openDatabase({ url, schema });
    return {
      db,
      async dispose() {
        await db.close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`drop schema if exists ${schema} cascade`);
        await c.end();
      },
    };
  }
  const dataDir = await freshDataDir();
  const db = await openDatabase({ dataDir, thread });
  return {
    db,
    dataDir,
    async dispose() {
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
