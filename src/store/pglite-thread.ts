/**
 * The embedded database in a worker thread of its own. PGlite runs PostgreSQL in the thread that
 * calls it: in a server, its statements and the pages rendered from their rows took turns on one
 * core. Here the engine works on another core while this thread parses requests, renders pages
 * and searches the public index; statements and their rows cross between the threads as messages.
 * The Database it gives behaves as the in-process one (pglite-database.ts), transactions and
 * errors included.
 */
import { Worker } from 'node:worker_threads';
import { RapError } from '../domain/errors.js';
import type { Database, QueryResult, Queryable } from './database.js';
import type { StatementTarget, ThreadError, ThreadReply, ThreadRequest, ThreadSetup } from './pglite-thread-messages.js';

/** A request before its id is given. */
type Request = ThreadRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

interface Pending {
  resolve: (reply: ThreadReply) => void;
  reject: (e: Error) => void;
}

function fromThreadError(e: ThreadError): Error {
  if ('rap' in e) return new RapError(e.rap.code, e.rap.detail, e.rap.location);
  const error = new Error(e.message);
  error.name = e.name;
  Object.assign(error, e.fields);
  return error;
}

export async function openPgliteThread(dataDir: string, bufferMB?: number): Promise<Database> {
  const worker = new Worker(new URL('./pglite-thread-entry.mjs', import.meta.url), { workerData: { dataDir, bufferMB } satisfies ThreadSetup });
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let nextTransaction = 0;
  let stopped: Error | null = null;

  const opened = new Promise<void>((resolve, reject) => {
    worker.on('message', (reply: ThreadReply) => {
      if ('opened' in reply) return resolve();
      if ('openFailed' in reply) return reject(fromThreadError(reply.openFailed));
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if ('error' in reply) p.reject(fromThreadError(reply.error));
      else p.resolve(reply);
    });
    // A thread that dies fails what it held and everything asked after.
    const fail = (e: Error) => {
      stopped ??= e;
      reject(e);
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    };
    worker.on('error', (e) => fail(new Error(`the database thread failed: ${e.message}`)));
    worker.on('exit', (code) => fail(new Error(`the database thread stopped (exit code ${code})`)));
  });

  const ask = (request: Request): Promise<ThreadReply> => {
    if (stopped) return Promise.reject(stopped);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id } as ThreadRequest);
    });
  };

  const queryable = (tx: StatementTarget): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []): Promise<QueryResult<T>> {
      const reply = await ask({ op: 'query', sql, params, tx });
      return 'rows' in reply ? { rows: reply.rows as T[], affectedRows: reply.affectedRows } : { rows: [], affectedRows: 0 };
    },
    async exec(sql: string): Promise<void> {
      await ask({ op: 'exec', sql, tx });
    },
  });

  try {
    await opened;
  } catch (e) {
    await worker.terminate();
    throw e;
  }
  const outside = queryable(null);
  return {
    kind: 'pglite',
    query: outside.query,
    exec: outside.exec,
    // As a server's connections for them do: a search's reads then keep the engine only while each runs.
    indexScans: queryable('index-scans'),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const tx = nextTransaction++;
      await ask({ op: 'begin', tx });
      let result: T;
      try {
        result = await fn(queryable(tx));
      } catch (e) {
        await ask({ op: 'end', tx, commit: false }).catch(() => undefined);
        throw e;
      }
      await ask({ op: 'end', tx, commit: true });
      return result;
    },
    async close() {
      if (stopped) return;
      try {
        await ask({ op: 'close' });
      } finally {
        stopped = new Error('PGlite is closed'); // as the engine itself says in-process
        await worker.terminate();
      }
    },
  };
}
