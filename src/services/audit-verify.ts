/** Walks the whole audit trail and checks its hash chain (see domain/audit-chain.ts). */
import { ChainVerifier, type AuditEntry, type ChainBreak } from '../domain/audit-chain.js';
import type { Queryable } from '../store/database.js';
import { allEntries } from '../store/audit.repo.js';

export interface TrailReport {
  /** Entries read (up to and including the first broken one). */
  count: number;
  /** The last entry that held. */
  head: { seq: number; hash: string } | null;
  broken: (ChainBreak & { entry: Pick<AuditEntry, 'at' | 'actor' | 'action' | 'entity' | 'entityId'> }) | null;
}

export async function verifyAuditTrail(db: Queryable, onProgress?: (checked: number) => void): Promise<TrailReport> {
  const verifier = new ChainVerifier();
  for await (const entry of allEntries(db)) {
    const broken = verifier.next(entry);
    if (broken) {
      const { at, actor, action, entity, entityId } = entry;
      return { count: verifier.count, head: verifier.head, broken: { ...broken, entry: { at, actor, action, entity, entityId } } };
    }
    if (onProgress && verifier.count % 10_000 === 0) onProgress(verifier.count);
  }
  return { count: verifier.count, head: verifier.head, broken: null };
}
