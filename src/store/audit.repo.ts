/**
 * The audit trail in the database: appended in the transaction of the change it records, read
 * back per record (the history of a case or letter) or whole (verification). Appends take a
 * transaction-scoped advisory lock so that entries are numbered and chained one after another,
 * whatever the number of server processes.
 */
import { chainEntry, type AuditChange, type AuditEntry } from '../domain/audit-chain.js';
import type { Queryable } from './database.js';

/** Any constant: the advisory lock key of the audit chain. */
const AUDIT_LOCK = 7_261_003;

interface AuditRow {
  seq: string | number;
  at: Date | string;
  actor_id: string | number | null;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  prev_hash: string;
  hash: string;
}

const COLUMNS = 'seq, at, actor_id, actor, action, entity, entity_id, before, after, prev_hash, hash';

function toEntry(r: AuditRow): AuditEntry {
  return {
    seq: Number(r.seq),
    at: r.at instanceof Date ? r.at : new Date(r.at),
    actorId: r.actor_id === null ? null : Number(r.actor_id),
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before,
    after: r.after,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/**
 * Appends changes to the trail. Must run inside the transaction that makes the change, so that
 * the change and its entry are committed together or not at all.
 */
export async function appendAudit(tx: Queryable, ...changes: AuditChange[]): Promise<AuditEntry[]> {
  if (changes.length === 0) return [];
  await tx.query('select pg_advisory_xact_lock($1)', [AUDIT_LOCK]);
  const last = await tx.query<{ seq: string | number; hash: string }>('select seq, hash from audit_log order by seq desc limit 1');
  let previous = last.rows[0] ? { seq: Number(last.rows[0].seq), hash: last.rows[0].hash } : null;
  // Milliseconds, as the hash reads the time back from the database.
  const at = new Date();
  const entries: AuditEntry[] = [];
  for (const change of changes) {
    const entry = chainEntry(change, at, previous);
    await tx.query(
      `insert into audit_log (${COLUMNS}) values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11)`,
      [entry.seq, entry.at, entry.actorId, entry.actor, entry.action, entry.entity, entry.entityId,
        entry.before === null ? null : JSON.stringify(entry.before), entry.after === null ? null : JSON.stringify(entry.after),
        entry.prevHash, entry.hash],
    );
    entries.push(entry);
    previous = entry;
  }
  return entries;
}

/** The history of one record, oldest first. */
export async function historyOf(db: Queryable, entity: string, entityId: string, limit = 500): Promise<AuditEntry[]> {
  const { rows } = await db.query<AuditRow>(
    `select ${COLUMNS} from audit_log where entity = $1 and entity_id = $2 order by seq limit $3`,
    [entity, entityId, limit],
  );
  return rows.map(toEntry);
}

/** The newest entries of one record's history, newest first (a page shows these). */
export async function latestHistoryOf(db: Queryable, entity: string, entityId: string, limit = 500): Promise<AuditEntry[]> {
  const { rows } = await db.query<AuditRow>(
    `select ${COLUMNS} from audit_log where entity = $1 and entity_id = $2 order by seq desc limit $3`,
    [entity, entityId, limit],
  );
  return rows.map(toEntry);
}

/** The histories of several records of the trail (a case and what belongs to it), oldest first. */
export async function historyOfAny(db: Queryable, records: Array<{ entity: string; entityId: string }>, limit = 500): Promise<AuditEntry[]> {
  if (records.length === 0) return [];
  const { rows } = await db.query<AuditRow>(
    `select ${COLUMNS} from audit_log a
      where (a.entity, a.entity_id) in (select * from unnest($1::text[], $2::text[]))
      order by seq limit $3`,
    [records.map((r) => r.entity), records.map((r) => r.entityId), limit],
  );
  return rows.map(toEntry);
}

/** The newest entries of the whole trail (the admin's view). */
export async function latestEntries(db: Queryable, { before, limit = 100 }: { before?: number; limit?: number } = {}): Promise<AuditEntry[]> {
  const { rows } = await db.query<AuditRow>(
    `select ${COLUMNS} from audit_log where $1::bigint is null or seq < $1 order by seq desc limit $2`,
    [before ?? null, limit],
  );
  return rows.map(toEntry);
}

/** Every entry in stored order, a page at a time (verification walks the whole trail). */
export async function* allEntries(db: Queryable, pageSize = 2000): AsyncGenerator<AuditEntry> {
  // Ordered by the physical insertion order the sequence numbers claim; a reordering shows as a break.
  let after = 0;
  for (;;) {
    const { rows } = await db.query<AuditRow>(`select ${COLUMNS} from audit_log where seq > $1 order by seq limit $2`, [after, pageSize]);
    if (rows.length === 0) return;
    for (const r of rows) yield toEntry(r);
    after = Number(rows[rows.length - 1]!.seq);
  }
}
