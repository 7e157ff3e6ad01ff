/**
 * What the two sides of the embedded database's own thread (pglite-thread.ts, pglite-thread-worker.ts)
 * say to each other. Every request has an id its answer carries; statements of a transaction carry
 * the transaction's number.
 */
import type { ErrorCode, ErrorLocation } from '../domain/errors.js';

export interface ThreadSetup {
  dataDir: string;
  bufferMB: number | undefined;
}

/**
 * Where a statement runs: outside any transaction, in the transaction of that number, or alone in
 * a transaction of its own planned for index scans (Database.indexScans).
 */
export type StatementTarget = number | null | 'index-scans';

export type ThreadRequest =
  | { id: number; op: 'query'; sql: string; params: unknown[]; tx: StatementTarget }
  | { id: number; op: 'exec'; sql: string; tx: StatementTarget }
  /** Answered once the transaction holds the engine (another one may be running before it). */
  | { id: number; op: 'begin'; tx: number }
  /** Answered once the transaction is committed or rolled back. */
  | { id: number; op: 'end'; tx: number; commit: boolean }
  | { id: number; op: 'close' };

/** An error as it crosses the threads: a RapError with its code, or any other with its own fields (PostgreSQL's `code`, `detail`...). */
export type ThreadError =
  | { rap: { code: ErrorCode; detail: string | undefined; location: ErrorLocation } }
  | { message: string; name: string; fields: Record<string, string | number> };

export type ThreadReply =
  | { opened: true }
  | { openFailed: ThreadError }
  | { id: number; rows: unknown[]; affectedRows: number }
  | { id: number; done: true }
  | { id: number; error: ThreadError };
