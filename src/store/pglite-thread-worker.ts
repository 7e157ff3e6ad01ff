/**
 * The worker side of the embedded database's own thread: it opens PGlite in the data directory
 * (taking its lock) and runs the statements it is sent, in order, outside or inside the
 * transactions it is asked to open.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isRapError } from '../domain/errors.js';
import type { Database, Queryable } from './database.js';
import { openPglite } from './pglite-database.js';
import type { StatementTarget, ThreadError, ThreadReply, ThreadRequest, ThreadSetup } from './pglite-thread-messages.js';

const port = parentPort!;
const setup = workerData as ThreadSetup;
const send = (reply: ThreadReply) => port.postMessage(reply);

function toThreadError(e: unknown): ThreadError {
  if (isRapError(e)) return { rap: { code: e.code, detail: e.detail, location: e.location } };
  if (!(e instanceof Error)) return { message: String(e), name: 'Error', fields: {} };
  const fields: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(e)) if (typeof v === 'string' || typeof v === 'number') fields[k] = v;
  return { message: e.message, name: e.name, fields };
}

/** A transaction's statements go to its own Queryable; `end` settles it, and its answer goes to the `end` request. */
interface OpenTransaction {
  tx: Queryable;
  end(commit: boolean, requestId: number): void;
}

const ROLLBACK = Symbol('rolled back on request');

/**
 * The settings of a server's index-scan connections (postgres-database.ts), for one statement's
 * transaction: the reads of a search then hold the engine for their own time only, not while the
 * other thread works between them.
 */
const INDEX_SCAN_SETTINGS = `select set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true),
  set_config('pg_trgm.similarity_threshold', '0.5', true), set_config('pg_trgm.strict_word_similarity_threshold', '0.6', true)`;

function serve(db: Database): void {
  const open = new Map<number, OpenTransaction>();
  const indexScans: Queryable = {
    query: (sql, params) => db.transaction(async (tx) => {
      await tx.query(INDEX_SCAN_SETTINGS);
      return tx.query(sql, params);
    }),
    exec: (sql) => db.transaction(async (tx) => {
      await tx.query(INDEX_SCAN_SETTINGS);
      await tx.exec(sql);
    }),
  };
  const target = (tx: StatementTarget): Queryable => {
    if (tx === null) return db;
    if (tx === 'index-scans') return indexScans;
    const t = open.get(tx);
    if (!t) throw new Error('Transaction is closed');
    return t.tx;
  };

  const begin = (beginId: number, number: number) => {
    let endId: number | null = null;
    db.transaction(async (tx) => {
      const commit = await new Promise<boolean>((settle) => {
        open.set(number, { tx, end: (c, requestId) => { endId = requestId; settle(c); } });
        send({ id: beginId, done: true });
      });
      if (!commit) throw ROLLBACK;
    }).then(
      () => ({ done: true as const }),
      (e: unknown) => (e === ROLLBACK ? { done: true as const } : { error: toThreadError(e) }),
    ).then((outcome) => {
      open.delete(number);
      // A transaction that could not start answers its `begin`; one that ran answers its `end`.
      send({ id: endId ?? beginId, ...outcome });
    });
  };

  port.on('message', (r: ThreadRequest) => {
    switch (r.op) {
      case 'query':
      case 'exec': {
        let run: Promise<ThreadReply>;
        try {
          const q = target(r.tx);
          run = r.op === 'query'
            ? q.query(r.sql, r.params).then((res) => ({ id: r.id, rows: res.rows, affectedRows: res.affectedRows }))
            : q.exec(r.sql).then(() => ({ id: r.id, done: true as const }));
        } catch (e) {
          run = Promise.reject(e);
        }
        void run.then(send, (e: unknown) => send({ id: r.id, error: toThreadError(e) }));
        return;
      }
      case 'begin':
        return begin(r.id, r.tx);
      case 'end': {
        const t = open.get(r.tx);
        if (!t) return send({ id: r.id, error: toThreadError(new Error('Transaction is closed')) });
        return t.end(r.commit, r.id);
      }
      case 'close':
        void db.close().then(
          () => send({ id: r.id, done: true }),
          (e: unknown) => send({ id: r.id, error: toThreadError(e) }),
        );
    }
  });
}

openPglite(setup.dataDir, setup.bufferMB).then(
  (db) => {
    serve(db);
    send({ opened: true });
  },
  (e: unknown) => send({ openFailed: toThreadError(e) }),
);
