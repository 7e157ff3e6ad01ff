/**
 * Reads of the public search (migration 0005): the letters that match, a page of them ranked,
 * the facet counts, the passages to highlight, and the persons whose public spellings match.
 * Public tables only; person_mentions are read only through public letters and replies.
 */
import type { CommunicationType } from '../domain/communication.js';
import type { SearchFilters, SearchSort } from '../domain/search-query.js';
import type { Queryable } from './database.js';
import { FACET_LINE } from './public-index.repo.js';

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

/** Any of the words ($2), read in every language configuration: what ranks a letter by its naming fields. */
const ANY_WORDS = `(websearch_to_tsquery('rap_english', $2) || websearch_to_tsquery('rap_french', $2)
  || websearch_to_tsquery('rap_spanish', $2) || websearch_to_tsquery('rap_simple', $2))`;

const yesNo = (v: 'yes' | 'no' | null) => (v === null ? null : v === 'yes');

function matchParams(m: PublicMatch): unknown[] {
  const f = m.filters;
  return [m.words, m.anyWords, m.personIds, m.references, f.state, f.mandate, f.type, yesNo(f.joint), f.year, yesNo(f.reply), f.lang];
}

/** The public letters that name the persons found ($3) by a public spelling, in the letter or a reply. */
const PERSONS_LETTERS = `select l.communication_id as id from person_mentions pm join public_letters l on l.communication_id = pm.communication_id
       where pm.person_id = any($3::bigint[]) and pm.name = any(l.named_spellings)
      union
      select pr.communication_id from person_mentions pm join public_replies pr on pr.reply_id = pm.reply_id
       where pm.person_id = any($3::bigint[]) and pm.name = any(pr.named_spellings)`;

/** `flags`: one column per facet, true when the letter passes that facet's filter (`true` when there is none). */
function filterFlags(m: PublicMatch): string {
  const filtered = (f: Facet) => (Array.isArray(m.filters[f]) ? (m.filters[f] as unknown[]).length > 0 : m.filters[f] !== null);
  return FACET_NAMES.map((f) => `${filtered(f) ? `coalesce(${FLAG[f]}, false)` : 'true'} as f_${f}`).join(',\n      ');
}

/**
 * `q` (the query: `q` for matching, `r` for ranking) and `rows`: every matching letter with its
 * facet columns, its score, where it matched and one flag per filter (`f_state`, ...).
 * Each source of hits is its own index scan; their union is grouped per letter.
 */
function matchingRows(m: PublicMatch): string {
  // A facet without a filter is `true` in the SQL: nothing to compute per letter.
  const flags = filterFlags(m);
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
      select rap_public_tsquery($1) as q, ${ANY_WORDS} as r
    ), in_reply as materialized (
      select distinct r.communication_id as id from public_reply_search r where r.match_vector @@ (select q from q)
    ), by_person as materialized (
      ${PERSONS_LETTERS}
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
      select s.*, s.id in (select id from in_reply) as in_reply, ${score} as score,
      ${flags}
      from (select * from in_letter
            union all
            select ${common}, false from public_letter_search s where s.communication_id in (select id from others)) s
    )`;
}

const ALL = FACET_NAMES.map((f) => `r.f_${f}`).join(' and ');

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
  db: Queryable, m: PublicMatch, page: { sort: SearchSort; limit: number; offset: number; totalApart?: boolean },
): Promise<{ total: number; rows: PublicHitRow[]; totalApart: boolean }> {
  if (page.totalApart && m.words && page.sort === 'relevance') {
    const ranked = await rankedPage(db, m, page);
    if (ranked) return { ...ranked, totalApart: true };
  }
  const { rows } = await db.query<PublicHitRow & { total: number; id: number | null }>(
    `with ${matchingRows(m)}
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
  return { total, rows: rows.filter((r) => r.id !== null).map((r) => ({ ...r, id: Number(r.id) })), totalApart: false };
}

/** How many rows of the date index a walk reads before it gives up for the bitmap path. */
const WALK_ROWS = 800;
/** The deepest page the ranked path serves (offset + limit); deeper pages read every match. */
const RANKED_DEPTH = 200;

/** `typed` and the parameters after it, from $12, typed too (a statement may leave some unused). */
const typedFrom12 = (...types: string[]) =>
  `${TYPED}, typed_more as (select ${types.map((t, i) => `$${i + 12}::${t}`).join(', ')})`;

const filterSql = (m: PublicMatch) => {
  const filtered = (f: Facet) => (Array.isArray(m.filters[f]) ? (m.filters[f] as unknown[]).length > 0 : m.filters[f] !== null);
  return FACET_NAMES.filter(filtered).map((f) => `coalesce(${FLAG[f]}, false)`).join(' and ') || 'true';
};

/** The row count a planner estimated, from `explain (format json)`. */
function estimatedRows(plan: unknown): number {
  const json = typeof plan === 'string' ? (JSON.parse(plan) as unknown) : plan;
  const rows = Array.isArray(json) ? (json as Array<{ Plan?: { 'Plan Rows'?: number } }>)[0]?.Plan?.['Plan Rows'] : undefined;
  return typeof rows === 'number' ? rows : 0;
}

/**
 * How many letters match by their own words or by a reply's, with the filters: one count over
 * the bitmaps of the letters' match vector and of the replying letters' ids, reading no vector.
 * The ranked page (searchPublicPage with `totalApart`) adds the persons' and reference's letters
 * that are not among them; the two run apart so that a server can run them at once.
 */
export async function countPublicMatches(db: Queryable, m: PublicMatch): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `with ${TYPED}, q as materialized (select rap_public_tsquery($1) as q)
     select count(*)::int as n from public_letter_search s
      where (s.match_vector @@ (select q from q)
             or s.communication_id = any(array(select r.communication_id from public_reply_search r where r.match_vector @@ (select q from q))))
        and ${filterSql(m)}`,
    matchParams(m),
  );
  return Number(rows[0]?.n ?? 0);
}

/**
 * The first page(s) of a relevance search without reading every match. The tiers of the score
 * are taken in order, each the newest first: the small sets (the reference, the persons found:
 * score 4 and more), then the letters whose ranking vector has every word (3), then those
 * whose ranking vector has any word (1), then the other matches (0). Each tier walks the date
 * index checking its condition row by row (a common word fills a page within a few rows) and,
 * when WALK_ROWS rows did not fill it, reads the tier from the GIN index and sorts it. The total
 * it answers is only the persons' and reference's letters that match neither by their words
 * nor by a reply: the caller adds countPublicMatches. Null when the query is outside what this
 * path answers exactly (excluded words, only stop words, a deep page): the caller reads every match.
 */
async function rankedPage(
  db: Queryable, m: PublicMatch, page: { limit: number; offset: number },
): Promise<{ total: number; rows: PublicHitRow[] } | null> {
  const depth = page.offset + page.limit;
  if (depth > RANKED_DEPTH) return null;
  const head = await db.query<{ q: string | null; r: string | null; person: string[]; reference: string[]; letters: number }>(
    `select q.q::text as q, q.r::text as r,
            array(${PERSONS_LETTERS}) as person,
            array(select l.communication_id from public_letters l where l.reference_text = any($4::text[])) as reference,
            (select c.reltuples from pg_class c where c.oid = 'public_letter_search'::regclass) as letters
       from (select rap_public_tsquery($1) as q, ${ANY_WORDS} as r) q`,
    [m.words, m.anyWords, m.personIds, m.references],
  );
  const h = head.rows[0];
  // Excluded words: a ranking vector could then hold every word of a letter that does not match.
  if (!h || h.q === null || h.r === null || h.q.includes('!')) return null;
  const person = h.person.map(Number);
  const reference = h.reference.map(Number);
  const small = [...new Set([...person, ...reference])];
  const where = filterSql(m);
  // $1..$11 the match and filters, $12 the query, $13 any of its words, then per statement.
  const base = [...matchParams(m), h.q, h.r];

  type Hit = { id: number; letter_date: string | null; in_letter: boolean };
  const picked: Hit[] = [];
  if (small.length > 0) {
    const { rows } = await db.query<Hit>(
      `with ${typedFrom12('tsquery', 'tsquery', 'bigint[]', 'bigint[]', 'bigint[]', 'int')}
       select s.communication_id as id, s.letter_date::text as letter_date, s.match_vector @@ $12::tsquery as in_letter
         from public_letter_search s
        where s.communication_id = any($14::bigint[]) and ${where}
        order by (case when s.communication_id = any($15::bigint[]) then 100 else 0 end
                  + case when s.communication_id = any($16::bigint[]) then 4 else 0 end
                  + case when s.rank_vector @@ $12::tsquery then 2 else 0 end
                  + case when s.rank_vector @@ $13::tsquery and s.match_vector @@ $12::tsquery then 1 else 0 end) desc,
                 s.letter_date desc nulls last, s.communication_id desc
        limit $17`,
      [...base, small, reference, person, depth],
    );
    picked.push(...rows);
  }
  // The newest letters of the date index not among the small sets, at most WALK_ROWS of them.
  const walkOf = (rows: number) => `select s.communication_id as id, s.letter_date, s.rank_vector, s.match_vector
           from public_letter_search s
          where s.letter_date is not null and ${where} and s.communication_id <> all($14::bigint[])
          order by s.letter_date desc, s.communication_id desc limit ${rows}`;
  const walk = walkOf(WALK_ROWS);
  // Named tiers: every word in the ranking vector (3), then any word there and a match (1); the
  // ranking vector is small and stored in the row, so the walk reads no big vector for them.
  const named = [
    { walk: 'w.rank_vector @@ $12::tsquery', bitmap: 's.rank_vector @@ $12::tsquery' },
    {
      walk: 'w.rank_vector @@ $13::tsquery and not w.rank_vector @@ $12::tsquery and w.match_vector @@ $12::tsquery',
      bitmap: `s.communication_id in (select x.communication_id from public_letter_search x
                 where x.rank_vector @@ $13::tsquery and x.match_vector @@ $12::tsquery) and not s.rank_vector @@ $12::tsquery`,
    },
  ];
  for (const tier of named) {
    const want = depth - picked.length;
    if (want <= 0) break;
    const walked = await db.query<Hit>(
      `with ${typedFrom12('tsquery', 'tsquery', 'bigint[]', 'int')}
       select w.id, w.letter_date::text as letter_date, true as in_letter from (${walk}) w where ${tier.walk} limit $15`,
      [...base, small, want],
    );
    if (walked.rows.length >= want) {
      picked.push(...walked.rows);
      continue;
    }
    const { rows } = await db.query<Hit>(
      `with ${typedFrom12('tsquery', 'tsquery', 'bigint[]', 'int')}
       select s.communication_id as id, s.letter_date::text as letter_date, true as in_letter from public_letter_search s
        where (${tier.bitmap}) and ${where} and s.communication_id <> all($14::bigint[])
        order by s.letter_date desc nulls last, s.communication_id desc limit $15`,
      [...base, small, want],
    );
    picked.push(...rows);
  }
  // The total: the letters that match by their words or a reply are counted apart
  // (countPublicMatches); here, the small sets' letters that are not among those.
  const extra = small.length === 0 ? 0 : Number((await db.query<{ n: number }>(
    `with ${typedFrom12('tsquery', 'tsquery', 'bigint[]')} select count(*)::int as n from public_letter_search s
      where s.communication_id = any($14::bigint[]) and ${where} and not s.match_vector @@ $12::tsquery
        and not exists (select 1 from public_reply_search r where r.communication_id = s.communication_id and r.match_vector @@ $12::tsquery)`,
    [...base, small],
  )).rows[0]?.n ?? 0);
  // How dense the matches are, from the planner's estimate of the GIN condition (no row read).
  const plan = await db.query<{ 'QUERY PLAN': unknown }>(
    `explain (format json) select 1 from public_letter_search s where s.match_vector @@ '${h.q.replace(/'/g, "''")}'::tsquery`,
  );
  const estimate = estimatedRows(plan.rows[0]?.['QUERY PLAN']);
  // The last tier, every other match the newest first: walked row by row (a letter's match vector
  // is read for the few rows a common word needs), else read from the indexes whole: the letters
  // matching by their words but not named, and those matching by a reply only.
  // The walk reads a match vector per row: only when the matches are dense enough that about
  // `expected` rows fill the page (a common word), else the indexes at once.
  const want = depth - picked.length;
  const expected = (want * Math.max(Number(h.letters), 1)) / Math.max(estimate || 1, 1);
  if (want > 0) {
    const walked = expected > 200 ? { rows: [] } : await db.query<Hit>(
      `with ${typedFrom12('tsquery', 'tsquery', 'bigint[]', 'int')}
       select w.id, w.letter_date::text as letter_date, w.in_letter from (
         select w.*, w.match_vector @@ $12::tsquery as in_letter from (${walkOf(Math.min(WALK_ROWS, Math.max(100, Math.ceil(4 * expected))))}) w) w
        where case when w.in_letter then not w.rank_vector @@ $13::tsquery
                   else exists (select 1 from public_reply_search r where r.communication_id = w.id and r.match_vector @@ $12::tsquery) end
        limit $15`,
      [...base, small, want],
    );
    if (walked.rows.length >= want) picked.push(...walked.rows);
    else {
      const { rows } = await db.query<Hit>(
        `with ${typedFrom12('tsquery', 'tsquery', 'bigint[]', 'int')}
         select t.id, t.letter_date::text as letter_date, t.in_letter from (
           select s.communication_id as id, s.letter_date, true as in_letter from public_letter_search s
            where s.match_vector @@ $12::tsquery and not s.rank_vector @@ $13::tsquery and ${where} and s.communication_id <> all($14::bigint[])
           union all
           select s.communication_id, s.letter_date, false from public_letter_search s
            where s.communication_id in (select r.communication_id from public_reply_search r where r.match_vector @@ $12::tsquery)
              and s.communication_id not in (select x.communication_id from public_letter_search x where x.match_vector @@ $12::tsquery)
              and ${where} and s.communication_id <> all($14::bigint[])
         ) t order by t.letter_date desc nulls last, t.id desc limit $15`,
        [...base, small, want],
      );
      picked.push(...rows);
    }
  }
  const total = extra;
  const hits = picked.slice(page.offset, depth);
  if (hits.length === 0) return { total, rows: [] };
  const { rows } = await db.query<PublicHitRow>(
    `select l.communication_id as id, p.in_letter,
            exists (select 1 from public_reply_search r where r.communication_id = l.communication_id and r.match_vector @@ $3::tsquery) as in_reply,
            l.reference_text, to_char(l.letter_date, 'YYYY-MM-DD') as date, l.reference_type,
            l.recipient_code, l.recipient_name, l.title, l.joint, l.language, l.mandate_ids, l.reply_count
       from unnest($1::bigint[], $2::boolean[]) with ordinality p(id, in_letter, n)
       join public_letters l on l.communication_id = p.id
      order by p.n`,
    [hits.map((p) => Number(p.id)), hits.map((p) => p.in_letter), h.q],
  );
  return { total, rows: rows.map((r) => ({ ...r, id: Number(r.id) })) };
}

/** The query read by the database, and the small sets of letters it names: what the public index needs from it. */
export interface PublicQueryHead {
  /** The match query as text; null when no word is left (only stop words, or no words). */
  q: string | null;
  /** Any of the words, for ranking; empty or null when none. */
  r: string | null;
  personLetters: number[];
  referenceLetters: number[];
  /** The public record's generation as this statement saw it (migration 0022); null when nothing was ever published. */
  generation: string | null;
}

export async function publicQueryHead(db: Queryable, m: PublicMatch): Promise<PublicQueryHead> {
  const { rows } = await db.query<{ q: string | null; r: string | null; person: string[]; reference: string[]; generation: string | null }>(
    `with ${TYPED}
     select rap_public_tsquery($1)::text as q,
            ${ANY_WORDS}::text as r,
            array(${PERSONS_LETTERS}) as person,
            array(select l.communication_id from public_letters l where l.reference_text = any($4::text[])) as reference,
            (select n::text from public_generation) as generation`,
    matchParams(m),
  );
  const h = rows[0]!;
  return { q: h.q, r: h.r, personLetters: h.person.map(Number), referenceLetters: h.reference.map(Number), generation: h.generation };
}

const HIT_COLUMNS = `l.communication_id as id, p.in_letter, p.in_reply,
            l.reference_text, to_char(l.letter_date, 'YYYY-MM-DD') as date, l.reference_type,
            l.recipient_code, l.recipient_name, l.title, l.joint, l.language, l.mandate_ids, l.reply_count`;

/** The public letters of a page, in the order given, with where each matched. */
export async function publicHitRows(db: Queryable, hits: Array<{ id: number; inLetter: boolean; inReply: boolean }>): Promise<PublicHitRow[]> {
  if (hits.length === 0) return [];
  const { rows } = await db.query<PublicHitRow>(
    `select ${HIT_COLUMNS}
       from unnest($1::bigint[], $2::boolean[], $3::boolean[]) with ordinality p(id, in_letter, in_reply, n)
       join public_letters l on l.communication_id = p.id
      order by p.n`,
    [hits.map((h) => h.id), hits.map((h) => h.inLetter), hits.map((h) => h.inReply)],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/**
 * publicHitRows and publicPassages in one statement: each letter of the page with the passage to
 * show (from its replies when only a reply matched).
 */
export async function publicHitRowsWithPassages(
  db: Queryable, hits: Array<{ id: number; inLetter: boolean; inReply: boolean }>, words: string, anyWords: string,
): Promise<{ rows: PublicHitRow[]; passages: PassageRow[] }> {
  if (hits.length === 0) return { rows: [], passages: [] };
  const { rows } = await db.query<PublicHitRow & { passage_text: string | null; passage_config: string | null; passage_query: string | null }>(
    `with p as (select * from unnest($1::bigint[], $2::boolean[], $3::boolean[]) with ordinality p(id, in_letter, in_reply, n)),
     page as (select p.id, not p.in_letter and p.in_reply as from_reply from p), ${bestPassages('$4', '$5')}
     select ${HIT_COLUMNS}, b.text as passage_text, b.config as passage_config, b.query as passage_query
       from p
       join public_letters l on l.communication_id = p.id
       left join best b on b.id = p.id
      order by p.n`,
    [hits.map((h) => h.id), hits.map((h) => h.inLetter), hits.map((h) => h.inReply), words, anyWords],
  );
  const passages: PassageRow[] = [];
  const hitRows = rows.map(({ passage_text: text, passage_config: config, passage_query: query, ...r }) => {
    const id = Number(r.id);
    if (text !== null && config !== null) passages.push({ id, from_reply: !r.in_letter && r.in_reply, text, config, query: query ?? '' });
    return { ...r, id };
  });
  return { rows: hitRows, passages };
}

/**
 * The facet values of every matching letter, one line each (search/facet-counts.ts reads them
 * and counts): state, type, joint, year, reply, language and mandates, from one scan of the
 * letters' search rows: those whose words match, or (a bitmap of ids) whose reply's words match,
 * that name a person found, or that are the reference. The filters are not applied here: each
 * facet is counted with the other facets' filters.
 */
export async function publicFacetFacts(db: Queryable, m: PublicMatch): Promise<string> {
  const matching = m.words
    ? `s.match_vector @@ (select q from q)
          or s.communication_id = any(array(
               select r.communication_id from public_reply_search r where r.match_vector @@ (select q from q)
               union ${PERSONS_LETTERS}
               union select l.communication_id from public_letters l where l.reference_text = any($4::text[])))`
    : 'true';
  const { rows } = await db.query<{ facts: string | null }>(
    `with ${TYPED}, q as materialized (select rap_public_tsquery($1) as q)
     select string_agg(${FACET_LINE}, E'\n') as facts
       from public_letter_search s
      where ${matching}`,
    matchParams(m),
  );
  return rows[0]?.facts ?? '';
}

export interface PassageRow {
  id: number;
  from_reply: boolean;
  text: string;
  /** The text search configuration of the passage's language (`rap_english`). */
  config: string;
  /** Any of the words as that configuration reads them (a `tsquery` as printed), empty when none. */
  query: string;
}

/**
 * The passage to show for each letter of a page: among the letter's passages (or its replies'
 * when only a reply matched), one with every word first, else the one ranking best on any word,
 * else the first. The caller marks the hits (search/snippet.ts).
 */
export async function publicPassages(
  db: Queryable,
  page: Array<{ id: number; fromReply: boolean }>,
  words: string,
  anyWords: string,
): Promise<PassageRow[]> {
  if (page.length === 0) return [];
  const { rows } = await db.query<PassageRow>(
    `with page as (select * from unnest($1::bigint[], $2::boolean[]) as p(id, from_reply)), ${bestPassages('$3', '$4')}
     select b.id, b.from_reply, b.text, b.config, b.query from best b`,
    [page.map((p) => p.id), page.map((p) => p.fromReply), words, anyWords],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** `best`: the passage to show for each letter of `page` (id, from_reply), the words in `words`, any of them in `anyWords`. */
const bestPassages = (words: string, anyWords: string) => `readings as materialized (
       select rap_language_marker(l.lang) as marker, websearch_to_tsquery(rap_search_config(l.lang), ${words}) as q,
              websearch_to_tsquery(rap_search_config(l.lang), ${anyWords}) as any
         from (values ('en'), ('fr'), ('es'), ('other')) l(lang)
     ), chosen as (
       select distinct on (page.id) page.id, page.from_reply, p.id as passage, p.language
         from page
         join public_passages p on p.communication_id = page.id and (p.reply_id is not null) = page.from_reply
         join readings rd on rd.marker = rap_language_marker(p.language)
        -- The vector is in the row (migration 0025): each use reads it there.
        order by page.id, (p.vector @@ rd.q) desc, ts_rank(p.vector, rd.any) desc, p.reply_id, p.ordinal
     ), best as (
       -- The text, configuration and query of the chosen passages only, not carried through the
       -- sort for every passage of the page's letters (about 17 a letter).
       select c.id, c.from_reply, p.text, rap_search_config(c.language)::text as config, rd.any::text as query
         from chosen c
         join public_passages p on p.id = c.passage
         join readings rd on rd.marker = rap_language_marker(c.language)
     )`;

/** The lexemes of each word under its configuration, as the database's parser and stemmers give them (none for a stop word). */
export async function lexemesOfWords(
  db: Queryable, words: Array<{ config: string; word: string }>,
): Promise<Array<{ config: string; word: string; lexemes: string[] }>> {
  if (words.length === 0) return [];
  const { rows } = await db.query<{ config: string; word: string; lexemes: string[] }>(
    `select u.config, u.word, array(select t.lexeme from unnest(to_tsvector(u.config::regconfig, u.word)) t) as lexemes
       from unnest($1::text[], $2::text[]) u(config, word)`,
    [words.map((w) => w.config), words.map((w) => w.word)],
  );
  return rows;
}

export interface PublicPersonRow {
  id: number;
  name: string;
  spellings: string[];
  letters: number;
}

// A mention is public when its letter or its reply is.
const PUBLIC_MENTION = `(exists (select 1 from public_letters l where l.communication_id = pm.communication_id and pm.name = any(l.named_spellings))
  or exists (select 1 from public_replies r where r.reply_id = pm.reply_id and pm.name = any(r.named_spellings)))`;

/**
 * Persons with a public spelling close to the folded name: the whole name alike (trigram
 * similarity 0.5) or one of its words nearly the same (strict word similarity 0.6). A spelling
 * counts only when a public letter or reply uses it; the spellings and letters answered are
 * public ones only.
 */
export async function findPublicPersons(db: Queryable, folded: string, limit = 10, spellings?: string[]): Promise<PublicPersonRow[]> {
  if (spellings?.length === 0) return [];
  // The spellings are walked from the most alike, each checked for a public mention, until enough
  // rows are found to hold `limit` persons at their best spelling (a person's first row in that
  // order is its best). Most lookups need a few rows; when the rows walked hold fewer persons,
  // the walk is taken again to the end.
  const first = await publicPersonsWalk(db, folded, limit, spellings, WALKED_PER_PERSON * limit);
  return first.persons.length < limit && !first.walkedAll ? (await publicPersonsWalk(db, folded, limit, spellings, null)).persons : first.persons;
}

/** How many rows the first walk reads for each person asked. */
const WALKED_PER_PERSON = 4;

async function publicPersonsWalk(
  db: Queryable, folded: string, limit: number, spellings: string[] | undefined, walk: number | null,
): Promise<{ persons: PublicPersonRow[]; walkedAll: boolean }> {
  // The index operators at the thresholds the query keeps (0.5, 0.6), for the rest of the
  // caller's transaction (a server's index-scan connections start with them): the GIN scan then
  // rechecks a few hundred spellings, not thousands (a long name shares trigrams with many). The
  // filter below states them anyway.
  if (!spellings) {
    await db.query(`select set_config('pg_trgm.similarity_threshold', '0.5', true),
                           set_config('pg_trgm.strict_word_similarity_threshold', '0.6', true)`);
  }
  // Given the folded spellings that may be alike (search/name-trigrams.ts), only those are measured.
  const near = spellings ? 'n.folded = any($4::text[])' : '(n.folded % $1 or $1 <<% n.folded)';
  const { rows } = await db.query<PublicPersonRow & { walked: number }>(
    `with candidates as (
       select n.person_id, n.name, greatest(m.whole, m.word) as score
         from person_names n
         -- Each measure once a spelling (offset 0 keeps the planner from writing them out again
         -- in the filter and the score): they are most of the lookup's time.
         cross join lateral (select similarity(n.folded, $1) as whole, strict_word_similarity($1, n.folded) as word offset 0) m
        where ${near}
          and (m.whole >= 0.5 or m.word >= 0.6)
     ), walked as (
       -- A scalar subquery, not a join: checked row by row as the sorted spellings come, until the limit.
       select c.person_id, c.score
         from (select * from candidates order by score desc, person_id) c
        where coalesce((select true from person_mentions pm
                         where pm.person_id = c.person_id and pm.name = c.name and ${PUBLIC_MENTION} limit 1), false)
        limit $3
     ), found as (
       select w.person_id, max(w.score) as score
         from walked w
        group by w.person_id
        order by max(w.score) desc, w.person_id
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
            (select count(distinct pm.letter_id)::int from public_mentions pm where pm.person_id = f.person_id) as letters,
            (select count(*) from walked)::int as walked
       from found f
      order by f.score desc, f.person_id`,
    spellings ? [folded, limit, walk, spellings] : [folded, limit, walk],
  );
  return {
    persons: rows.map(({ walked: _, ...r }) => ({ ...r, id: Number(r.id), letters: Number(r.letters) })),
    walkedAll: walk === null || Number(rows[0]?.walked ?? 0) < walk,
  };
}
