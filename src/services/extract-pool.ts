/**
 * Extraction in worker threads, so that an import reads and extracts the next files on another
 * core while the database writes the current one (PGlite runs on the main thread). The records
 * and errors that come back are the same as `extractFile` gives in-process.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { RapError, type ErrorCode, type ErrorLocation } from '../domain/errors.js';
import type { ExtractedFile } from './import-archive.js';

export interface WorkerRequest {
  id: number;
  path: string;
  /** Also compute the record's search vector (for an embedded database, whose one thread writes). */
  searchVector: boolean;
}

export type WorkerReply =
  | ({ id: number } & ExtractedFile)
  | { id: number; error: { code: ErrorCode; detail: string | undefined; location: ErrorLocation } | { message: string } };

export interface ExtractPool {
  extractFile(path: string): Promise<ExtractedFile>;
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Compute each record's search vector in the worker too. */
  searchVectors?: boolean;
}

/** Workers to use by default: every core but the one the database works on. */
export const defaultWorkers = (): number => Math.max(0, availableParallelism() - 1);

export function createExtractPool(size: number, { searchVectors = false }: PoolOptions = {}): ExtractPool {
  const pending = new Map<number, { worker: Worker; resolve: (r: ExtractedFile) => void; reject: (e: Error) => void }>();
  const load = new Map<Worker, number>();
  let nextId = 0;

  const settle = (reply: WorkerReply, worker: Worker) => {
    load.set(worker, (load.get(worker) ?? 1) - 1);
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if ('record' in reply) waiting.resolve({ record: reply.record, searchVector: reply.searchVector ?? null });
    else if ('code' in reply.error) waiting.reject(new RapError(reply.error.code, reply.error.detail, reply.error.location));
    else waiting.reject(new Error(reply.error.message));
  };

  for (let i = 0; i < size; i++) {
    const worker = new Worker(new URL('./extract-worker-entry.mjs', import.meta.url));
    worker.on('message', (reply: WorkerReply) => settle(reply, worker));
    // A worker that dies fails the files it held, and takes no more.
    const fail = (e: Error) => {
      load.delete(worker);
      for (const [id, p] of pending) {
        if (p.worker !== worker) continue;
        pending.delete(id);
        p.reject(e);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the extraction worker stopped (exit code ${code})`)));
    worker.unref();
    load.set(worker, 0);
  }

  return {
    extractFile(path) {
      // The least busy worker takes the file; requests queue inside each worker.
      const least = [...load.entries()].sort((a, b) => a[1] - b[1])[0];
      if (!least) return Promise.reject(new Error('no extraction worker is running'));
      const [worker] = least;
      const id = nextId++;
      load.set(worker, load.get(worker)! + 1);
      return new Promise<ExtractedFile>((resolve, reject) => {
        pending.set(id, { worker, resolve, reject });
        worker.postMessage({ id, path, searchVector: searchVectors } satisfies WorkerRequest);
      });
    },
    async close() {
      const workers = [...load.keys()];
      load.clear();
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
