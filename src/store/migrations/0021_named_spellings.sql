-- The spellings a public record names its persons by (each name and variant, trimmed), kept in a
-- column computed from the record, so that every way a public letter or reply is written keeps
-- it right. Asking "does this public record still name the person this way" (a name hidden by
-- redaction must find nothing) was rap_record_names, which read the whole record per mention:
-- most of a search that found a person. `name = any(named_spellings)` gives the same answer.
create or replace function rap_record_spellings(record jsonb) returns text[]
language sql immutable parallel safe as $$
  select coalesce(array_agg(distinct s.spelling), '{}')
    from (
      select btrim(p->>'name') as spelling, p
        from jsonb_array_elements(case when jsonb_typeof(record->'persons') = 'array' then record->'persons' else '[]' end) p
      union all
      select btrim(v), p
        from jsonb_array_elements(case when jsonb_typeof(record->'persons') = 'array' then record->'persons' else '[]' end) p,
             jsonb_array_elements_text(case when jsonb_typeof(p->'variants') = 'array' then p->'variants' else '[]' end) v
    ) s
   where s.spelling is not null
$$;

alter table public_letters add column named_spellings text[] generated always as (rap_record_spellings(record)) stored;
alter table public_replies add column named_spellings text[] generated always as (rap_record_spellings(record)) stored;

-- Nothing asks the old question any more.
drop function if exists rap_record_names(jsonb, text);
