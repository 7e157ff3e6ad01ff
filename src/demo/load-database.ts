/**
 * `rapporteur demo --database`: the synthetic archive written straight into the configured
 * database in bulk (no files, no extraction), then published, so that an archive of fifty
 * thousand letters exists in minutes for benchmarks and demos. The store must hold no letter.
 */
import { RapError } from '../domain/errors.js';
import type { Database } from '../store/database.js';
import { countCommunications } from '../store/communications.repo.js';
import { publishDue, type PublishReport } from '../services/publish.js';
import { advanceIdentities, fillStaffVectors, newBulkState, writeBatch } from './bulk-write.js';
import { batchesInProcess, batchesInWorker, type BatchOptions } from './record-batches.js';

export interface LoadOptions extends Omit<BatchOptions, 'batchSize'> {
  batchSize?: number;
  /** Generate in a worker thread (default true). */
  worker?: boolean;
  /** The publication day (default today). */
  asOf?: string;
  onProgress?: (p: LoadProgress) => void;
}

export interface LoadProgress {
  phase: 'write' | 'publish' | 'staff-index';
  letters: number;
  replies: number;
  published: number;
}

export interface LoadReport {
  letters: number;
  replies: number;
  persons: number;
  organizations: number;
  publication: PublishReport;
  writeMs: number;
  /** Publication and the staff search vectors. */
  publishMs: number;
}

export async function loadDemoDatabase(db: Database, o: LoadOptions): Promise<LoadReport> {
  const counts = await countCommunications(db);
  if (counts.imported + counts.placeholder > 0) {
    throw new RapError('RAP_ERR_USAGE', 'demo --database fills an empty database only; this one already holds letters');
  }
  const options: BatchOptions = { letters: o.letters, seed: o.seed, words: o.words, languages: o.languages, batchSize: o.batchSize ?? 200 };
  const batches = o.worker === false ? batchesInProcess(options) : batchesInWorker(options);
  const state = newBulkState();
  const progress: LoadProgress = { phase: 'write', letters: 0, replies: 0, published: 0 };
  const t0 = performance.now();
  for await (const batch of batches) {
    const written = await db.transaction((tx) => writeBatch(tx, state, batch));
    progress.letters += written.letters;
    progress.replies += written.replies;
    o.onProgress?.({ ...progress });
  }
  await advanceIdentities(db, state);
  const t1 = performance.now();
  progress.phase = 'publish';
  const publication = await publishDue(db, {
    ...(o.asOf ? { asOf: o.asOf } : {}),
    onProgress: (r) => o.onProgress?.({ ...progress, published: r.published + r.refreshed }),
  });
  progress.phase = 'staff-index';
  await fillStaffVectors(db, (done) => o.onProgress?.({ ...progress, published: done }));
  return {
    letters: progress.letters, replies: progress.replies, persons: state.person.maxId, organizations: state.organization.maxId,
    publication, writeMs: t1 - t0, publishMs: performance.now() - t1,
  };
}
