/**
 * Writes generated records into an empty store in batches, a few statements per batch instead of
 * several per letter: letters (with the same search vector as an import), mandates, citations,
 * replies, then persons and organisations resolved by exact key (bulk-people.ts) with their
 * spellings and mentions. What an import would add on top (files, the named people rules) is
 * left out; the demo archive is ground truth already.
 */
import type { Communication } from '../domain/communication.js';
import { addDays } from '../domain/dates.js';
import { LIMITS } from '../domain/limits.js';
import type { Queryable } from '../store/database.js';
import { referenceKey } from '../services/reference-key.js';
import { ExactKeyResolver, type BulkEntityKind, type NameRow } from './bulk-people.js';

export interface BulkState {
  /** Letter ids by reference key (`XAA 1/2024`), for replies and citations in later batches. */
  letterIds: Map<string, number>;
  person: ExactKeyResolver;
  organization: ExactKeyResolver;
}

export const newBulkState = (): BulkState => ({
  letterIds: new Map(),
  person: new ExactKeyResolver('person'),
  organization: new ExactKeyResolver('organization'),
});

const withoutText = (r: Communication): Communication => {
  const { text: _text, ...rest } = r;
  return rest;
};

const TABLES = {
  person: { entities: 'persons', names: 'person_names', mentions: 'person_mentions', owner: 'person_id', rule: 'same-folded-name' },
  organization: {
    entities: 'organizations', names: 'organization_names', mentions: 'organization_mentions', owner: 'organization_id', rule: 'same-compact-name',
  },
} as const;

interface EntityWrites {
  entities: Array<{ id: number; name: string; gender: string | null }>;
  names: NameRow[];
  mentions: Array<{ entityId: number; communicationId: number; name: string; role: string | null; descriptors: string[]; matchedBy: string }>;
}

/** Writes one batch (letters each followed by their replies) in the caller's transaction; answers letters and replies written. */
export async function writeBatch(db: Queryable, state: BulkState, records: Communication[]): Promise<{ letters: number; replies: number }> {
  const letters = records.filter((r) => r.kind === 'communication' && r.reference);
  const replies = records.filter((r) => r.kind === 'reply');
  await writeLetters(db, state, letters);
  await writeReplies(db, state, replies);
  const people: Record<BulkEntityKind, EntityWrites> = {
    person: { entities: [], names: [], mentions: [] },
    organization: { entities: [], names: [], mentions: [] },
  };
  for (const letter of letters) {
    const id = state.letterIds.get(keyOf(letter))!;
    for (const p of letter.persons) collect(people.person, state.person, id, [p.name, ...p.variants], p.role, p.gender ?? null, p.descriptors ?? []);
    for (const o of letter.organizations) collect(people.organization, state.organization, id, [o.name, ...o.variants], null, null, []);
  }
  for (const kind of ['person', 'organization'] as const) await writeEntities(db, kind, people[kind]);
  return { letters: letters.length, replies: replies.length };
}

const keyOf = (r: Communication) => `${r.reference!.recipient} ${r.reference!.number}/${r.reference!.year}`;

function collect(
  out: EntityWrites, resolver: ExactKeyResolver, communicationId: number, spellings: string[],
  role: string | null, gender: string | null, descriptors: string[],
): void {
  const resolved = resolver.resolve(spellings);
  if (!resolved) return;
  if (resolved.created) out.entities.push({ id: resolved.entityId, name: spellings[0]!, gender });
  out.names.push(...resolved.newNames);
  out.mentions.push({
    entityId: resolved.entityId, communicationId, name: spellings[0]!, role, descriptors,
    matchedBy: resolved.created ? 'new' : TABLES[resolver.kind].rule,
  });
}

async function writeLetters(db: Queryable, state: BulkState, letters: Communication[]): Promise<void> {
  if (letters.length === 0) return;
  const rows = letters.map((r) => {
    const ref = r.reference!;
    return {
      reference_text: `${ref.type} ${keyOf(r)}`, reference_key: keyOf(r), reference_type: ref.type, recipient_code: ref.recipient,
      reference_number: ref.number, reference_year: ref.year, letter_date: r.date, language: r.language, title: r.title, joint: r.joint,
      recipient_name: r.recipient?.name ?? null, copied_to: r.copiedTo.map((c) => c.code), record: withoutText(r), body: r.text ?? null,
      publication_date: r.date ? addDays(r.date, LIMITS.publicationDelayDays) : null,
    };
  });
  // The staff search vector comes after publication (fillStaffVectors), from the same text parsed once.
  const { rows: ids } = await db.query<{ id: number; reference_key: string }>(
    `insert into communications (reference_text, reference_key, reference_type, recipient_code, reference_number, reference_year,
        status, letter_date, language, title, joint, recipient_name, copied_to, record, body, publication_date)
     select r.reference_text, r.reference_key, r.reference_type, r.recipient_code, r.reference_number, r.reference_year,
        'imported', r.letter_date, r.language, r.title, r.joint, r.recipient_name,
        array(select jsonb_array_elements_text(r.copied_to)), r.record, r.body, r.publication_date
       from jsonb_to_recordset($1::jsonb) as r(reference_text text, reference_key text, reference_type text, recipient_code text,
        reference_number int, reference_year int, letter_date date, language text, title text, joint boolean,
        recipient_name text, copied_to jsonb, record jsonb, body text, publication_date date)
     returning id, reference_key`,
    [JSON.stringify(rows)],
  );
  for (const r of ids) state.letterIds.set(r.reference_key, Number(r.id));

  const m = { id: [] as number[], position: [] as number[], mandate: [] as (string | null)[], title: [] as string[] };
  const c = { id: [] as number[], position: [] as number[], reference: [] as string[], key: [] as string[], date: [] as (string | null)[], cited: [] as (number | null)[] };
  for (const letter of letters) {
    const id = state.letterIds.get(keyOf(letter))!;
    letter.mandates.forEach((x, i) => {
      m.id.push(id); m.position.push(i + 1); m.mandate.push(x.id); m.title.push(x.title);
    });
    let position = 0;
    for (const related of letter.relatedCommunications) {
      const k = referenceKey(related.reference);
      if (!k || k.key === keyOf(letter)) continue;
      c.id.push(id); c.position.push(++position); c.reference.push(related.reference); c.key.push(k.key);
      c.date.push(related.date); c.cited.push(state.letterIds.get(k.key) ?? null);
    }
  }
  await db.query(
    `insert into communication_mandates (communication_id, position, mandate_id, title)
     select * from unnest($1::bigint[], $2::int[], $3::text[], $4::text[])`,
    [m.id, m.position, m.mandate, m.title],
  );
  await db.query(
    `insert into citations (citing_communication_id, position, cited_reference, cited_key, cited_date, cited_communication_id)
     select * from unnest($1::bigint[], $2::int[], $3::text[], $4::text[], $5::date[], $6::bigint[])`,
    [c.id, c.position, c.reference, c.key, c.date, c.cited],
  );
}

async function writeReplies(db: Queryable, state: BulkState, replies: Communication[]): Promise<void> {
  const rows = replies.flatMap((r) => {
    const answered = r.relatedCommunications[0]?.reference;
    const k = answered ? referenceKey(answered) : null;
    const letterId = k ? state.letterIds.get(k.key) : undefined;
    if (!k || letterId === undefined) return [];
    return [{ communication_id: letterId, reference_text: k.text, reply_date: r.date, language: r.language, title: r.title, record: withoutText(r), body: r.text ?? null }];
  });
  if (rows.length === 0) return;
  await db.query(
    `insert into replies (communication_id, reference_text, reply_date, language, title, record, body)
     select r.communication_id, r.reference_text, r.reply_date, r.language, r.title, r.record, r.body
       from jsonb_to_recordset($1::jsonb) as r(communication_id bigint, reference_text text, reply_date date, language text,
        title text, record jsonb, body text)`,
    [JSON.stringify(rows)],
  );
}

async function writeEntities(db: Queryable, kind: BulkEntityKind, w: EntityWrites): Promise<void> {
  const t = TABLES[kind];
  if (w.entities.length) {
    await db.query(
      kind === 'person'
        ? `insert into persons (id, display_name, gender) select * from unnest($1::bigint[], $2::text[], $3::text[])`
        : `insert into organizations (id, display_name) select * from unnest($1::bigint[], $2::text[])`,
      kind === 'person'
        ? [w.entities.map((e) => e.id), w.entities.map((e) => e.name), w.entities.map((e) => e.gender)]
        : [w.entities.map((e) => e.id), w.entities.map((e) => e.name)],
    );
  }
  if (w.names.length) {
    // Edit keys as `{...}` literals: unnest cannot take an array of arrays of different lengths.
    await db.query(
      `insert into ${t.names} (${t.owner}, name, match_key, folded, skeleton, edit_keys)
       select o, n, k, f, s, e::text[] from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) as x(o, n, k, f, s, e)`,
      [w.names.map((n) => n.entityId), w.names.map((n) => n.name), w.names.map((n) => n.matchKey), w.names.map((n) => n.folded),
        w.names.map((n) => n.skeleton), w.names.map((n) => arrayLiteral(n.editKeys))],
    );
  }
  if (w.mentions.length) {
    await db.query(
      kind === 'person'
        ? `insert into person_mentions (person_id, communication_id, name, role, descriptors, matched_by)
           select o, c, n, r, d::text[], m from unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[]) as x(o, c, n, r, d, m)`
        : `insert into organization_mentions (organization_id, communication_id, name, role, matched_by)
           select o, c, n, r, m from unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[]) as x(o, c, n, r, d, m)`,
      [w.mentions.map((x) => x.entityId), w.mentions.map((x) => x.communicationId), w.mentions.map((x) => x.name),
        w.mentions.map((x) => x.role), w.mentions.map((x) => arrayLiteral(x.descriptors)), w.mentions.map((x) => x.matchedBy)],
    );
  }
}

/** A text[] literal: `{"a","b \"c\""}`. */
function arrayLiteral(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/** After the load: identity counters past the ids given in memory. */
export async function advanceIdentities(db: Queryable, state: BulkState): Promise<void> {
  for (const kind of ['person', 'organization'] as const) {
    const max = state[kind].maxId;
    if (max > 0) await db.query(`select setval(pg_get_serial_sequence($1, 'id'), $2)`, [TABLES[kind].entities, max]);
  }
}

// The names a letter's record gives (persons and organisations, with their variants): weighted like the title.
const RECORD_NAMES = `concat_ws(' ',
  (select string_agg(concat_ws(' ', e->>'name', (select string_agg(v, ' ') from jsonb_array_elements_text(e->'variants') v)), ' ')
     from jsonb_array_elements(c.record->'persons') e),
  (select string_agg(concat_ws(' ', e->>'name', (select string_agg(v, ' ') from jsonb_array_elements_text(e->'variants') v)), ' ')
     from jsonb_array_elements(c.record->'organizations') e))`;

/**
 * The staff search vectors of the bulk-loaded letters and replies, with the weights an import
 * gives them (communications.repo, replies.repo). A body's part is its public passages joined
 * when it is published (the demo's public text is its private text): each text is parsed once,
 * by the publication step, instead of twice. A text not published is parsed here.
 */
export async function fillStaffVectors(db: Queryable, onProgress?: (done: number) => void): Promise<void> {
  const body = (key: string, id: string, language: string, text: string) =>
    `coalesce((select rap_tsvector_agg(p.vector order by p.ordinal) from public_passages p where p.${key} = ${id}${key === 'communication_id' ? ' and p.reply_id is null' : ''}),
              to_tsvector(rap_search_config(${language}), coalesce(${text}, '')))`;
  let done = 0;
  for (;;) {
    const { affectedRows } = await db.query(
      `update communications c set search_vector =
          setweight(to_tsvector('rap_simple', c.reference_text), 'A')
          || setweight(to_tsvector(rap_search_config(c.language), coalesce(c.title, '') || ' ' || ${RECORD_NAMES}), 'A')
          || setweight(${body('communication_id', 'c.id', 'c.language', 'c.body')}, 'D')
        where c.id in (select id from communications where search_vector is null and status = 'imported' limit 1000)`,
    );
    const replies = await db.query(
      `update replies r set search_vector =
          setweight(to_tsvector('rap_simple', r.reference_text), 'A')
          || setweight(to_tsvector(rap_search_config(r.language), coalesce(r.title, '')), 'A')
          || setweight(${body('reply_id', 'r.id', 'r.language', 'r.body')}, 'D')
        where r.id in (select id from replies where search_vector is null limit 1000)`,
    );
    done += affectedRows;
    onProgress?.(done);
    if (affectedRows === 0 && replies.affectedRows === 0) break;
  }
}
