/**
 * Re-seals every confidential value that is not sealed with the current key. The cipher given
 * holds the whole keyring: old keys open, the current key seals. Runs in batches, each its own
 * transaction, and may be run again at any time (a value already under the current key is left
 * alone), so an interrupted rotation is finished by running it again.
 */
import type { Actor } from '../domain/actor.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { SEALED_COLUMNS, type SealedColumn } from '../security/sealed-columns.js';
import type { Database } from '../store/database.js';
import { appendAudit } from '../store/audit.repo.js';

const BATCH = 200;

export interface RotationReport {
  /** Values re-sealed, by `table.column`. */
  resealed: Record<string, number>;
  /** Values still under another key afterwards (0 unless something wrote during the run with an old key). */
  remaining: number;
}

async function rotateColumn(db: Database, cipher: FieldCipher, col: SealedColumn, onProgress?: (done: number) => void): Promise<number> {
  let after = 0;
  let done = 0;
  for (;;) {
    const moved = await db.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: string; value: string | Uint8Array }>(
        `select id::text, ${col.column} as value from ${col.table} where id > $1 and ${col.column} is not null order by id limit ${BATCH} for update`,
        [after],
      );
      let changed = 0;
      for (const r of rows) {
        const value = typeof r.value === 'string' ? r.value : Buffer.from(r.value);
        if (cipher.keyIdOf(value) === cipher.currentKeyId) continue;
        const resealed = typeof value === 'string' ? cipher.seal(cipher.open(value, col.context), col.context) : cipher.sealBytes(cipher.openBytes(value, col.context), col.context);
        await tx.query(`update ${col.table} set ${col.column} = $1 where id = $2`, [resealed, r.id]);
        changed++;
      }
      if (rows.length > 0) after = Number(rows[rows.length - 1]!.id);
      return { read: rows.length, changed };
    });
    done += moved.changed;
    onProgress?.(done);
    if (moved.read < BATCH) return done;
  }
}

async function countOthers(db: Database, cipher: FieldCipher): Promise<number> {
  let n = 0;
  for (const col of SEALED_COLUMNS) {
    let after = 0;
    for (;;) {
      const { rows } = await db.query<{ id: string; value: string | Uint8Array }>(
        `select id::text, ${col.column} as value from ${col.table} where id > $1 and ${col.column} is not null order by id limit 1000`,
        [after],
      );
      for (const r of rows) if (cipher.keyIdOf(typeof r.value === 'string' ? r.value : Buffer.from(r.value)) !== cipher.currentKeyId) n++;
      if (rows.length < 1000) break;
      after = Number(rows[rows.length - 1]!.id);
    }
  }
  return n;
}

export async function rotateSealedValues(
  db: Database,
  cipher: FieldCipher,
  actor: Actor,
  onProgress?: (column: string, done: number) => void,
): Promise<RotationReport> {
  const resealed: Record<string, number> = {};
  for (const col of SEALED_COLUMNS) {
    const name = `${col.table}.${col.column}`;
    resealed[name] = await rotateColumn(db, cipher, col, (done) => onProgress?.(name, done));
  }
  const remaining = await countOthers(db, cipher);
  await db.transaction((tx) =>
    appendAudit(tx, { actorId: actor.userId, actor: actor.label, action: 'keys.rotate', entity: 'keyring', entityId: 'field-cipher', before: null, after: { currentKey: cipher.currentKeyId, resealed, remaining } }),
  );
  return { resealed, remaining };
}
