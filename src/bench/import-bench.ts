/**
 * Import end to end: generated letters (and their replies) written as files to a temporary folder,
 * then imported through the import service into a fresh PGlite data directory. The database is
 * created (and migrated) before the clock starts. Target: 100 letters a second.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeArchive } from '../demo/write-archive.js';
import { extractFile } from '../services/extract-file.js';
import { createExtractPool, defaultWorkers } from '../services/extract-pool.js';
import { importArchive } from '../services/import-archive.js';
import { openDatabase } from '../store/database.js';
import type { Benchmark, BenchResult } from './benchmark.js';
import { round, summarize } from './stats.js';

export const importBench: Benchmark = {
  name: 'import',
  description: 'letters per second from files into a fresh PGlite database, end to end',
  async run({ scale, log }): Promise<BenchResult> {
    const name = this.name;
    const letters = Math.max(20, Math.round(1000 * scale));
    const root = await mkdtemp(join(tmpdir(), 'rapporteur-bench-'));
    try {
      const archive = join(root, 'archive');
      log(`import: writing ${letters} letters and their replies to ${archive}`);
      const written = await writeArchive({ letters, seed: 8, words: 3000, languages: ['en', 'fr', 'es'], out: archive });
      log('import: creating a fresh PGlite database');
      const db = await openDatabase({ dataDir: join(root, 'data') });
      // As `rapporteur import` does: extraction in worker threads on the other cores, when there are any.
      const workers = defaultWorkers();
      const pool = workers > 0 ? createExtractPool(workers, { searchVectors: true }) : null;
      try {
        // Like the database, the workers (and their search engines) are started before the clock.
        await pool?.ready;
        log(`import: importing ${written.files} files`);
        const gaps: number[] = [];
        let last = performance.now();
        const t0 = last;
        const summary = await importArchive(
          { db, extractFile: pool ? pool.extractFile : async (p) => ({ record: await extractFile(p) }), whileWaiting: pool?.whileWaiting, onProgress: () => { const now = performance.now(); gaps.push(now - last); last = now; } },
          [archive],
        );
        const totalMs = performance.now() - t0;
        const s = summarize(gaps);
        const letterRate = (written.letters / totalMs) * 1000;
        return {
          name, status: summary.failed.length ? 'failed' : 'ok', count: written.letters, unit: 'letters',
          rate: round(letterRate, 1), target: 100, met: letterRate >= 100,
          p50Ms: round(s.p50Ms, 2), p95Ms: round(s.p95Ms, 2), totalMs: round(totalMs, 0),
          ...(summary.failed.length ? { note: `${summary.failed.length} files failed to import` } : {}),
          details: {
            files: summary.files, replies: written.replies, extractionWorkers: workers, filesPerSecond: round((summary.files / totalMs) * 1000, 1),
            imported: summary.imported, byKind: summary.byKind, failed: summary.failed.slice(0, 5), perFile: 'p50/p95 are per file (letters and replies)',
          },
        };
      } finally {
        await pool?.close();
        await db.close();
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
};
