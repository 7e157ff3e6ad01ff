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
 * The settings of a server's index-scan connections (postgres-database.ts), and the embedded
 * engine's generic plans for a search's reads (GENERIC_PLANS in services/public-search.ts).
 */
const INDEX_SCAN_SETTINGS: ReadonlyArray<readonly [name: string, value: string]> = [
  ['enable_seqscan', 'off'], ['jit', 'off'], ['pg_trgm.similarity_threshold', '0.5'], ['pg_trgm.strict_word_similarity_threshold', '0.6'],
  ['plan_cache_mode', 'force_generic_plan'],
];
/** pg_trgm's own defaults, for when its library is not loaded yet. */
const TRGM_DEFAULTS: Record<string, string> = { 'pg_trgm.similarity_threshold': '0.3', 'pg_trgm.strict_word_similarity_threshold': '0.6' };

const setAll = (values: readonly string[]) =>
  `select ${INDEX_SCAN_SETTINGS.map(([name], i) => `set_config('${name}', '${values[i]}', false)`).join(', ')}`;

interface IndexScanMode {
  /** The index-scan settings for the statements queued from now on. */
  enter(): void;
  /** The session's own settings for the statements and transactions queued from now on. */
  leave(): void;
}

/**
 * The reads of a search each run on their own, so that they hold the engine for their own time
 * only, not while the other thread works between them, and with the index-scan settings. These
 * are the session's from the first such read until a statement or transaction of another kind
 * comes, for which the session's own values are put back: a search's reads in a row cost one
 * statement each, not a transaction and a statement setting them. Every call is queued on
 * PGlite's lock in the order it is made, so a statement runs under the settings in force when it
 * arrived.
 */
async function indexScanMode(db: Database): Promise<IndexScanMode> {
  const names = INDEX_SCAN_SETTINGS.map(([name]) => name);
  const { rows } = await db.query<Record<string, string | null>>(
    `select ${names.map((n, i) => `current_setting('${n}', true) as s${i}`).join(', ')}`,
  );
  const enterSql = setAll(INDEX_SCAN_SETTINGS.map(([, v]) => v));
  const leaveSql = setAll(names.map((n, i) => rows[0]![`s${i}`] ?? TRGM_DEFAULTS[n]!));
  let on = false;
  const flip = (sql: string, to: boolean) => {
    if (on === to) return;
    on = to;
    // Only the engine could fail this; the statement queued after it would report it.
    void db.query(sql).catch(() => undefined);
  };
  return { enter: () => flip(enterSql, true), leave: () => flip(leaveSql, false) };
}

function serve(db: Database, mode: IndexScanMode): void {
  const open = new Map<number, OpenTransaction>();
  const target = (tx: StatementTarget): Queryable => {
    if (tx === 'index-scans') {
      mode.enter();
      return db;
    }
    if (tx === null) {
      mode.leave();
      return db;
    }
    const t = open.get(tx);
    if (!t) throw new Error('Transaction is closed');
    return t.tx;
  };

  const begin = (beginId: number, number: number) => {
    mode.leave();
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
  async (db) => {
    serve(db, await indexScanMode(db));
    send({ opened: true });
  },
  (e: unknown) => send({ openFailed: toThreadError(e) }),
);
