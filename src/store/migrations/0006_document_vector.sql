-- The staff search vector of a letter, reply or source document, defined once. The store computes
-- it when it writes a document; an import's extraction workers compute it ahead, in their own
-- embedded engine with this same definition, so that the one writer does not have to.
-- Reference, title and people weighted A; the body D.
create function rap_document_vector(reference text, language text, title text, people text, body text)
returns tsvector language sql stable parallel safe as $$
  select setweight(to_tsvector('rap_simple', coalesce(reference, '')), 'A')
    || setweight(to_tsvector(rap_search_config(language), coalesce(title, '') || ' ' || coalesce(people, '')), 'A')
    || setweight(to_tsvector(rap_search_config(language), coalesce(body, '')), 'D')
$$;
