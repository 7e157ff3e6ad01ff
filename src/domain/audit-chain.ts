/**
 * The audit trail as a hash chain. Each entry's hash covers its own fields and the hash of the
 * entry before it, so that changing, removing or reordering any entry breaks every link after it:
 * `verifyChain` names the first entry that no longer fits. Pure: the store appends and reads.
 */
import { createHash } from 'node:crypto';

/** The `prev_hash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a confidential value is written as, before and after: the trail says it changed, never what it is. */
export const CONFIDENTIAL_VALUE = '[confidential]';

export type AuditValue = Record<string, unknown> | null;

/** One change, as the writer gives it. */
export interface AuditChange {
  actorId: number | null;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before: AuditValue;
  after: AuditValue;
}

/** One entry of the trail as stored. */
export interface AuditEntry extends AuditChange {
  seq: number;
  at: Date;
  prevHash: string;
  hash: string;
}

/** JSON with object keys sorted at every depth: the same value always gives the same text (as jsonb keeps it). */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  if (typeof value === 'bigint') return JSON.stringify(value.toString());
  return JSON.stringify(value);
}

export function entryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const body = canonicalJson({
    seq: entry.seq,
    at: entry.at.toISOString(),
    actorId: entry.actorId,
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before,
    after: entry.after,
    prevHash: entry.prevHash,
  });
  return createHash('sha256').update(body).digest('hex');
}

/** The entry that follows `previous` (null for the first): its sequence number, link and hash. */
export function chainEntry(change: AuditChange, at: Date, previous: { seq: number; hash: string } | null): AuditEntry {
  const entry = { ...change, seq: (previous?.seq ?? 0) + 1, at, prevHash: previous?.hash ?? GENESIS_HASH };
  return { ...entry, hash: entryHash(entry) };
}

export type ChainBreak =
  | { seq: number; problem: 'edited'; detail: string }
  | { seq: number; problem: 'missing'; detail: string }
  | { seq: number; problem: 'relinked'; detail: string };

/**
 * Walks entries in stored order and returns the first break, or null when the chain holds.
 * Carries the state between calls (`state`) so that a long trail can be read in pages.
 */
export class ChainVerifier {
  private previous: { seq: number; hash: string } | null = null;
  count = 0;

  /** Checks the next entry; returns the break it shows, if any. */
  next(entry: AuditEntry): ChainBreak | null {
    const expectedSeq = (this.previous?.seq ?? 0) + 1;
    const expectedPrev = this.previous?.hash ?? GENESIS_HASH;
    this.count++;
    if (entry.seq !== expectedSeq) {
      return {
        seq: entry.seq,
        problem: 'missing',
        detail: entry.seq > expectedSeq ? `entries ${expectedSeq}–${entry.seq - 1} are missing` : `entry ${entry.seq} comes after entry ${expectedSeq - 1}`,
      };
    }
    if (entry.prevHash !== expectedPrev) return { seq: entry.seq, problem: 'relinked', detail: 'its link does not match the hash of the entry before it' };
    if (entryHash(entry) !== entry.hash) return { seq: entry.seq, problem: 'edited', detail: 'its content does not match its hash' };
    this.previous = { seq: entry.seq, hash: entry.hash };
    return null;
  }

  /** The last entry that held: the chain's head, to be compared with a copy kept elsewhere. */
  get head(): { seq: number; hash: string } | null {
    return this.previous;
  }
}

/** Verifies a whole chain held in memory. */
export function verifyChain(entries: Iterable<AuditEntry>): { break: ChainBreak | null; count: number; head: { seq: number; hash: string } | null } {
  const v = new ChainVerifier();
  for (const e of entries) {
    const broken = v.next(e);
    if (broken) return { break: broken, count: v.count, head: v.head };
  }
  return { break: null, count: v.count, head: v.head };
}
