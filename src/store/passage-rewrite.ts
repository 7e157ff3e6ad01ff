/**
 * The public passages stored before migration 0025 rewritten once, each whole in its row, when
 * that migration found passages already stored. A vector is stored again only when it is a new
 * value (VACUUM FULL alone moves a compressed one back into the row still compressed): each is
 * made anew, then the table is compacted: for a million passages, 50 s on PostgreSQL and 95 s on
 * the embedded database here; searches wait meanwhile.
 */
import type { Database } from './database.js';

export async function rewriteOldPassages(db: Database, onNotice?: (line: string) => void): Promise<boolean> {
  const { rows } = await db.query('select 1 from passages_rewrite_pending');
  if (rows.length === 0) return false;
  onNotice?.('Rewriting the public passages once, each whole in its row (migration 0025): one to two minutes a million passages.');
  await db.transaction(async (tx) => {
    await tx.query(`update public_passages set vector = vector || ''::tsvector`);
    await tx.query('delete from passages_rewrite_pending');
  });
  await db.exec('vacuum full public_passages');
  return true;
}
