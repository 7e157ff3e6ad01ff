-- A search reads the vector of every passage of its page's letters (about 320 of them) to choose
-- the one each snippet shows. Kept the default way, a passage row over 2 kB had its vector
-- compressed and moved to the TOAST table, so that each read was a lookup there and a
-- decompression: most of that statement. A row that fits a page is now kept whole and
-- uncompressed (50,000 letters: 2.33 -> 2.45 GB for this table). Rows stored before keep their
-- form until their letter is published again, or until `vacuum full public_passages`.
alter table public_passages set (toast_tuple_target = 8160);
