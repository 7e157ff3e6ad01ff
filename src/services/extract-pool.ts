/**
 * Extraction in worker threads, so that an import reads and extracts the next files on other
 * cores while the database writes the current one (PGlite runs on the main thread). The records
 * and errors that come back are the same as `extractFile` gives in-process.
 *
 * Files wait in a queue here and each worker holds at most four at a time, so a file nobody has
 * started can still be taken back: while the import waits for one file, `whileWaiting` extracts
 * the next queued files in this thread instead of idling (without a search vector: the store
 * computes it in its statement). The two threads then share the work whichever is slower.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { RapError, type ErrorCode, type ErrorLocation } from '../domain/errors.js';
import { extractFile as extractInProcess } from './extract-file.js';
import type { ExtractedFile } from './import-archive.js';

export interface WorkerRequest {
  id: number;
  path: string;
}

/** What a worker is started with. */
export interface WorkerSetup {
  /** Also compute each record's search vector (for an embedded database, whose one thread writes). */
  searchVectors: boolean;
}

export type FileReply =
  | ({ id: number } & ExtractedFile)
  | { id: number; error: { code: ErrorCode; detail: string | undefined; location: ErrorLocation } | { message: string } };

export type WorkerReply = { ready: true } | FileReply;

export interface ExtractPool {
  /** Resolves when every worker has loaded (and started its search engine, when it computes vectors). */
  ready: Promise<void>;
  extractFile(path: string): Promise<ExtractedFile>;
  /** Until `pending` settles, extracts queued files in this thread, one at a time, while any is left. */
  whileWaiting(pending: Promise<unknown>): Promise<void>;
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Compute each record's search vector in the worker too. */
  searchVectors?: boolean;
}

/** Workers to use by default: every core but the one the database works on. */
export const defaultWorkers = (): number => Math.max(0, availableParallelism() - 1);

/**
 * Files a worker holds at once: the one it extracts and three more, so that it seldom waits for
 * this thread, which hands out files only between its statements. With two, the worker stood
 * idle 10-25% of an import; four gave 1-2.5% more letters a second in each of six alternated runs.
 */
const PER_WORKER = 4;

interface Task {
  id: number;
  path: string;
  resolve: (r: ExtractedFile) => void;
  reject: (e: Error) => void;
}

function replyToResult(reply: FileReply, task: Task): void {
  if ('record' in reply) task.resolve({ record: reply.record, searchVector: reply.searchVector ?? null });
  else if ('code' in reply.error) task.reject(new RapError(reply.error.code, reply.error.detail, reply.error.location));
  else task.reject(new Error(reply.error.message));
}

export function createExtractPool(size: number, { searchVectors = false }: PoolOptions = {}): ExtractPool {
  const queue: Task[] = [];
  const held = new Map<Worker, Map<number, Task>>();
  const started: Array<Promise<void>> = [];
  let nextId = 0;

  const dispatch = () => {
    for (const [worker, tasks] of held) {
      while (tasks.size < PER_WORKER && queue.length > 0) {
        const task = queue.shift()!;
        tasks.set(task.id, task);
        worker.postMessage({ id: task.id, path: task.path } satisfies WorkerRequest);
      }
    }
  };

  for (let i = 0; i < size; i++) {
    const worker = new Worker(new URL('./extract-worker-entry.mjs', import.meta.url), { workerData: { searchVectors } satisfies WorkerSetup });
    const tasks = new Map<number, Task>();
    let signalReady!: () => void;
    started.push(new Promise<void>((resolve) => { signalReady = resolve; }));
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) return signalReady();
      const task = tasks.get(reply.id);
      if (!task) return;
      tasks.delete(reply.id);
      replyToResult(reply, task);
      dispatch();
    });
    // A worker that dies fails the files it held, and takes no more.
    const fail = (e: Error) => {
      signalReady(); // a worker that died is as ready as it will be
      held.delete(worker);
      for (const task of tasks.values()) task.reject(e);
      tasks.clear();
      if (held.size === 0) for (const task of queue.splice(0)) task.reject(new Error('no extraction worker is running'));
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the extraction worker stopped (exit code ${code})`)));
    worker.unref();
    held.set(worker, tasks);
  }

  return {
    ready: Promise.all(started).then(() => undefined),
    extractFile(path) {
      if (held.size === 0) return Promise.reject(new Error('no extraction worker is running'));
      return new Promise<ExtractedFile>((resolve, reject) => {
        queue.push({ id: nextId++, path, resolve, reject });
        dispatch();
      });
    },
    async whileWaiting(pending) {
      let settled = false;
      const mark = () => { settled = true; };
      pending.then(mark, mark);
      // Let a reply that has already arrived settle `pending` before taking more work.
      await new Promise<void>((r) => setImmediate(r));
      while (!settled && queue.length > 0) {
        const task = queue.shift()!;
        await extractInProcess(task.path).then((record) => task.resolve({ record, searchVector: null }), task.reject);
      }
    },
    async close() {
      const workers = [...held.keys()];
      held.clear();
      for (const task of queue.splice(0)) task.reject(new Error('the extraction pool was closed'));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
