-- The bytes of each imported file, so that the original of a letter can be served and an import
-- re-read without the folder it came from.
create table document_files (
  document_id bigint primary key references documents (id) on delete cascade,
  content bytea not null
);

-- The file a public letter links to as its original: set by the publication step when the file
-- may be shown as it is (nothing in it is redacted), null otherwise.
alter table public_letters add column document_id bigint references documents (id) on delete set null;
