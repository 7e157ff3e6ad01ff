/**
 * Publication: a letter becomes public when its publication date has come, with its replies.
 * `publishDue` copies what is due into the public tables in batches, each batch one transaction;
 * publishers on several nodes take turns on an advisory lock, so running it anywhere, at the same
 * time or twice in a row, publishes each letter once.
 */
import { systemActor } from '../domain/actor.js';
import type { AuditChange } from '../domain/audit-chain.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { appendAudit } from '../store/audit.repo.js';
import { refreshRedactedCopy } from './redacted-copy.js';
import type { Database } from '../store/database.js';
import {
  dropPublicCopy, dueLetterIds, dueSentLetterIds, publishLetters, publishReplies, takePublicationTurn, tidyPublicTables, withdrawNotDue,
} from '../store/publication.repo.js';

export interface PublishReport {
  /** Letters made public for the first time. */
  published: number;
  /** Public letters copied again because the private letter changed (re-imported). */
  refreshed: number;
  /** Public letters taken down because they are no longer due. */
  withdrawn: number;
  replies: number;
  /** Sent letters whose public copy could not be made again: they wait (see the letter's page). */
  heldBack: number;
}

export interface PublishOptions {
  /** The day publication is judged on, `YYYY-MM-DD`; today by default. */
  asOf?: string;
  batchSize?: number;
  onProgress?: (report: PublishReport) => void;
  /** Vacuum the public tables when a run changed at least this many letters and replies (default 1,000). */
  tidyAfter?: number;
  /**
   * The key of confidential fields: a sent letter whose cases have confidential events is held
   * back without it, since their words could not be hidden in its public copy.
   */
  cipher?: FieldCipher;
}

/**
 * A run that published or changed this many documents vacuums the public tables after it (an
 * import's first publication, a bulk load); the hourly trickle leaves it to the next big one, or
 * to PostgreSQL's autovacuum. On 50,000 letters it took searches from 59 to 34 ms on average.
 */
const TIDY_AFTER = 1000;

const PUBLICATION = systemActor('publication');

/** A publication's entry in the letter's history. */
const letterChange = (action: string, reference: string, after: Record<string, unknown>): AuditChange => ({
  actorId: null, actor: PUBLICATION.label, action, entity: 'communication', entityId: reference, before: null, after,
});

export const today = (): string => new Date().toISOString().slice(0, 10);

export async function publishDue(db: Database, { asOf = today(), batchSize = 250, onProgress, tidyAfter = TIDY_AFTER, cipher }: PublishOptions = {}): Promise<PublishReport> {
  const report: PublishReport = { published: 0, refreshed: 0, withdrawn: 0, replies: 0, heldBack: 0 };
  // A consent withdrawn or a passage marked since the letter was sent must hold on the day it goes
  // public: the public copies of the sent letters now due are made again first.
  // A copy that cannot be made again is dropped: the letter waits rather than going out with an old one.
  for (const id of await dueSentLetterIds(db, asOf)) {
    try {
      await db.transaction((tx) => refreshRedactedCopy(tx, id, undefined, cipher));
    } catch {
      await dropPublicCopy(db, id);
      report.heldBack++;
    }
  }
  report.withdrawn = await db.transaction(async (tx) => {
    await takePublicationTurn(tx);
    const withdrawn = await withdrawNotDue(tx, asOf);
    await appendAudit(tx, ...withdrawn.map((reference) => letterChange('letter.withdraw', reference, { asOf })));
    return withdrawn.length;
  });
  for (;;) {
    const done = await db.transaction(async (tx) => {
      await takePublicationTurn(tx);
      const ids = await dueLetterIds(tx, asOf, batchSize);
      const { added, refreshed, addedReferences, refreshedReferences } = await publishLetters(tx, asOf, ids);
      await appendAudit(
        tx,
        ...addedReferences.map((reference) => letterChange('letter.publish', reference, { asOf })),
        ...refreshedReferences.map((reference) => letterChange('letter.republish', reference, { asOf })),
      );
      report.published += added;
      report.refreshed += refreshed;
      return ids.length < batchSize;
    });
    onProgress?.({ ...report });
    if (done) break;
  }
  report.replies = await db.transaction(async (tx) => {
    await takePublicationTurn(tx);
    const replies = await publishReplies(tx);
    await appendAudit(tx, ...replies.map((r) => letterChange('reply.publish', r.reference, { replyId: r.replyId })));
    return replies.length;
  });
  if (report.published + report.refreshed + report.withdrawn + report.replies >= tidyAfter) await tidyPublicTables(db);
  return report;
}
