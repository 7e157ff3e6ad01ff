/**
 * Keeps the keys stored with every spelling of a person or an organisation as the code makes them
 * (domain/names.ts): when NAME_KEYS_VERSION moves on, every spelling is keyed again, in one
 * transaction, before the store is used. Merges already made stay; the new keys let the rules find
 * the pairs they now join among the spellings stored from then on.
 */
import { NAME_KEYS_VERSION, nameKeys } from '../domain/names.js';
import type { Database, Queryable } from './database.js';

const TABLES = { person: 'person_names', organization: 'organization_names' } as const;
/** Spellings updated per statement. */
const BATCH = 2_000;
/** Any constant: the advisory lock key of re-keying (two processes opening one PostgreSQL together). */
const REKEY_LOCK = 7_261_002;

async function rekeyTable(tx: Queryable, kind: keyof typeof TABLES): Promise<number> {
  const table = TABLES[kind];
  const { rows } = await tx.query<{ id: string | number; name: string }>(`select id, name from ${table} order by id`);
  for (let at = 0; at < rows.length; at += BATCH) {
    const batch = rows.slice(at, at + BATCH).map((r) => ({ id: Number(r.id), keys: nameKeys(kind, r.name) }));
    await tx.query(
      `update ${table} n set skeleton = k.skeleton, edit_keys = string_to_array(k.edit_keys, E'\\x1f')
         from unnest($1::bigint[], $2::text[], $3::text[]) as k(id, skeleton, edit_keys)
        where n.id = k.id`,
      [batch.map((b) => b.id), batch.map((b) => b.keys.skeleton), batch.map((b) => b.keys.editKeys.join('\x1f'))],
    );
  }
  return rows.length;
}

/** Keys every stored spelling again if the store's keys are older than the code's; returns the spellings keyed. */
export async function refreshNameKeys(db: Database, onNotice?: (line: string) => void): Promise<number> {
  const behind = async (q: Queryable) => (await q.query<{ version: number }>('select version from name_keys_version')).rows[0]!.version < NAME_KEYS_VERSION;
  if (!(await behind(db))) return 0;
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [REKEY_LOCK]);
    if (!(await behind(tx))) return 0;
    const { rows } = await tx.query<{ n: number }>('select (select count(*) from person_names)::int + (select count(*) from organization_names)::int as n');
    if (rows[0]!.n > 0) onNotice?.(`database: keying ${rows[0]!.n.toLocaleString('en')} stored spellings again for the new name rules (once; about 1 s per 10,000)`);
    const keyed = (await rekeyTable(tx, 'person')) + (await rekeyTable(tx, 'organization'));
    await tx.query('update name_keys_version set version = $1', [NAME_KEYS_VERSION]);
    return keyed;
  });
}
