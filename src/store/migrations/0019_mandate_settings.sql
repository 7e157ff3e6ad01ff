-- Settings a mandate chooses for its own letters. `ol_publication_days`: days after its date before
-- a letter on legislation (OL) led by the mandate is published, 0 to 60; null keeps the default
-- of 60 days. `updated_by` is emptied if the account is ever deleted: the audit trail keeps who.
create table mandate_settings (
  mandate_id text primary key,
  ol_publication_days integer check (ol_publication_days between 0 and 60),
  updated_by bigint references users (id) on delete set null,
  updated_at timestamptz not null default now()
);
