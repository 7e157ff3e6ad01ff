-- A search reads the vector of every passage of its page's letters (about 320 of them) to choose
-- the one each snippet shows. Kept the default way, a passage row over 2 kB had its vector
-- compressed and moved to the TOAST table, so that each read was a lookup there and a
-- decompression: most of that statement. A row that fits a page is now kept whole and
-- uncompressed (50,000 letters: 2.33 -> 2.37 GB for this table).
alter table public_passages set (toast_tuple_target = 8160);

-- The rows stored before are rewritten so once, after the migrations (store/passage-rewrite.ts,
-- which compacts the table with VACUUM FULL: that cannot run in a migration's transaction).
create table passages_rewrite_pending (
  only_row boolean primary key default true check (only_row)
);
insert into passages_rewrite_pending select true where exists (select 1 from public_passages);
