-- The public record: what has been published, as published. The public side (pages, open API,
-- exports) reads these tables only. A letter is copied here by the publication step when its
-- publication date has come (src/services/publish.ts); what must stay confidential is removed
-- before the copy, so no public query can reach the private text, whatever its filter.

create table public_letters (
  communication_id bigint primary key references communications (id) on delete cascade,
  reference_text text not null unique,
  reference_key text not null,
  reference_type text,
  recipient_code text not null,
  recipient_name text,
  reference_number integer not null,
  reference_year integer not null,
  letter_date date,
  year integer,
  language text,
  title text,
  joint boolean,
  copied_to text[] not null default '{}',
  -- Registry ids of the mandates that signed, in the letter's order (facets, mandate pages).
  mandate_ids text[] not null default '{}',
  -- The interchange record as published: no private file path, nothing redacted left in.
  record jsonb not null,
  body text,
  reply_count integer not null default 0,
  first_reply_date date,
  publication_date date not null,
  published_at timestamptz not null default now(),
  -- The private row's updated_at when copied: a newer private row is published again.
  source_updated_at timestamptz not null
);
create index public_letters_date on public_letters (letter_date desc, communication_id desc);
create index public_letters_recipient on public_letters (recipient_code, letter_date desc);
create index public_letters_mandates on public_letters using gin (mandate_ids);

-- Replies to published letters, published with their letter or as soon as they arrive after it.
create table public_replies (
  reply_id bigint primary key references replies (id) on delete cascade,
  communication_id bigint not null references public_letters (communication_id) on delete cascade,
  reply_date date,
  language text,
  title text,
  record jsonb not null,
  body text,
  published_at timestamptz not null default now()
);
create index public_replies_letter on public_replies (communication_id, reply_date);
