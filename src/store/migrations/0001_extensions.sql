-- Trigram similarity for names (pg_trgm) and accent folding for search (unaccent).
create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- Text search configurations that fold diacritics before stemming (`Clément` finds `Clement`),
-- for the three working languages and plain words for any other. Documents and queries must
-- use the same configuration: rap_search_config(language) gives it.
create text search configuration rap_english (copy = english);
alter text search configuration rap_english
  alter mapping for hword, hword_part, word with unaccent, english_stem;
create text search configuration rap_french (copy = french);
alter text search configuration rap_french
  alter mapping for hword, hword_part, word with unaccent, french_stem;
create text search configuration rap_spanish (copy = spanish);
alter text search configuration rap_spanish
  alter mapping for hword, hword_part, word with unaccent, spanish_stem;
create text search configuration rap_simple (copy = simple);
alter text search configuration rap_simple
  alter mapping for hword, hword_part, word with unaccent, simple;

create or replace function rap_search_config(language text) returns regconfig
language sql stable parallel safe as $$
  select case language
    when 'en' then 'rap_english'::regconfig
    when 'fr' then 'rap_french'::regconfig
    when 'es' then 'rap_spanish'::regconfig
    else 'rap_simple'::regconfig
  end
$$;
