/**
 * The benchmark's 200 queries, the same for an archive and a seed: one to three words mixing
 * words most letters contain, words few contain (taken from passages of letters picked at
 * random), persons' names as the letters spell them, and references with and without the type.
 */
import { Rng } from '../demo/prng.js';
import type { Queryable } from '../store/database.js';

export type QueryKind = 'common' | 'rare' | 'mixed' | 'person' | 'reference';

export interface BenchQuery {
  kind: QueryKind;
  text: string;
}

// Words of the generated letters' formulas and themes: each is in thousands of letters.
const COMMON = [
  'detention', 'human rights', 'torture', 'journalist', 'arrest', 'defenders', 'freedom of expression', 'government',
  'information', 'law', 'allegations', 'police', 'peaceful assembly', 'court', 'prison', 'lawyer', 'threats',
  'détention', 'derechos humanos', 'liberté', 'arbitrary detention', 'concern', 'charges', 'family', 'investigation',
];

const WORD = /\p{L}{7,}/gu;

async function sample<T>(db: Queryable, sql: string, params: unknown[]): Promise<T[]> {
  return (await db.query<T>(sql, params)).rows;
}

export async function benchQueries(db: Queryable, seed: number, count = 200): Promise<BenchQuery[]> {
  const rng = new Rng(seed);
  const { rows } = await db.query<{ n: string }>('select max(communication_id) as n from public_letters');
  const maxId = Number(rows[0]?.n ?? 0);
  const ids = Array.from({ length: 120 }, () => rng.int(1, maxId));
  const passages = await sample<{ text: string }>(db,
    `select distinct on (communication_id) text from public_passages where communication_id = any($1::bigint[]) and reply_id is null
      order by communication_id, ordinal desc`, [ids.slice(0, 60)]);
  const names = await sample<{ name: string }>(db,
    `select distinct on (m.communication_id) m.name from person_mentions m join public_letters l on l.communication_id = m.communication_id
      where m.communication_id = any($1::bigint[]) order by m.communication_id, m.id`, [ids.slice(60, 90)]);
  const refs = await sample<{ reference_text: string; reference_key: string }>(db,
    'select reference_text, reference_key from public_letters where communication_id = any($1::bigint[]) order by communication_id', [ids.slice(90)]);
  const rare = passages.flatMap((p) => rng.sample(p.text.match(WORD) ?? [], 2));

  const out: BenchQuery[] = [];
  const plan: QueryKind[] = [];
  for (let i = 0; i < count; i++) plan.push(rng.weighted<QueryKind>([['common', 30], ['rare', 25], ['mixed', 20], ['person', 13], ['reference', 12]]));
  for (const kind of plan) {
    if (kind === 'common') out.push({ kind, text: rng.sample(COMMON, rng.int(1, 2)).join(' ') });
    else if (kind === 'rare' && rare.length) out.push({ kind, text: rng.sample(rare, rng.int(1, 2)).join(' ') });
    else if (kind === 'mixed' && rare.length) out.push({ kind, text: `${rng.pick(COMMON)} ${rng.pick(rare)}` });
    else if (kind === 'person' && names.length) {
      const name = rng.pick(names).name;
      out.push({ kind, text: rng.chance(0.5) ? name : name.split(' ').pop()! });
    } else if (kind === 'reference' && refs.length) {
      const r = rng.pick(refs);
      out.push({ kind, text: rng.chance(0.5) ? r.reference_text : r.reference_key });
    } else out.push({ kind: 'common', text: rng.pick(COMMON) });
  }
  return out;
}
