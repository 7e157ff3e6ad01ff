/**
 * Builds the search structures of the public record (migration 0005) from the public tables
 * only, inside the publication step's transaction: passages with their vectors, then each
 * letter's search row (ranking and match vectors, facet columns), then each reply's.
 * Every body is parsed once, by passage; the whole-document vectors are the passages' vectors
 * joined (rap_tsvector_agg), which costs no second parse.
 */
import type { Queryable } from './database.js';

// Paragraphs are separated by a blank line in every stored text (the readers' contract).
const PARAGRAPHS = `'\\n[ \\t]*\\n\\s*'`;
/** About how many characters a passage holds: consecutive paragraphs are joined up to it. */
const PASSAGE_CHARS = 1200;

/**
 * The passages of the documents of `table` whose `key` is in $1: paragraphs joined in order into
 * passages of about PASSAGE_CHARS (a longer paragraph is a passage of its own), numbered from 0.
 */
const passagesOf = (table: 'public_letters' | 'public_replies', key: 'communication_id' | 'reply_id') => `
  select d.communication_id, ${key === 'reply_id' ? 'd.reply_id' : 'null::bigint as reply_id'}, d.language, c.ordinal, c.text
    from ${table} d
    cross join lateral (
      select ((s.upto - length(s.part)) / ${PASSAGE_CHARS})::int as ordinal, string_agg(s.part, E'\\n\\n' order by s.n) as text
        from (select t.part, t.n, sum(length(t.part)) over (order by t.n) as upto
                from regexp_split_to_table(coalesce(d.body, ''), ${PARAGRAPHS}) with ordinality t(part, n)
               where t.part ~ '\\w') s
       group by 1
    ) c
   where d.${key} = any($1::bigint[])`;

/**
 * The ranking vector of a public letter `l`, from its public record: what names the letter
 * (reference, title, persons A; recipient, organisations B) and its language marker.
 */
const RANK_VECTOR = `
  setweight(to_tsvector(rap_search_config(l.language), concat_ws(' ', l.reference_text, l.title,
    (select string_agg(concat_ws(' ', p->>'name', (select string_agg(v, ' ') from jsonb_array_elements_text(
        case when jsonb_typeof(p->'variants') = 'array' then p->'variants' else '[]' end) v)), ' ')
       from jsonb_array_elements(case when jsonb_typeof(l.record->'persons') = 'array' then l.record->'persons' else '[]' end) p))), 'A')
  || setweight(to_tsvector(rap_search_config(l.language), concat_ws(' ', l.recipient_code, l.recipient_name,
    (select string_agg(o->>'name', ' ')
       from jsonb_array_elements(case when jsonb_typeof(l.record->'organizations') = 'array' then l.record->'organizations' else '[]' end) o))), 'B')
  || array_to_tsvector(array[rap_language_marker(l.language)])`;

/** The titles of the mandates that signed `l`: matched (a facet ranks them), not ranked. */
const MANDATES_VECTOR = `
  setweight(to_tsvector(rap_search_config(l.language), coalesce(
    (select string_agg(m->>'title', ' ')
       from jsonb_array_elements(case when jsonb_typeof(l.record->'mandates') = 'array' then l.record->'mandates' else '[]' end) m), '')), 'C')`;

/** (Re)builds the search structures of these public letters (just published or refreshed). */
export async function indexPublicLetters(db: Queryable, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.query('delete from public_passages where communication_id = any($1::bigint[]) and reply_id is null', [ids]);
  await db.query(
    `insert into public_passages (communication_id, reply_id, ordinal, language, text, vector)
     select p.communication_id, null, p.ordinal, p.language, p.text, to_tsvector(rap_search_config(p.language), p.text)
       from (${passagesOf('public_letters', 'communication_id')}) p`,
    [ids],
  );
  await db.query(
    `insert into public_letter_search as s (communication_id, recipient_code, reference_type, joint, year, language,
        mandate_ids, letter_date, has_reply, rank_vector, match_vector)
     select l.communication_id, l.recipient_code, l.reference_type, l.joint, l.year, l.language, l.mandate_ids, l.letter_date,
            exists (select 1 from public_replies r where r.communication_id = l.communication_id),
            rv.v, rv.v || ${MANDATES_VECTOR} || coalesce(pv.v, '')
       from public_letters l
       cross join lateral (select ${RANK_VECTOR} as v) rv
       cross join lateral (select rap_tsvector_agg(p.vector order by p.ordinal) as v from public_passages p
                            where p.communication_id = l.communication_id and p.reply_id is null) pv
      where l.communication_id = any($1::bigint[])
     on conflict (communication_id) do update set
        recipient_code = excluded.recipient_code, reference_type = excluded.reference_type, joint = excluded.joint,
        year = excluded.year, language = excluded.language, mandate_ids = excluded.mandate_ids,
        letter_date = excluded.letter_date, has_reply = excluded.has_reply, rank_vector = excluded.rank_vector,
        match_vector = excluded.match_vector`,
    [ids],
  );
}

/** Builds the search structures of these public replies (just published) and marks their letters replied. */
export async function indexPublicReplies(db: Queryable, replyIds: number[]): Promise<void> {
  if (replyIds.length === 0) return;
  await db.query(
    `insert into public_passages (communication_id, reply_id, ordinal, language, text, vector)
     select p.communication_id, p.reply_id, p.ordinal, p.language, p.text, to_tsvector(rap_search_config(p.language), p.text)
       from (${passagesOf('public_replies', 'reply_id')}) p
      where not exists (select 1 from public_passages x where x.reply_id = p.reply_id)`,
    [replyIds],
  );
  await db.query(
    `insert into public_reply_search (reply_id, communication_id, match_vector)
     select r.reply_id, r.communication_id,
            setweight(to_tsvector(rap_search_config(r.language), coalesce(r.title, '')), 'A')
            || coalesce(pv.v, '') || array_to_tsvector(array[rap_language_marker(r.language)])
       from public_replies r
       cross join lateral (select rap_tsvector_agg(p.vector order by p.ordinal) as v from public_passages p
                            where p.reply_id = r.reply_id) pv
      where r.reply_id = any($1::bigint[])
     on conflict (reply_id) do update set match_vector = excluded.match_vector`,
    [replyIds],
  );
  await db.query(
    `update public_letter_search s set has_reply = true
      where s.communication_id in (select r.communication_id from public_replies r where r.reply_id = any($1::bigint[]))
        and not s.has_reply`,
    [replyIds],
  );
}
