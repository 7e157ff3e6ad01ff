-- The version of the keys stored with every spelling (domain/names.ts, NAME_KEYS_VERSION). When
-- the rules learn a new way two spellings may be the same, their keys change: a store behind the
-- code keys its spellings again when it opens (store/name-keys.ts). The keys of 0003 are version 1.
create table name_keys_version (
  only_row boolean primary key default true check (only_row),
  version integer not null
);
insert into name_keys_version (version) values (1);
