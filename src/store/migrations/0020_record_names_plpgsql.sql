-- rap_record_names in PL/pgSQL, with the same answer. As an SQL function it was inlined into
-- every query that asks it (the public persons lookup asks it in four places), and planning
-- those subqueries cost more than running them: 9 ms of each public search on 50,000 letters.
-- PL/pgSQL is never inlined and keeps its own plan for the session.
create or replace function rap_record_names(record jsonb, spelling text) returns boolean
language plpgsql immutable parallel safe as $$
begin
  return exists (
    select 1
      from jsonb_array_elements(case when jsonb_typeof(record->'persons') = 'array' then record->'persons' else '[]' end) p
     where btrim(p->>'name') = spelling
        or exists (select 1 from jsonb_array_elements_text(case when jsonb_typeof(p->'variants') = 'array' then p->'variants' else '[]' end) v
                    where btrim(v) = spelling));
end
$$;
