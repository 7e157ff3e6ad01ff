-- A letter is found by its key too (`XAA 1/2024`, as listings print it without the type): without
-- this index the lookup by text or key reads every public letter.
create index public_letters_reference_key on public_letters (reference_key);
