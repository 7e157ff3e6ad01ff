/**
 * Full-text search over everything stored (letters of any publication state), for staff at the
 * command line. The public side never calls this: it reads published letters only.
 */
import type { Queryable } from './database.js';

export interface StaffSearchHit {
  reference_text: string;
  letter_date: string | null;
  recipient_code: string;
  title: string | null;
  rank: number;
  snippet: string;
}

/**
 * Letters matching a query in the user's words (`websearch_to_tsquery`: quotes, `or`, `-word`),
 * best first. Ranking runs over the matches; the highlight is computed only for the page shown.
 */
export async function searchLetters(db: Queryable, query: string, limit: number): Promise<StaffSearchHit[]> {
  const { rows } = await db.query<StaffSearchHit>(
    `with hits as (
       select c.id, c.reference_text, c.letter_date, c.recipient_code, c.title, c.body, c.language,
              ts_rank('{0.1, 0.2, 0.4, 1.0}', c.search_vector, websearch_to_tsquery(rap_search_config(c.language), $1)) as rank
         from communications c
        where c.status = 'imported'
          and c.search_vector @@ websearch_to_tsquery(rap_search_config(c.language), $1)
        order by rank desc, c.letter_date desc nulls last
        limit $2)
     select reference_text, to_char(letter_date, 'YYYY-MM-DD') as letter_date, recipient_code, title, rank::float8 as rank,
            ts_headline(rap_search_config(language), coalesce(body, ''), websearch_to_tsquery(rap_search_config(language), $1),
                        'StartSel=[, StopSel=], MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') as snippet
       from hits order by rank desc, letter_date desc nulls last`,
    [query, limit],
  );
  return rows;
}
