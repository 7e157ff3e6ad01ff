-- Staff search: the words as typed, read in the plain configuration and in each language's,
-- the readings OR-ed, so that one query matches vectors built in any of them (a submission in
-- French, a document in Spanish, a letter in English). Null when no reading has a word.
create or replace function rap_staff_tsquery(words text) returns tsquery
language sql stable parallel safe as $$
  select string_agg('(' || r.q::text || ')', ' | ')::tsquery
    from (values ('rap_simple'), ('en'), ('fr'), ('es')) l(lang)
    cross join lateral (select websearch_to_tsquery(case when l.lang = 'rap_simple' then 'rap_simple'::regconfig else rap_search_config(l.lang) end, words) as q) r
   where numnode(r.q) > 0
$$;
