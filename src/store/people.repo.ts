/** Reading persons and organisations: lookups by spelling, their names, their letters. SQL only. */
import type { Queryable } from './database.js';
import type { EntityKind } from './entities.repo.js';

const T = {
  person: { entities: 'persons', names: 'person_names', mentions: 'person_mentions', owner: 'person_id' },
  organization: { entities: 'organizations', names: 'organization_names', mentions: 'organization_mentions', owner: 'organization_id' },
} as const;

export interface EntityRow {
  id: number;
  display_name: string;
  gender: 'female' | 'male' | null;
  merged_into: number | null;
  /** How it was found: `exact`, `skeleton` or `similar`, with the trigram score. */
  found_by: 'exact' | 'skeleton' | 'similar';
  score: number;
}

export interface NameProbe {
  matchKey: string;
  skeleton: string;
  folded: string;
}

/**
 * Entities with a spelling of this name: the same exact key first, else the same skeleton,
 * else trigram-similar names (whole name or one word of it, 0.4 and above), best first.
 */
export async function findEntitiesByName(db: Queryable, kind: EntityKind, probe: NameProbe, limit = 10): Promise<EntityRow[]> {
  const t = T[kind];
  const gender = kind === 'person' ? 'e.gender' : 'null::text as gender';
  const { rows } = await db.query<EntityRow>(
    `with hits as (
       select n.${t.owner} as owner, 'exact' as found_by, 1.0::real as score, 1 as rank from ${t.names} n where n.match_key = $1
       union all
       select n.${t.owner}, 'skeleton', 0.9::real, 2 from ${t.names} n where n.skeleton = $2
       union all
       select n.${t.owner}, 'similar', greatest(similarity(n.folded, $3), word_similarity($3, n.folded)), 3
       from ${t.names} n where n.folded % $3 or $3 <% n.folded
     ), best as (
       select distinct on (owner) owner, found_by, score, rank from hits
       where rank < 3 or score >= 0.4
       order by owner, rank, score desc
     )
     select e.id, e.display_name, ${gender}, e.merged_into, b.found_by, b.score
     from best b join ${t.entities} e on e.id = b.owner
     where b.rank = (select min(rank) from best)
     order by b.score desc, e.id
     limit $4`,
    [probe.matchKey, probe.skeleton, probe.folded, limit],
  );
  return rows;
}

export async function getEntity(db: Queryable, kind: EntityKind, id: number): Promise<Omit<EntityRow, 'found_by' | 'score'> | null> {
  const t = T[kind];
  const gender = kind === 'person' ? 'gender' : 'null::text as gender';
  const { rows } = await db.query<Omit<EntityRow, 'found_by' | 'score'>>(
    `select id, display_name, ${gender}, merged_into from ${t.entities} where id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export interface NameRow {
  id: number;
  name: string;
  created_at: Date;
}

/** Every spelling of an entity, oldest first. */
export async function namesOf(db: Queryable, kind: EntityKind, id: number): Promise<NameRow[]> {
  const t = T[kind];
  const { rows } = await db.query<NameRow>(
    `select id, name, created_at from ${t.names} where ${t.owner} = $1 order by id`,
    [id],
  );
  return rows;
}

export interface LetterOfEntity {
  communication_id: number;
  reference_text: string;
  letter_date: string | null;
  recipient_code: string;
  recipient_name: string | null;
  status: string;
  /** `victim` or `mentioned` for persons; null for organisations. */
  role: string | null;
  /** The spelling that letter used. */
  name: string;
}

/** The letters naming an entity, in date order across recipients. */
export async function lettersOfEntity(db: Queryable, kind: EntityKind, id: number): Promise<LetterOfEntity[]> {
  const t = T[kind];
  const { rows } = await db.query<LetterOfEntity>(
    `select distinct on (c.letter_date, c.id) c.id as communication_id, c.reference_text, c.letter_date, c.recipient_code,
       c.recipient_name, c.status, m.role, m.name
     from ${t.mentions} m join communications c on c.id = m.communication_id
     where m.${t.owner} = $1
     order by c.letter_date nulls last, c.id, (m.role = 'victim') desc`,
    [id],
  );
  return rows;
}

export const lettersOfPerson = (db: Queryable, personId: number) => lettersOfEntity(db, 'person', personId);

export interface OtherDocumentOfEntity {
  kind: 'reply' | 'source';
  id: number;
  title: string | null;
  date: string | null;
  /** For a reply: the letter it answers. */
  reference_text: string | null;
}

/** Replies and source documents naming an entity. */
export async function otherDocumentsOfEntity(db: Queryable, kind: EntityKind, id: number): Promise<OtherDocumentOfEntity[]> {
  const t = T[kind];
  const { rows } = await db.query<OtherDocumentOfEntity>(
    `select distinct 'reply' as kind, r.id, r.title, r.reply_date as date, r.reference_text
     from ${t.mentions} m join replies r on r.id = m.reply_id where m.${t.owner} = $1
     union
     select distinct 'source', s.id, s.title, s.source_date, null
     from ${t.mentions} m join source_documents s on s.id = m.source_document_id where m.${t.owner} = $1
     order by 4 nulls last, 2`,
    [id],
  );
  return rows;
}

export interface MentionInLetter {
  id: number;
  display_name: string;
  name: string;
  role: string | null;
}

/** The persons or organisations named in a letter, victims first, with the spelling used. */
export async function entitiesOfCommunication(db: Queryable, kind: EntityKind, communicationId: number): Promise<MentionInLetter[]> {
  const t = T[kind];
  const { rows } = await db.query<MentionInLetter>(
    `select e.id, e.display_name, m.name, m.role
     from ${t.mentions} m join ${t.entities} e on e.id = m.${t.owner}
     where m.communication_id = $1 order by (m.role = 'victim') desc, m.id`,
    [communicationId],
  );
  return rows;
}
