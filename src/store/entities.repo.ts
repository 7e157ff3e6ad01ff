/**
 * Persons and organisations named across letters: the entities, every spelling seen, the
 * mentions in documents and the merges between entities. Both kinds have the same tables
 * (persons / person_names / person_mentions / person_merges, and organizations / ...), so one
 * set of statements serves both. SQL only: the rules that decide a merge are in domain/names.ts.
 */
import type { Queryable } from './database.js';
import type { NameKeys } from '../domain/names.js';

export type EntityKind = 'person' | 'organization';

const TABLES = {
  person: { entities: 'persons', names: 'person_names', mentions: 'person_mentions', merges: 'person_merges', owner: 'person_id' },
  organization: {
    entities: 'organizations',
    names: 'organization_names',
    mentions: 'organization_mentions',
    merges: 'organization_merges',
    owner: 'organization_id',
  },
} as const;

/** Where a mention stands: exactly one of the three. */
export interface MentionTarget {
  communicationId?: number;
  replyId?: number;
  sourceDocumentId?: number;
}

export type { NameKeys };

/** The entities owning each of these exact-match keys (lowest id first). */
export async function ownersByMatchKey(db: Queryable, kind: EntityKind, keys: string[]): Promise<Map<string, number[]>> {
  return (await ownersByMatchKeys(db, { [kind]: keys }))[kind];
}

/** `ownersByMatchKey` for persons and organisations in one round trip. */
export async function ownersByMatchKeys(
  db: Queryable,
  keys: Partial<Record<EntityKind, string[]>>,
): Promise<Record<EntityKind, Map<string, number[]>>> {
  const out: Record<EntityKind, Map<string, number[]>> = { person: new Map(), organization: new Map() };
  const kinds = (Object.keys(TABLES) as EntityKind[]).filter((k) => (keys[k]?.length ?? 0) > 0);
  if (kinds.length === 0) return out;
  const { rows } = await db.query<{ kind: EntityKind; match_key: string; owner: number }>(
    kinds
      .map((k, i) => `select distinct '${k}' as kind, match_key, ${TABLES[k].owner} as owner from ${TABLES[k].names} where match_key = any($${i + 1}::text[])`)
      .join(' union all ')
      .concat(' order by 3'),
    kinds.map((k) => keys[k]),
  );
  for (const r of rows) out[r.kind].set(r.match_key, [...(out[r.kind].get(r.match_key) ?? []), r.owner]);
  return out;
}

/** Lists travel as one text joined by the unit separator (a ragged text[][] cannot be unnested). */
const SEPARATOR = '\u001f';
const joinList = (items: string[]) => items.map((i) => i.replaceAll(SEPARATOR, ' ')).join(SEPARATOR);

export interface MentionsWrite {
  /** Entities to create, by group number (a group is one entity of the document). */
  newEntities: Array<{ group: number; displayName: string; gender?: 'female' | 'male' | null }>;
  /** Groups that found their entity among known spellings. */
  knownOwners: Array<{ group: number; owner: number }>;
  /** Spellings to record (a spelling an entity already has is not repeated). */
  names: Array<NameKeys & { group: number }>;
  mentions: Array<{ group: number; name: string; role: string | null; descriptors?: string[]; matchedBy: string }>;
}

/** The CTEs writing one kind's entities, spellings and mentions; parameters from `$first` on ($1-$3: the target). */
function mentionsCtes(kind: EntityKind, first: number): string {
  const t = TABLES[kind];
  const person = kind === 'person';
  const p = (n: number) => `$${first + n - 1}`;
  const k = kind === 'person' ? 'p' : 'o';
  return `${k}_fresh as materialized (
       select g.grp, nextval('${t.entities}_id_seq'::regclass) as id, g.display_name, g.gender
       from unnest(${p(1)}::int[], ${p(2)}::text[], ${p(3)}::text[]) as g(grp, display_name, gender)
     ), ${k}_new_entities as (
       insert into ${t.entities} (id, display_name${person ? ', gender' : ''})
       select id, display_name${person ? ', gender' : ''} from ${k}_fresh
     ), ${k}_owners as (
       select grp, id from ${k}_fresh
       union all
       select * from unnest(${p(4)}::int[], ${p(5)}::bigint[]) as k(grp, id)
     ), ${k}_new_names as (
       insert into ${t.names} (${t.owner}, name, match_key, folded, skeleton, edit_keys)
       select distinct on (o.id, n.name) o.id, n.name, n.match_key, n.folded, n.skeleton,
         string_to_array(n.edit_keys, E'\x1f')
       from unnest(${p(6)}::int[], ${p(7)}::text[], ${p(8)}::text[], ${p(9)}::text[], ${p(10)}::text[], ${p(16)}::text[])
         as n(grp, name, match_key, folded, skeleton, edit_keys)
       join ${k}_owners o on o.grp = n.grp
       where not exists (select 1 from ${t.names} x where x.${t.owner} = o.id and x.name = n.name)
     ), ${k}_new_mentions as (
       insert into ${t.mentions} (${t.owner}, name, role, ${person ? 'descriptors, ' : ''}matched_by,
         communication_id, reply_id, source_document_id)
       select o.id, m.name, m.role, ${person ? "string_to_array(m.descriptors, E'\\x1f'), " : ''}
         m.matched_by, $1::bigint, $2::bigint, $3::bigint
       from unnest(${p(11)}::int[], ${p(12)}::text[], ${p(13)}::text[], ${p(14)}::text[], ${p(15)}::text[])
         with ordinality as m(grp, name, role, descriptors, matched_by, position)
       join ${k}_owners o on o.grp = m.grp
       order by m.position -- ids in the document's order, whatever the join
     )`;
}

function mentionsParams(w: MentionsWrite): unknown[] {
  return [
    w.newEntities.map((e) => e.group), w.newEntities.map((e) => e.displayName), w.newEntities.map((e) => e.gender ?? null),
    w.knownOwners.map((k) => k.group), w.knownOwners.map((k) => k.owner),
    w.names.map((n) => n.group), w.names.map((n) => n.name), w.names.map((n) => n.matchKey), w.names.map((n) => n.folded),
    w.names.map((n) => n.skeleton),
    w.mentions.map((m) => m.group), w.mentions.map((m) => m.name), w.mentions.map((m) => m.role),
    w.mentions.map((m) => joinList(m.descriptors ?? [])), w.mentions.map((m) => m.matchedBy),
    w.names.map((n) => joinList(n.editKeys)),
  ];
}

/**
 * Creates the new entities, records the spellings and writes the mentions of one document in
 * one statement; returns the entity of each group.
 */
export async function writeMentions(db: Queryable, kind: EntityKind, target: MentionTarget, w: MentionsWrite): Promise<Map<number, number>> {
  return (await writeMentionsOfKinds(db, target, { [kind]: w }))[kind];
}

/** `writeMentions` for persons and organisations in one statement. */
export async function writeMentionsOfKinds(
  db: Queryable,
  target: MentionTarget,
  writes: Partial<Record<EntityKind, MentionsWrite>>,
): Promise<Record<EntityKind, Map<number, number>>> {
  const out: Record<EntityKind, Map<number, number>> = { person: new Map(), organization: new Map() };
  const kinds = (Object.keys(TABLES) as EntityKind[]).filter((k) => writes[k] !== undefined);
  if (kinds.length === 0) return out;
  const params: unknown[] = [target.communicationId ?? null, target.replyId ?? null, target.sourceDocumentId ?? null];
  const ctes: string[] = [];
  for (const k of kinds) {
    ctes.push(mentionsCtes(k, params.length + 1));
    params.push(...mentionsParams(writes[k]!));
  }
  const { rows } = await db.query<{ kind: EntityKind; grp: number; id: number }>(
    `with ${ctes.join(', ')}
     ${kinds.map((k) => `select '${k}' as kind, grp, id from ${k === 'person' ? 'p' : 'o'}_owners`).join(' union all ')}`,
    params,
  );
  for (const r of rows) out[r.kind].set(r.grp, r.id);
  return out;
}

export interface Probe {
  owner: number;
  name: string;
  gender: 'female' | 'male' | null;
}

/** The spellings of these entities, to look for others that may be the same. */
export async function probesOf(db: Queryable, kind: EntityKind, ids: number[]): Promise<Probe[]> {
  const t = TABLES[kind];
  const gender = kind === 'person' ? 'e.gender' : 'null::text';
  const { rows } = await db.query<Probe>(
    `select n.${t.owner} as owner, n.name, ${gender} as gender
     from ${t.names} n join ${t.entities} e on e.id = n.${t.owner}
     where n.${t.owner} = any($1::bigint[]) and e.merged_into is null order by n.id`,
    [ids],
  );
  return rows;
}

export interface Candidate {
  /** The entity whose spelling found this candidate. */
  for_owner: number;
  for_name: string;
  owner: number;
  name: string;
  gender: 'female' | 'male' | null;
}

/**
 * Spellings of other entities that may name the same one as the given entities' spellings:
 * the same skeleton key or a shared edit key (domain/names.ts makes the keys so that every
 * pair a rule may join shares one).
 * Entities named together in one document are not candidates for each other (the document
 * tells them apart).
 */
export async function findCandidates(db: Queryable, kind: EntityKind, ids: number[]): Promise<Candidate[]> {
  if (ids.length === 0) return [];
  const t = TABLES[kind];
  const gender = kind === 'person' ? 'e.gender' : 'null::text';
  const together = (col: string) =>
    `exists (select 1 from ${t.mentions} a join ${t.mentions} b on b.${col} = a.${col}
             where a.${t.owner} = p.owner and b.${t.owner} = c.owner)`;
  const { rows } = await db.query<Candidate>(
    `select distinct p.owner as for_owner, p.name as for_name, c.owner, c.name, ${gender} as gender
     from (select ${t.owner} as owner, name, skeleton, edit_keys from ${t.names} where ${t.owner} = any($1::bigint[])) p
     cross join lateral (
       select n.${t.owner} as owner, n.name from ${t.names} n where n.skeleton = p.skeleton
       union
       select n.${t.owner}, n.name from ${t.names} n where n.edit_keys && p.edit_keys
     ) c
     join ${t.entities} e on e.id = c.owner
     where c.owner <> p.owner and e.merged_into is null
       and not ${together('communication_id')} and not ${together('reply_id')} and not ${together('source_document_id')}
     order by 1, 3`,
    [ids],
  );
  return rows;
}

/** Persons an officer said are two people (a suggestion kept apart in a case file). */
const REJECTED_PERSON_PAIRS = `select person_a as a, person_b as b from person_suggestions where status = 'rejected'`;

/** Pairs someone unmerged or kept apart by hand among these entities: the resolver keeps them apart. */
export async function keptApartPairs(db: Queryable, kind: EntityKind, ids: number[]): Promise<Set<string>> {
  const t = TABLES[kind];
  const { rows } = await db.query<{ a: number; b: number }>(
    `select kept_id as a, merged_id as b from ${t.merges}
     where undone_at is not null and (kept_id = any($1::bigint[]) or merged_id = any($1::bigint[]))
     ${kind === 'person' ? `union all select a, b from (${REJECTED_PERSON_PAIRS}) r where r.a = any($1::bigint[]) or r.b = any($1::bigint[])` : ''}`,
    [ids],
  );
  return new Set(rows.flatMap((r) => [`${r.a}:${r.b}`, `${r.b}:${r.a}`]));
}

/** A pair someone undid or kept apart by hand: the resolver keeps them apart. */
export async function keptApart(db: Queryable, kind: EntityKind, a: number, b: number): Promise<boolean> {
  const t = TABLES[kind];
  const { rows } = await db.query(
    `select 1 from ${t.merges} where undone_at is not null
       and ((kept_id = $1 and merged_id = $2) or (kept_id = $2 and merged_id = $1))
     ${kind === 'person' ? `union all select 1 from (${REJECTED_PERSON_PAIRS}) r where (r.a = $1 and r.b = $2) or (r.a = $2 and r.b = $1)` : ''}
     limit 1`,
    [a, b],
  );
  return rows.length > 0;
}

export interface MergeRequest {
  keptId: number;
  mergedId: number;
  rule: string;
  keptName: string;
  mergedName: string;
  /** What the rule saw (`nyaletsossi ~ nyasletsossi (1 edit)`). */
  detail: string;
}

/**
 * Moves every name and mention of `mergedId` to `keptId` and records the merge with the ids
 * moved, so that `unmergeEntities` can move exactly those back. Returns the merge id.
 */
export async function mergeEntities(db: Queryable, kind: EntityKind, m: MergeRequest): Promise<number> {
  const t = TABLES[kind];
  const names = await db.query<{ id: number }>(
    `update ${t.names} set ${t.owner} = $1 where ${t.owner} = $2 returning id`,
    [m.keptId, m.mergedId],
  );
  const mentions = await db.query<{ id: number }>(
    `update ${t.mentions} set ${t.owner} = $1 where ${t.owner} = $2 returning id`,
    [m.keptId, m.mergedId],
  );
  await db.query(`update ${t.entities} set merged_into = $1 where id = $2`, [m.keptId, m.mergedId]);
  if (kind === 'person') {
    await db.query(
      `update persons k set gender = coalesce(k.gender, g.gender) from persons g where k.id = $1 and g.id = $2`,
      [m.keptId, m.mergedId],
    );
  }
  const details = { detail: m.detail, nameIds: names.rows.map((r) => r.id), mentionIds: mentions.rows.map((r) => r.id) };
  const { rows } = await db.query<{ id: number }>(
    `insert into ${t.merges} (kept_id, merged_id, rule, kept_name, merged_name, details)
     values ($1, $2, $3, $4, $5, $6::jsonb) returning id`,
    [m.keptId, m.mergedId, m.rule, m.keptName, m.mergedName, JSON.stringify(details)],
  );
  return rows[0]!.id;
}

export interface MergeRow {
  id: number;
  kept_id: number;
  merged_id: number;
  rule: string;
  kept_name: string;
  merged_name: string;
  details: { detail?: string; nameIds?: number[]; mentionIds?: number[] };
  merged_at: Date;
  undone_at: Date | null;
}

export async function getMerge(db: Queryable, kind: EntityKind, mergeId: number): Promise<MergeRow | null> {
  const t = TABLES[kind];
  const { rows } = await db.query<MergeRow>(`select * from ${t.merges} where id = $1`, [mergeId]);
  return rows[0] ?? null;
}

/** Moves the names and mentions of a merge back to the merged entity and marks the merge undone. */
export async function unmergeEntities(db: Queryable, kind: EntityKind, merge: MergeRow): Promise<void> {
  const t = TABLES[kind];
  await db.query(`update ${t.names} set ${t.owner} = $1 where id = any($2::bigint[])`, [merge.merged_id, merge.details.nameIds ?? []]);
  await db.query(`update ${t.mentions} set ${t.owner} = $1 where id = any($2::bigint[])`, [
    merge.merged_id,
    merge.details.mentionIds ?? [],
  ]);
  await db.query(`update ${t.entities} set merged_into = null where id = $1`, [merge.merged_id]);
  await db.query(`update ${t.merges} set undone_at = now() where id = $1`, [merge.id]);
}

/** The merges that made an entity what it is (including those of entities merged into it), oldest first. */
export async function mergesOf(db: Queryable, kind: EntityKind, id: number): Promise<MergeRow[]> {
  const t = TABLES[kind];
  const { rows } = await db.query<MergeRow>(
    `with recursive family(id) as (
       select $1::bigint
       union
       select m.merged_id from ${t.merges} m join family f on m.kept_id = f.id
     )
     select m.* from ${t.merges} m where m.kept_id in (select id from family) or m.merged_id = $1
     order by m.merged_at, m.id`,
    [id],
  );
  return rows;
}
