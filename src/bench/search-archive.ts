/**
 * The archive the search benchmark reads: built once with the bulk demo load and kept, so that
 * reruns start at once. PGlite: a data directory under bench-results/; PostgreSQL: a schema of
 * its own in DATABASE_URL's database. The name carries the size and ARCHIVE_VERSION: bump it when
 * what the bulk load or the publication step writes changes (a new migration file alone is applied
 * to the kept archive when it opens).
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { loadDemoDatabase, type LoadReport } from '../demo/load-database.js';
import { openDatabase, type Database } from '../store/database.js';

/** The version of what an archive holds; a new one builds new archives. */
const ARCHIVE_VERSION = 1;

export interface ArchiveSpec {
  letters: number;
  seed: number;
  words: number;
}

export interface OpenArchive {
  db: Database;
  /** Null when an archive built before was reused. */
  built: LoadReport | null;
  buildMs: number;
  where: string;
}

const archiveName = (spec: ArchiveSpec) => `search_${spec.letters}_${spec.seed}_${spec.words}_v${ARCHIVE_VERSION}`;

const publicLetters = async (db: Database) =>
  Number((await db.query<{ n: string }>('select count(*) as n from public_letters')).rows[0]?.n ?? 0);

async function build(db: Database, spec: ArchiveSpec, log: (line: string) => void): Promise<{ report: LoadReport; ms: number }> {
  const t0 = performance.now();
  let last = 0;
  const report = await loadDemoDatabase(db, {
    letters: spec.letters, seed: spec.seed, words: spec.words, languages: ['en', 'fr', 'es'],
    onProgress: (p) => {
      const now = performance.now();
      if (now - last < 15_000) return;
      last = now;
      log(`search: building the archive, ${p.phase}: ${p.phase === 'write' ? p.letters : p.published}/${spec.letters} (${((now - t0) / 1000).toFixed(0)} s)`);
    },
  });
  await db.exec('analyze');
  return { report, ms: performance.now() - t0 };
}

/** The PGlite archive in `dir`, built when missing (or left half-built by an interrupted run). */
export async function openPgliteArchive(spec: ArchiveSpec, dir: string, log: (line: string) => void): Promise<OpenArchive> {
  const dataDir = join(dir, archiveName(spec));
  const done = join(dataDir, 'rapporteur-bench-complete');
  if (existsSync(dataDir) && !existsSync(done)) rmSync(dataDir, { recursive: true, force: true });
  const db = await openDatabase({ dataDir });
  if (existsSync(done) && (await publicLetters(db)) === spec.letters) return { db, built: null, buildMs: 0, where: dataDir };
  log(`search: building a ${spec.letters}-letter archive in ${dataDir} (PGlite)`);
  const { report, ms } = await build(db, spec, log);
  writeFileSync(done, `${JSON.stringify({ ...spec, buildMs: ms })}\n`);
  return { db, built: report, buildMs: ms, where: dataDir };
}

/** The PostgreSQL archive in its own schema, built when missing or incomplete. */
export async function openPostgresArchive(spec: ArchiveSpec, url: string, log: (line: string) => void): Promise<OpenArchive> {
  const schema = archiveName(spec);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const complete = await admin.query(`select 1 from pg_tables where schemaname = $1 and tablename = 'rapporteur_bench_complete'`, [schema]);
    if (complete.rows.length === 0) await admin.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await admin.end();
  }
  const db = await openDatabase({ url, schema });
  const ready = (await db.query(`select 1 from pg_tables where schemaname = $1 and tablename = 'rapporteur_bench_complete'`, [schema])).rows.length > 0;
  if (ready && (await publicLetters(db)) === spec.letters) return { db, built: null, buildMs: 0, where: `schema ${schema}` };
  log(`search: building a ${spec.letters}-letter archive in schema ${schema} (PostgreSQL)`);
  const { report, ms } = await build(db, spec, log);
  await db.exec('create table rapporteur_bench_complete (built_at timestamptz default now())');
  return { db, built: report, buildMs: ms, where: `schema ${schema}` };
}
