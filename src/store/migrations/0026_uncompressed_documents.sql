-- The embedded engine compresses stored values (pglz) in WebAssembly, several times slower than
-- a server does natively. A 3,000-word letter brings three large values: its record, its text and
-- its file; compressing them was a third of the letter's insert (3.1 -> 2.0 ms), and each read of
-- a text or record paid a decompression. On the embedded engine they are kept uncompressed, out
-- of line as before: 1,000 letters and their replies take 103 MB instead of 62. Vectors stay as
-- they were (they hardly compress). A PostgreSQL server keeps its default.
-- Rows stored before stay as they are until rewritten.
do $$
begin
  if version() like '%PGlite%' then
    alter table communications alter column record set storage external, alter column body set storage external;
    alter table replies alter column record set storage external, alter column body set storage external;
    alter table source_documents alter column record set storage external, alter column body set storage external;
    alter table document_files alter column content set storage external;
  end if;
end
$$;
