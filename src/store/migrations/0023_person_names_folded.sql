-- The public search narrows a name lookup to a few folded spellings in memory
-- (search/name-trigrams.ts) and measures only those: found by this index.
create index person_names_folded on person_names (folded);
