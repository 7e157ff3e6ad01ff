/**
 * Full-text search over everything the secretariat holds (letters of any publication state,
 * submissions, cases, events, documents), for staff only. The public side never calls this.
 * Confidential material has no words in any vector (the writers leave them out), so it cannot
 * be found, nor shown in a snippet. Snippets use [ and ] around the matched words.
 */
import type { Snippet } from '../domain/search-query.js';
import { HIT_START, HIT_STOP, readSnippet } from '../search/snippet.js';
import type { Queryable } from './database.js';

export interface StaffSearchHit {
  reference_text: string;
  letter_date: string | null;
  recipient_code: string;
  title: string | null;
  rank: number;
  snippet: string;
}

const HEADLINE = `'StartSel=[, StopSel=], MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'`;

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
            ts_headline(rap_search_config(language), coalesce(body, ''), websearch_to_tsquery(rap_search_config(language), $1), ${HEADLINE}) as snippet
       from hits order by rank desc, letter_date desc nulls last`,
    [query, limit],
  );
  return rows;
}

export type StaffHitKind = 'letter' | 'submission' | 'case' | 'event' | 'document';

export interface StaffHit {
  kind: StaffHitKind;
  id: string;
  /** What the result is called: a reference, a receipt code, a case title, a file name. */
  label: string;
  /** A date to show (letter date, received, event date, uploaded). */
  date: string | null;
  /** The case it belongs to, when it belongs to one. */
  caseId: string | null;
  caseTitle: string | null;
  /** Letters only: published yet or not. */
  published: boolean | null;
  snippet: Snippet;
}

/** One kind's statement: its matches (`where`), their fields, and the text to highlight. */
const KINDS: Record<StaffHitKind, { from: string; fields: string; text: string; order: string; config: string }> = {
  letter: {
    from: `communications x left join public_letters p on p.communication_id = x.id where x.status = 'imported' and x.search_vector @@ q.q`,
    fields: `x.reference_text as label, to_char(x.letter_date, 'YYYY-MM-DD') as date, null::text as case_id, null::text as case_title, (p.communication_id is not null) as published`,
    text: `coalesce(x.title, '') || ' ' || coalesce(x.body, '')`,
    order: 'x.letter_date desc nulls last',
    config: 'rap_search_config(x.language)',
  },
  submission: {
    from: `submissions x left join cases c on c.id = x.case_id where x.search_vector @@ q.q`,
    fields: `x.receipt_code as label, to_char(x.received_at, 'YYYY-MM-DD') as date, x.case_id::text as case_id, c.title as case_title, null::boolean as published`,
    text: `x.summary || ' ' || coalesce(x.place, '') || ' ' || coalesce(x.perpetrators, '') || ' ' || coalesce((select string_agg(v->>'name', ', ') from jsonb_array_elements(x.victims) v), '')`,
    order: 'x.received_at desc',
    config: 'rap_search_config(x.language)',
  },
  case: {
    from: `cases x where x.search_vector @@ q.q`,
    fields: `x.title as label, to_char(x.updated_at, 'YYYY-MM-DD') as date, x.id::text as case_id, x.title as case_title, null::boolean as published`,
    text: `x.title || ' ' || x.summary`,
    order: 'x.updated_at desc',
    config: `'rap_simple'::regconfig`,
  },
  event: {
    from: `case_events x join cases c on c.id = x.case_id where not x.confidential and x.search_vector @@ q.q`,
    fields: `coalesce(x.event_date, 'date unknown') as label, x.event_date as date, c.id::text as case_id, c.title as case_title, null::boolean as published`,
    text: `coalesce(x.description, '') || ' ' || coalesce(x.place, '')`,
    order: 'x.event_date desc nulls last',
    config: `'rap_simple'::regconfig`,
  },
  document: {
    from: `staff_files x left join cases c on c.id = x.case_id where not x.confidential and x.search_vector @@ q.q`,
    fields: `x.file_name as label, to_char(x.uploaded_at, 'YYYY-MM-DD') as date, x.case_id::text as case_id, c.title as case_title, null::boolean as published`,
    text: `coalesce(x.text, '')`,
    order: 'x.uploaded_at desc',
    config: `'rap_simple'::regconfig`,
  },
};

/** The matches of one kind, best first, with a snippet; and how many there are. */
export async function searchStaffKind(db: Queryable, kind: StaffHitKind, words: string, { limit, offset = 0 }: { limit: number; offset?: number }): Promise<{ total: number; hits: StaffHit[] }> {
  const k = KINDS[kind];
  const { rows } = await db.query<{ id: string; label: string; date: string | null; case_id: string | null; case_title: string | null; published: boolean | null; snippet: string; total: number }>(
    `with q as (select rap_staff_tsquery($1) as q),
     hits as (
       select x.id, ${k.fields}, ${k.text} as text, ${k.config} as config, ts_rank(x.search_vector, q.q) as rank, count(*) over () as total
         from q, ${k.from}
        order by rank desc, ${k.order}
        limit $2 offset $3)
     select h.id::text, h.label, h.date, h.case_id, h.case_title, h.published, h.total::int as total,
            ts_headline(h.config, left(h.text, 200000), q.q, $4) as snippet
       from hits h, q order by h.rank desc`,
    [words, limit, offset, `MaxWords=30, MinWords=12, MaxFragments=2, StartSel=${HIT_START}, StopSel=${HIT_STOP}, FragmentDelimiter=" … "`],
  );
  return {
    total: rows[0]?.total ?? 0,
    hits: rows.map((r) => ({ kind, id: r.id, label: r.label, date: r.date, caseId: r.case_id, caseTitle: r.case_title, published: r.published, snippet: readSnippet(r.snippet) })),
  };
}
