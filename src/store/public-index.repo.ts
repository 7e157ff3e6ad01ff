/**
 * Reads for the public index kept in memory (search/public-index.ts): the generation of the public
 * record (migration 0022), every public letter with its facet line and every public reply, and the
 * letters and replies that hold given words. Public search tables only.
 */
import type { IndexedLetter, IndexedReply, WordLists } from '../search/public-index.js';
import type { Queryable } from './database.js';

/** A letter's facet values as one line (search/facet-counts.ts reads it), from `public_letter_search s`. */
export const FACET_LINE = `concat_ws(E'\\t', coalesce(s.recipient_code, ''), coalesce(s.reference_type, ''),
  coalesce(s.joint::text, ''), coalesce(s.year::text, ''), s.has_reply::text, coalesce(s.language, ''),
  array_to_string(s.mandate_ids, ','))`;

/** The public record's generation (migration 0022); null if its row is missing (the index is then not used). */
export async function publicGeneration(db: Queryable): Promise<string | null> {
  const { rows } = await db.query<{ n: string }>('select n::text as n from public_generation');
  return rows[0]?.n ?? null;
}

export async function loadPublicIndex(db: Queryable): Promise<{ letters: IndexedLetter[]; replies: IndexedReply[] }> {
  const letters = await db.query<{ id: string | number; dated: boolean; line: string }>(
    `select s.communication_id as id, s.letter_date is not null as dated, ${FACET_LINE} as line
       from public_letter_search s
      order by s.letter_date desc nulls last, s.communication_id desc`,
  );
  const replies = await db.query<{ id: string | number; letter_id: string | number }>(
    'select r.reply_id as id, r.communication_id as letter_id from public_reply_search r',
  );
  return {
    letters: letters.rows.map((r) => ({ id: Number(r.id), dated: r.dated, line: r.line })),
    replies: replies.rows.map((r) => ({ id: Number(r.id), letterId: Number(r.letter_id) })),
  };
}

/** The folded spellings of persons that public letters and replies name. */
export async function publicSpellings(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ folded: string }>(
    `select distinct n.folded from person_names n
      where n.name in (select unnest(l.named_spellings) from public_letters l
                       union select unnest(r.named_spellings) from public_replies r)`,
  );
  return rows.map((r) => r.folded);
}

const ids = (list: string | null): number[] => (list ? list.split(',').map(Number) : []);

/**
 * For each term (a lexeme or a phrase, as a tsquery prints it: `'detent'`), the public letters
 * whose words match it, the public replies whose words match it, and the letters whose naming
 * fields match it. Each list is an index scan (the caller keeps the planner off sequential scans,
 * which would read every vector); a phrase is checked on the vectors its words' index finds.
 */
export async function wordLists(db: Queryable, terms: string[]): Promise<Map<string, WordLists>> {
  const out = new Map<string, WordLists>();
  if (terms.length === 0) return out;
  const { rows } = await db.query<{ n: number; letters: string | null; replies: string | null; named: string | null }>(
    `select w.n::int as n,
            (select string_agg(s.communication_id::text, ',') from public_letter_search s where s.match_vector @@ w.q::tsquery) as letters,
            (select string_agg(r.reply_id::text, ',') from public_reply_search r where r.match_vector @@ w.q::tsquery) as replies,
            (select string_agg(s.communication_id::text, ',') from public_letter_search s where s.rank_vector @@ w.q::tsquery) as named
       from unnest($1::text[]) with ordinality w(q, n)`,
    [terms],
  );
  for (const r of rows) out.set(terms[r.n - 1]!, { letters: ids(r.letters), replies: ids(r.replies), named: ids(r.named) });
  return out;
}

/**
 * The words (lexemes, as the match vectors hold them) most public letters contain, commonest
 * first, counted on a sample of about `sample` letters (every letter of a smaller archive): those
 * a page of results should not wait for. Only words in at least `share` of the letters counted.
 */
export async function commonWords(db: Queryable, limit: number, sample = 500, share = 0.02): Promise<string[]> {
  const { rows } = await db.query<{ n: number }>('select count(*)::int as n from public_letter_search');
  const letters = rows[0]?.n ?? 0;
  if (letters === 0) return [];
  const counted = letters > sample * 2 ? sample : letters;
  const from = counted === letters ? '' : ` tablesample system (${((sample / letters) * 100).toFixed(4)})`;
  const words = await db.query<{ word: string }>(
    'select word from ts_stat($1) where ndoc >= $2 order by ndoc desc, word limit $3',
    [`select match_vector from public_letter_search${from}`, Math.max(1, Math.ceil(counted * share)), limit],
  );
  return words.rows.map((r) => r.word);
}
