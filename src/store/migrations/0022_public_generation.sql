-- A number that changes whenever the public search structures change (a letter or a reply
-- published, refreshed or withdrawn), in the same transaction. A server that keeps the public
-- record's lists in memory (services/public-index.ts) reads it before each search and throws its
-- lists away when it moved, whichever process made the change.
create table public_generation (
  only_row boolean primary key default true check (only_row),
  n bigint not null,
  -- The transaction that last moved it: once a transaction is enough, and a publication runs
  -- hundreds of statements (each row version left behind would slow every read of the number).
  moved_by bigint
);
insert into public_generation (n) values (0);

create or replace function rap_public_changed() returns trigger
language plpgsql as $$
begin
  update public_generation set n = n + 1, moved_by = txid_current() where moved_by is distinct from txid_current();
  return null;
end
$$;

create trigger public_letter_search_changed after insert or update or delete or truncate on public_letter_search
  for each statement execute function rap_public_changed();
create trigger public_reply_search_changed after insert or update or delete or truncate on public_reply_search
  for each statement execute function rap_public_changed();
