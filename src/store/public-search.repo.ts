/**
 * Reads of the public search (migration 0005): the letters that match, a page of them ranked,
 * the facet counts, the passages to highlight, and the persons whose public spellings match.
 * Public tables only; person_mentions are read only through public letters and replies.
 */
import type { CommunicationType } from '../domain/communication.js';
import type { SearchFilters, SearchSort } from '../domain/search-query.js';
import type { Queryable } from './database.js';

/** What decides which letters match: the words, the persons found by name, a reference, the filters. */
export interface PublicMatch {
  /** Web search syntax, already cleaned; empty for every public letter. */
  words: string;
  /** The words OR-ed (`anyOfWords`), for ranking. */
  anyWords: string;
  /** Persons whose public spelling matched: their letters match too. */
  personIds: number[];
  /** When the words are a reference: `AL XAA 1/2024`, or the three types when the words omit it. */
  references: string[];
  filters: SearchFilters;
}

type Facet = keyof SearchFilters;

const FLAG: Record<Facet, string> = {
  state: `(cardinality($5::text[]) = 0 or s.recipient_code = any($5::text[]))`,
  mandate: `(cardinality($6::text[]) = 0 or s.mandate_ids && $6::text[])`,
  type: `(cardinality($7::text[]) = 0 or s.reference_type = any($7::text[]))`,
  joint: `($8::boolean is null or s.joint is not distinct from $8::boolean)`,
  year: `(cardinality($9::int[]) = 0 or s.year = any($9::int[]))`,
  reply: `($10::boolean is null or s.has_reply = $10::boolean)`,
  lang: `(cardinality($11::text[]) = 0 or s.language = any($11::text[]))`,
};
const FACET_NAMES = Object.keys(FLAG) as Facet[];
// Parameters a query leaves unused (no words, no such filter) still need a type: named here.
const TYPED = `typed as (select $1::text, $2::text, $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean,
  $9::int[], $10::boolean, $11::text[])`;

const yesNo = (v: 'yes' | 'no' | null) => (v === null ? null : v === 'yes');

function matchParams(m: PublicMatch): unknown[] {
  const f = m.filters;
  return [m.words, m.anyWords, m.personIds, m.references, f.state, f.mandate, f.type, yesNo(f.joint), f.year, yesNo(f.reply), f.lang];
}

/**
 * `q` (the query: `q` for matching, `r` for ranking) and `rows`: every matching letter with its
 * facet columns, its score, where it matched and one flag per filter (`f_state`, ...).
 * Each source of hits is its own index scan; their union is grouped per letter.
 */
function matchingRows(m: PublicMatch, { ranked }: { ranked: boolean }): string {
  // A facet without a filter is `true` in the SQL: nothing to compute per letter.
  const filtered = (f: Facet) => (Array.isArray(m.filters[f]) ? (m.filters[f] as unknown[]).length > 0 : m.filters[f] !== null);
  const flags = FACET_NAMES.map((f) => `${filtered(f) ? `coalesce(${FLAG[f]}, false)` : 'true'} as f_${f}`).join(',\n      ');
  const common = `s.communication_id as id, s.letter_date, s.recipient_code, s.reference_type, s.joint, s.year, s.language,
      s.mandate_ids, s.has_reply`;
  if (!m.words) {
    return `${TYPED}, rows as materialized (
      select ${common}, true as in_letter, false as in_reply, 0::real as score,
      ${flags}
      from public_letter_search s
    )`;
  }
  // Every set comes from an index scan; the letters that match by their own words come with their
  // facet columns from that scan, the others (by a reply, a person, the reference) are fetched by
  // id. A letter's score is membership in the small sets (hash lookups): no vector is read per
  // matching letter, however many match.
  const score = `(case when s.id in (select id from by_reference) then 100 else 0 end
        + case when s.id in (select id from by_person) then 4 else 0 end
        + case when s.id in (select id from named_all) then 2 else 0 end
        + case when s.id in (select id from named_any) then 1 else 0 end)::real`;
  return `${TYPED}, q as materialized (
      select rap_public_tsquery($1) as q,
             websearch_to_tsquery('rap_english', $2) || websearch_to_tsquery('rap_french', $2)
               || websearch_to_tsquery('rap_spanish', $2) || websearch_to_tsquery('rap_simple', $2) as r
    ), in_reply as materialized (
      select distinct r.communication_id as id from public_reply_search r where r.match_vector @@ (select q from q)
    ), by_person as materialized (
      select l.communication_id as id from person_mentions pm join public_letters l on l.communication_id = pm.communication_id
       where pm.person_id = any($3::bigint[])
      union
      select pr.communication_id from person_mentions pm join public_replies pr on pr.reply_id = pm.reply_id
       where pm.person_id = any($3::bigint[])
    ), by_reference as materialized (
      select l.communication_id as id from public_letters l where l.reference_text = any($4::text[])
    ), named_all as materialized (
      select s.communication_id as id from public_letter_search s where s.rank_vector @@ (select q from q)
    ), named_any as materialized (
      -- AND-ed with the match: two bitmaps intersected, so a word common in names (a State's code)
      -- costs nothing when the whole query matches few letters.
      select s.communication_id as id from public_letter_search s
       where s.rank_vector @@ (select r from q) and s.match_vector @@ (select q from q)
    ), in_letter as materialized (
      select ${common}, true as in_letter from public_letter_search s where s.match_vector @@ (select q from q)
    ), others as (
      select id from in_reply union select id from by_person union select id from by_reference
      except select id from in_letter
    ), rows as materialized (
      select s.*, ${ranked ? `s.id in (select id from in_reply) as in_reply, ${score}` : 'null::boolean as in_reply, 0::real'} as score,
      ${flags}
      from (select * from in_letter
            union all
            select ${common}, false from public_letter_search s where s.communication_id in (select id from others)) s
    )`;
}

const ALL = FACET_NAMES.map((f) => `r.f_${f}`).join(' and ');
const ALL_BUT = (facet: Facet) => FACET_NAMES.filter((f) => f !== facet).map((f) => `r.f_${f}`).join(' and ');

const ORDER: Record<SearchSort, string> = {
  relevance: 'r.score desc, r.letter_date desc nulls last, r.id desc',
  newest: 'r.letter_date desc nulls last, r.id desc',
  oldest: 'r.letter_date asc nulls last, r.id asc',
};

export interface PublicHitRow {
  id: number;
  in_letter: boolean;
  in_reply: boolean;
  reference_text: string;
  date: string | null;
  reference_type: CommunicationType | null;
  recipient_code: string;
  recipient_name: string | null;
  title: string | null;
  joint: boolean | null;
  language: string | null;
  mandate_ids: string[];
  reply_count: number;
}

/** One page of matching letters, ranked, and how many match in all. */
export async function searchPublicPage(
  db: Queryable, m: PublicMatch, page: { sort: SearchSort; limit: number; offset: number },
): Promise<{ total: number; rows: PublicHitRow[] }> {
  const { rows } = await db.query<PublicHitRow & { total: number; id: number | null }>(
    `with ${matchingRows(m, { ranked: true })}
     select t.total, p.* from (select count(*)::int as total from rows r where ${ALL}) t
     left join lateral (
       select r.id, r.in_letter, r.in_reply, l.reference_text, to_char(l.letter_date, 'YYYY-MM-DD') as date, l.reference_type,
              l.recipient_code, l.recipient_name, l.title, l.joint, l.language, l.mandate_ids, l.reply_count
         from (select * from rows r where ${ALL} order by ${ORDER[page.sort]} limit $12 offset $13) r
         join public_letters l on l.communication_id = r.id
        order by ${ORDER[page.sort]}
     ) p on true`,
    [...matchParams(m), page.limit, page.offset],
  );
  const total = Number(rows[0]?.total ?? 0);
  return { total, rows: rows.filter((r) => r.id !== null).map((r) => ({ ...r, id: Number(r.id) })) };
}

export interface FacetRow {
  facet: Facet;
  value: string;
  count: number;
}

/**
 * For each facet, the count of matching letters per value, with every other facet's filter
 * applied. The matches are first grouped by their facet values and filter flags (a few thousand
 * groups however many letters match), and each facet is summed from the groups; mandates, an
 * array per letter, are grouped by their set of mandates before it is unnested.
 */
export async function publicFacetCounts(db: Queryable, m: PublicMatch): Promise<FacetRow[]> {
  const flags = FACET_NAMES.map((f) => `r.f_${f}`).join(', ');
  const sum = (facet: Facet, value: string) =>
    `select '${facet}' as facet, ${value} as value, sum(r.n)::int as count from g r where ${ALL_BUT(facet)} group by 2`;
  const { rows } = await db.query<FacetRow>(
    `with ${matchingRows(m, { ranked: false })},
     g as (select r.recipient_code, r.reference_type, r.joint, r.year, r.has_reply, r.language, ${flags}, count(*) as n
             from rows r group by r.recipient_code, r.reference_type, r.joint, r.year, r.has_reply, r.language, ${flags}),
     gm as (select r.mandate_ids, count(*) as n from rows r where ${ALL_BUT('mandate')} group by r.mandate_ids)
     select * from (
       ${sum('state', 'r.recipient_code')}
       union all ${sum('type', 'r.reference_type')}
       union all ${sum('joint', `case r.joint when true then 'yes' when false then 'no' end`)}
       union all ${sum('year', 'r.year::text')}
       union all ${sum('reply', `case when r.has_reply then 'yes' else 'no' end`)}
       union all ${sum('lang', 'r.language')}
       union all select 'mandate', m.id, sum(gm.n)::int from gm cross join unnest(gm.mandate_ids) m(id) group by m.id
     ) f where f.value is not null`,
    matchParams(m),
  );
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

export interface SnippetRow {
  id: number;
  from_reply: boolean;
  marked: string;
}

/**
 * The passage to show for each letter of a page: among the letter's passages (or its replies'
 * when only a reply matched), one with every word first, else the one ranking best on any word,
 * else the first; highlighted with `start`/`stop` around the hits.
 */
export async function publicSnippets(
  db: Queryable,
  page: Array<{ id: number; fromReply: boolean }>,
  words: string,
  anyWords: string,
  marks: { start: string; stop: string },
): Promise<SnippetRow[]> {
  if (page.length === 0) return [];
  const options = `MaxFragments=1, MaxWords=32, MinWords=12, StartSel=${marks.start}, StopSel=${marks.stop}, FragmentDelimiter=" … "`;
  const { rows } = await db.query<SnippetRow>(
    `with page as (select * from unnest($1::bigint[], $2::boolean[]) as p(id, from_reply)),
     readings as materialized (
       select rap_language_marker(l.lang) as marker, websearch_to_tsquery(rap_search_config(l.lang), $3) as q,
              websearch_to_tsquery(rap_search_config(l.lang), $4) as any
         from (values ('en'), ('fr'), ('es'), ('other')) l(lang)
     ), best as (
       select distinct on (page.id) page.id, page.from_reply, p.text, p.language, rd.any
         from page
         join public_passages p on p.communication_id = page.id and (p.reply_id is not null) = page.from_reply
         join readings rd on rd.marker = rap_language_marker(p.language)
        order by page.id, (p.vector @@ rd.q) desc, ts_rank(p.vector, rd.any) desc, p.reply_id, p.ordinal
     )
     select b.id, b.from_reply,
            ts_headline(rap_search_config(b.language), translate(b.text, $6, ''), b.any, $5) as marked
       from best b`,
    [page.map((p) => p.id), page.map((p) => p.fromReply), words, anyWords, options, marks.start + marks.stop],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

export interface PublicPersonRow {
  id: number;
  name: string;
  spellings: string[];
  letters: number;
}

// A mention is public when its letter or its reply is.
const PUBLIC_MENTION = `(exists (select 1 from public_letters l where l.communication_id = pm.communication_id)
  or exists (select 1 from public_replies r where r.reply_id = pm.reply_id))`;

/**
 * Persons with a public spelling close to the folded name: the whole name alike (trigram
 * similarity 0.5) or one of its words nearly the same (strict word similarity 0.6). A spelling
 * counts only when a public letter or reply uses it; the spellings and letters answered are
 * public ones only.
 */
export async function findPublicPersons(db: Queryable, folded: string, limit = 10): Promise<PublicPersonRow[]> {
  const { rows } = await db.query<PublicPersonRow>(
    `with candidates as (
       select n.person_id, n.name, greatest(similarity(n.folded, $1), strict_word_similarity($1, n.folded)) as score
         from person_names n
        where (n.folded % $1 or $1 <<% n.folded)
          and (similarity(n.folded, $1) >= 0.5 or strict_word_similarity($1, n.folded) >= 0.6)
     ), found as (
       select c.person_id, max(c.score) as score
         from candidates c
        where exists (select 1 from person_mentions pm where pm.person_id = c.person_id and pm.name = c.name and ${PUBLIC_MENTION})
        group by c.person_id
        order by max(c.score) desc, c.person_id
        limit $2
     ), public_mentions as (
       select pm.person_id, pm.name, coalesce(pm.communication_id, r.communication_id) as letter_id
         from person_mentions pm
         left join public_replies r on r.reply_id = pm.reply_id
        where pm.person_id in (select person_id from found) and ${PUBLIC_MENTION}
     )
     select f.person_id as id,
            (select pm.name from public_mentions pm where pm.person_id = f.person_id
              group by pm.name order by count(*) desc, pm.name limit 1) as name,
            array(select distinct pm.name from public_mentions pm where pm.person_id = f.person_id order by 1) as spellings,
            (select count(distinct pm.letter_id)::int from public_mentions pm where pm.person_id = f.person_id) as letters
       from found f
      order by f.score desc, f.person_id`,
    [folded, limit],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), letters: Number(r.letters) }));
}
