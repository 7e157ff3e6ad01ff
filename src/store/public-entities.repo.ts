/**
 * Reads for the public pages of recipients, mandates and persons. Letters come from the public
 * tables only; persons from their mentions in published letters only, so a person, or a spelling,
 * known from letters not yet published is invisible here.
 */
import type { Queryable } from './database.js';
import type { PublishedLetterRow } from './published-letters.repo.js';

/**
 * Every spelling given by a published letter of the persons `persons` selects (a SQL condition
 * on `m.person_id`): the name a mention uses and the variants the published record gives for
 * that name. Persons merged into another have no mentions left (they moved), so only current
 * persons appear. The condition sits inside, so only those persons' mentions are read.
 */
const publicSpellings = (persons: string) => `
  public_mentions as (
    select m.person_id, m.name, m.role, m.communication_id, p.record
      from person_mentions m join public_letters p on p.communication_id = m.communication_id
     where ${persons} and m.name = any(p.named_spellings)
  ),
  public_spellings as (
    select person_id, name from public_mentions
    union
    select m.person_id, btrim(v.name)
      from public_mentions m
      cross join lateral jsonb_array_elements(m.record->'persons') e
      cross join lateral jsonb_array_elements_text(e->'variants') v(name)
     where btrim(e->>'name') = m.name and btrim(v.name) <> ''
  )`;

export interface YearCountRow {
  year: number;
  letters: number;
  replied: number;
}

export interface LetterStatsRow {
  letters: number;
  replied: number;
}

type Scope = { recipient: string } | { mandate: string };
const scopeWhere = (s: Scope) => ('recipient' in s ? 'p.recipient_code = $1' : '$1 = any(p.mandate_ids)');
const scopeParam = (s: Scope) => ('recipient' in s ? s.recipient : s.mandate);

/** Published letters per year (letter date, else the reference's year), with how many were replied to. */
export async function lettersPerYear(db: Queryable, scope: Scope): Promise<YearCountRow[]> {
  const { rows } = await db.query<YearCountRow>(
    `select coalesce(p.year, p.reference_year) as year, count(*)::int as letters,
            count(*) filter (where p.reply_count > 0)::int as replied
       from public_letters p where ${scopeWhere(scope)}
      group by 1 order by 1`,
    [scopeParam(scope)],
  );
  return rows;
}

export async function letterStats(db: Queryable, scope: Scope): Promise<LetterStatsRow> {
  const { rows } = await db.query<LetterStatsRow>(
    `select count(*)::int as letters, count(*) filter (where p.reply_count > 0)::int as replied
       from public_letters p where ${scopeWhere(scope)}`,
    [scopeParam(scope)],
  );
  return rows[0] ?? { letters: 0, replied: 0 };
}

export interface RecipientRow {
  code: string;
  /** The name the newest letter gives the recipient. */
  name: string | null;
  letters: number;
  replied: number;
}

/** Every recipient of a published letter, with counts. */
export async function publicRecipients(db: Queryable): Promise<RecipientRow[]> {
  const { rows } = await db.query<RecipientRow>(
    `select p.recipient_code as code,
            (array_agg(p.recipient_name order by p.letter_date desc nulls last) filter (where p.recipient_name is not null))[1] as name,
            count(*)::int as letters, count(*) filter (where p.reply_count > 0)::int as replied
       from public_letters p group by p.recipient_code order by p.recipient_code`,
  );
  return rows;
}

/** The name the newest published letter to this recipient gives it; null when there is none. */
export async function recipientName(db: Queryable, code: string): Promise<string | null> {
  const { rows } = await db.query<{ name: string | null }>(
    `select p.recipient_name as name from public_letters p where p.recipient_code = $1 and p.recipient_name is not null
      order by p.letter_date desc nulls last limit 1`,
    [code],
  );
  return rows[0]?.name ?? null;
}

/** Registry mandate ids with their number of published letters. */
export async function mandateLetterCounts(db: Queryable): Promise<Array<{ id: string; letters: number }>> {
  const { rows } = await db.query<{ id: string; letters: number }>(
    'select m as id, count(*)::int as letters from public_letters p, unnest(p.mandate_ids) m group by m',
  );
  return rows;
}

/** The mandates that signed published letters together with this one, most letters first. */
export async function jointMandates(db: Queryable, mandateId: string, limit: number): Promise<Array<{ id: string; letters: number }>> {
  const { rows } = await db.query<{ id: string; letters: number }>(
    `select m as id, count(*)::int as letters
       from public_letters p, unnest(p.mandate_ids) m
      where $1 = any(p.mandate_ids) and m <> $1
      group by m order by letters desc, m limit $2`,
    [mandateId, limit],
  );
  return rows;
}

export async function countPublicPersons(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `select count(distinct m.person_id)::int as n
       from person_mentions m join public_letters p on p.communication_id = m.communication_id
      where m.name = any(p.named_spellings)`,
  );
  return rows[0]?.n ?? 0;
}

/** Spellings of a person from published letters, most used first (mentions count, variants follow). */
export async function publicSpellingsOf(db: Queryable, personId: string): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `with ${publicSpellings('m.person_id = $1')},
     uses as (select name, count(*) as n from public_mentions where person_id = $1 group by name)
     select s.name from public_spellings s left join uses u on u.name = s.name
      where s.person_id = $1 order by coalesce(u.n, 0) desc, s.name`,
    [personId],
  );
  return rows.map((r) => r.name);
}

export interface PersonLetterRow extends PublishedLetterRow {
  year: number | null;
  role: 'victim' | 'mentioned';
  spelling: string;
}

/** The published letters naming a person, oldest first, one row a letter (as a victim when both). */
export async function publishedLettersOfPerson(db: Queryable, personId: string): Promise<PersonLetterRow[]> {
  const { rows } = await db.query<PersonLetterRow>(
    `select * from (
       select distinct on (p.communication_id) p.reference_text, to_char(p.letter_date, 'YYYY-MM-DD') as letter_date,
              p.year, p.reference_type, p.recipient_code, p.recipient_name, p.title, p.joint, p.mandate_ids,
              p.reply_count, m.role, m.name as spelling, p.communication_id
         from person_mentions m join public_letters p on p.communication_id = m.communication_id
        where m.person_id = $1 and m.name = any(p.named_spellings)
        order by p.communication_id, (m.role = 'victim') desc, m.id
     ) x order by x.letter_date nulls last, x.communication_id`,
    [personId],
  );
  return rows;
}

export interface PersonFoundRow {
  id: string;
  spellings: string[];
  letters: number;
}

/**
 * Persons with a public spelling like these folded words (`folded` of person_names, trigram
 * similar or containing them), best match first. The trigram index finds candidates among all
 * spellings; only the public spellings of those candidates are then matched.
 */
export async function findPublicPersons(db: Queryable, folded: string, limit: number, offset: number): Promise<{ rows: PersonFoundRow[]; total: number }> {
  const { rows } = await db.query<PersonFoundRow & { total: number }>(
    `with candidates as (
       select distinct n.person_id from person_names n where n.folded % $1 or n.folded like $4
     ),
     ${publicSpellings('m.person_id in (select person_id from candidates)')},
     keyed as (
       select s.person_id, s.name, n.folded from public_spellings s
         join person_names n on n.person_id = s.person_id and n.name = s.name
     ),
     hits as (
       select person_id, max(greatest(similarity(folded, $1), case when strpos(folded, $1) > 0 then 1 else 0 end)) as score
         from keyed where folded % $1 or strpos(folded, $1) > 0 group by person_id
     )
     select h.person_id::text as id,
            (select array_agg(distinct s.name) from public_spellings s where s.person_id = h.person_id) as spellings,
            (select count(distinct m.communication_id)::int from public_mentions m where m.person_id = h.person_id) as letters,
            count(*) over ()::int as total
       from hits h order by h.score desc, h.person_id limit $2 offset $3`,
    [folded, limit, offset, `%${folded.replace(/[\\%_]/g, '\\$&')}%`],
  );
  return { rows: rows.map(({ total: _t, ...r }) => r), total: rows[0]?.total ?? 0 };
}
