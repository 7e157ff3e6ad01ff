/**
 * Persons in case files: the case's rows (roles, affiliation, consents), spellings entered by
 * hand, the match suggestions waiting for an officer, and what a merge moved between cases.
 * SQL only: the matching rules are in domain/names.ts, the decisions in services/case-people.ts.
 */
import type { Queryable } from './database.js';
import type { NameKeys } from './entities.repo.js';

export interface CasePersonRow {
  id: number;
  case_id: number;
  person_id: number;
  roles: string[];
  affiliation: string | null;
  consent_to_state: boolean | null;
  consent_public: boolean | null;
  source_submission_id: number | null;
  added_by: number | null;
  added_at: Date;
}

export interface PersonRow {
  id: number;
  display_name: string;
  gender: 'female' | 'male' | null;
  merged_into: number | null;
}

const CASE_PERSON_COLUMNS =
  'id, case_id, person_id, roles, affiliation, consent_to_state, consent_public, source_submission_id, added_by, added_at';

export async function caseTitle(db: Queryable, caseId: number): Promise<string | null> {
  const { rows } = await db.query<{ title: string }>('select title from cases where id = $1', [caseId]);
  return rows[0]?.title ?? null;
}

export async function personsByIds(db: Queryable, ids: number[]): Promise<PersonRow[]> {
  const { rows } = await db.query<PersonRow>(
    'select id, display_name, gender, merged_into from persons where id = any($1::bigint[]) order by id',
    [ids],
  );
  return rows;
}

export async function insertPerson(db: Queryable, displayName: string, gender: 'female' | 'male' | null): Promise<number> {
  const { rows } = await db.query<{ id: number }>('insert into persons (display_name, gender) values ($1, $2) returning id', [
    displayName,
    gender,
  ]);
  return rows[0]!.id;
}

export async function setGender(db: Queryable, personId: number, gender: 'female' | 'male' | null): Promise<void> {
  await db.query('update persons set gender = $2 where id = $1', [personId, gender]);
}

/** Records spellings of a person (a spelling it already has is skipped); returns the names added. */
export async function insertPersonNames(db: Queryable, personId: number, names: NameKeys[], caseId: number | null): Promise<string[]> {
  const added: string[] = [];
  for (const n of names) {
    const { rows } = await db.query<{ name: string }>(
      `insert into person_names (person_id, name, match_key, folded, skeleton, edit_keys, added_in_case)
       select $1, $2, $3, $4, $5, $6::text[], $7
       where not exists (select 1 from person_names where person_id = $1 and name = $2)
       returning name`,
      [personId, n.name, n.matchKey, n.folded, n.skeleton, n.editKeys, caseId],
    );
    if (rows[0]) added.push(rows[0].name);
  }
  return added;
}

export async function getCasePerson(db: Queryable, caseId: number, personId: number): Promise<CasePersonRow | null> {
  const { rows } = await db.query<CasePersonRow>(
    `select ${CASE_PERSON_COLUMNS} from case_people where case_id = $1 and person_id = $2`,
    [caseId, personId],
  );
  return rows[0] ?? null;
}

export type CasePersonFields = Pick<CasePersonRow, 'roles' | 'affiliation' | 'consent_to_state' | 'consent_public'>;

export async function insertCasePerson(
  db: Queryable,
  row: CasePersonFields & { case_id: number; person_id: number; source_submission_id: number | null; added_by: number | null },
): Promise<void> {
  await db.query(
    `insert into case_people (case_id, person_id, roles, affiliation, consent_to_state, consent_public, source_submission_id, added_by)
     values ($1, $2, $3::text[], $4, $5, $6, $7, $8)`,
    [row.case_id, row.person_id, row.roles, row.affiliation, row.consent_to_state, row.consent_public, row.source_submission_id, row.added_by],
  );
}

export async function updateCasePersonRow(db: Queryable, rowId: number, f: CasePersonFields & { source_submission_id?: number | null }): Promise<void> {
  await db.query(
    `update case_people set roles = $2::text[], affiliation = $3, consent_to_state = $4, consent_public = $5,
       source_submission_id = coalesce($6, source_submission_id)
     where id = $1`,
    [rowId, f.roles, f.affiliation, f.consent_to_state, f.consent_public, f.source_submission_id ?? null],
  );
}

export async function deleteCasePersonRow(db: Queryable, rowId: number): Promise<void> {
  await db.query('delete from case_people where id = $1', [rowId]);
}

/** Puts back a case row a merge removed, with its own id. */
export async function restoreCasePersonRow(db: Queryable, row: CasePersonRow): Promise<void> {
  await db.query(
    `insert into case_people (${CASE_PERSON_COLUMNS}) values ($1, $2, $3, $4::text[], $5, $6, $7, $8, $9, $10)`,
    [row.id, row.case_id, row.person_id, row.roles, row.affiliation, row.consent_to_state, row.consent_public,
      row.source_submission_id, row.added_by, row.added_at],
  );
}

export async function moveCasePersonRows(db: Queryable, rowIds: number[], personId: number): Promise<void> {
  if (rowIds.length === 0) return;
  await db.query('update case_people set person_id = $2 where id = any($1::bigint[])', [rowIds, personId]);
}

export async function caseRowsOfPerson(db: Queryable, personId: number): Promise<CasePersonRow[]> {
  const { rows } = await db.query<CasePersonRow>(
    `select ${CASE_PERSON_COLUMNS} from case_people where person_id = $1 order by case_id`,
    [personId],
  );
  return rows;
}

/** A case row with its person's name and gender. */
export type CasePersonWithPerson = CasePersonRow & Pick<PersonRow, 'display_name' | 'gender'>;

export async function caseRowsOfCase(db: Queryable, caseId: number): Promise<CasePersonWithPerson[]> {
  const { rows } = await db.query<CasePersonWithPerson>(
    `select cp.id, cp.case_id, cp.person_id, cp.roles, cp.affiliation, cp.consent_to_state, cp.consent_public,
       cp.source_submission_id, cp.added_by, cp.added_at, p.display_name, p.gender
     from case_people cp join persons p on p.id = cp.person_id
     where cp.case_id = $1 order by cp.added_at, cp.id`,
    [caseId],
  );
  return rows;
}

/** Adds to a merge's details what it did to case rows, for the undo. */
export async function addMergeDetails(db: Queryable, mergeId: number, details: Record<string, unknown>): Promise<void> {
  await db.query('update person_merges set details = details || $2::jsonb where id = $1', [mergeId, JSON.stringify(details)]);
}

export interface SpellingRow {
  person_id: number;
  name: string;
  added_in_case: number | null;
}

export async function spellingsOfPersons(db: Queryable, ids: number[]): Promise<SpellingRow[]> {
  const { rows } = await db.query<SpellingRow>(
    'select person_id, name, added_in_case from person_names where person_id = any($1::bigint[]) order by id',
    [ids],
  );
  return rows;
}

export interface CaseOfPerson {
  person_id: number;
  case_id: number;
  title: string;
  status: string;
  roles: string[];
  consent_to_state: boolean | null;
  consent_public: boolean | null;
}

/** The cases these persons are in (a case named in `except` left out). */
export async function casesOfPersons(db: Queryable, ids: number[], except: number | null = null): Promise<CaseOfPerson[]> {
  const { rows } = await db.query<CaseOfPerson>(
    `select cp.person_id, c.id as case_id, c.title, c.status, cp.roles, cp.consent_to_state, cp.consent_public
     from case_people cp join cases c on c.id = cp.case_id
     where cp.person_id = any($1::bigint[]) and ($2::bigint is null or c.id <> $2)
     order by c.id`,
    [ids, except],
  );
  return rows;
}

export interface LetterOfPersonRow {
  person_id: number;
  communication_id: number;
  reference_text: string;
  letter_date: string | null;
  status: string;
}

/** The letters naming these persons, oldest first. */
export async function lettersOfPersons(db: Queryable, ids: number[]): Promise<LetterOfPersonRow[]> {
  const { rows } = await db.query<LetterOfPersonRow>(
    `select distinct m.person_id, c.id as communication_id, c.reference_text, c.letter_date::text as letter_date, c.status
     from person_mentions m join communications c on c.id = m.communication_id
     where m.person_id = any($1::bigint[])
     order by letter_date nulls last, communication_id`,
    [ids],
  );
  return rows;
}

/** Whether anything still refers to a person: a letter, a case, a merge. */
export async function personIsReferenced(db: Queryable, personId: number): Promise<boolean> {
  const { rows } = await db.query(
    `select 1 where exists (select 1 from person_mentions where person_id = $1)
        or exists (select 1 from case_people where person_id = $1)
        or exists (select 1 from person_merges where kept_id = $1 or merged_id = $1)
        or exists (select 1 from persons where merged_into = $1)`,
    [personId],
  );
  return rows.length > 0;
}

/** Deletes a person nothing refers to, with its spellings (and suggestions, by cascade). */
export async function deletePerson(db: Queryable, personId: number): Promise<void> {
  await db.query('delete from person_names where person_id = $1', [personId]);
  await db.query('delete from persons where id = $1', [personId]);
}

// Suggestions -------------------------------------------------------------------------------

export interface SuggestionRow {
  id: number;
  person_a: number;
  person_b: number;
  rule: string | null;
  name_a: string;
  name_b: string;
  detail: string | null;
  status: 'pending' | 'confirmed' | 'rejected';
}

export interface NewSuggestion {
  personA: number;
  personB: number;
  rule: string | null;
  nameA: string;
  nameB: string;
  detail: string | null;
}

/** Offers a pair; a pair already offered, confirmed or kept apart is left as it is. */
export async function insertSuggestion(db: Queryable, s: NewSuggestion): Promise<boolean> {
  const { affectedRows } = await db.query(
    `insert into person_suggestions (person_a, person_b, rule, name_a, name_b, detail) values ($1, $2, $3, $4, $5, $6)
     on conflict (person_a, person_b) do nothing`,
    [s.personA, s.personB, s.rule, s.nameA, s.nameB, s.detail],
  );
  return affectedRows > 0;
}

export async function getSuggestion(db: Queryable, a: number, b: number): Promise<SuggestionRow | null> {
  const { rows } = await db.query<SuggestionRow>(
    'select id, person_a, person_b, rule, name_a, name_b, detail, status from person_suggestions where person_a = $1 and person_b = $2',
    [Math.min(a, b), Math.max(a, b)],
  );
  return rows[0] ?? null;
}

/** Records a decision on a pair, offering it first if it never was. */
export async function decideSuggestion(
  db: Queryable,
  s: NewSuggestion,
  status: 'confirmed' | 'rejected',
  userId: number | null,
): Promise<void> {
  await db.query(
    `insert into person_suggestions (person_a, person_b, rule, name_a, name_b, detail, status, decided_at, decided_by)
     values ($1, $2, $3, $4, $5, $6, $7, now(), $8)
     on conflict (person_a, person_b) do update set status = excluded.status, decided_at = now(), decided_by = excluded.decided_by`,
    [s.personA, s.personB, s.rule, s.nameA, s.nameB, s.detail, status, userId],
  );
}

/** The pairs of these persons already offered or decided (whatever the status), as `a:b` both ways. */
export async function suggestedPairs(db: Queryable, ids: number[]): Promise<Set<string>> {
  const { rows } = await db.query<{ a: number; b: number }>(
    'select person_a as a, person_b as b from person_suggestions where person_a = any($1::bigint[]) or person_b = any($1::bigint[])',
    [ids],
  );
  return new Set(rows.flatMap((r) => [`${r.a}:${r.b}`, `${r.b}:${r.a}`]));
}

/** Pending suggestions involving these persons, both persons still standing on their own. */
export async function pendingSuggestions(db: Queryable, ids: number[]): Promise<SuggestionRow[]> {
  const { rows } = await db.query<SuggestionRow>(
    `select s.id, s.person_a, s.person_b, s.rule, s.name_a, s.name_b, s.detail, s.status
     from person_suggestions s
     join persons a on a.id = s.person_a join persons b on b.id = s.person_b
     where s.status = 'pending' and (s.person_a = any($1::bigint[]) or s.person_b = any($1::bigint[]))
       and a.merged_into is null and b.merged_into is null
       and not exists (select 1 from person_merges m where m.undone_at is not null
         and ((m.kept_id = s.person_a and m.merged_id = s.person_b) or (m.kept_id = s.person_b and m.merged_id = s.person_a)))
     order by s.id`,
    [ids],
  );
  return rows;
}

export interface PersonMergeRow {
  id: number;
  kept_id: number;
  merged_id: number;
  rule: string;
  kept_name: string;
  merged_name: string;
  merged_at: Date;
  undone_at: Date | null;
}

/** The merges into or out of these persons, newest first. */
export async function mergesOfPersons(db: Queryable, ids: number[]): Promise<PersonMergeRow[]> {
  const { rows } = await db.query<PersonMergeRow>(
    `select id, kept_id, merged_id, rule, kept_name, merged_name, merged_at, undone_at from person_merges
     where kept_id = any($1::bigint[]) or merged_id = any($1::bigint[]) order by merged_at desc, id desc`,
    [ids],
  );
  return rows;
}

export interface MergeActor {
  merge_id: number;
  actor: string;
}

/** Who made and who undid each of these merges, from the audit trail. */
export async function mergeActors(db: Queryable, mergeIds: number[]): Promise<Map<number, { merged?: string; undone?: string }>> {
  const out = new Map<number, { merged?: string; undone?: string }>();
  if (mergeIds.length === 0) return out;
  const { rows } = await db.query<{ merge_id: number; action: string; actor: string }>(
    `select (after->>'mergeId')::bigint as merge_id, action, actor from audit_log
     where entity = 'person' and action in ('person.merge', 'person.unmerge')
       and after->>'mergeId' = any($1::text[])
     order by seq`,
    [mergeIds.map(String)],
  );
  for (const r of rows) {
    const entry = out.get(r.merge_id) ?? {};
    if (r.action === 'person.merge') entry.merged = r.actor;
    else entry.undone = r.actor;
    out.set(r.merge_id, entry);
  }
  return out;
}

export interface SpellingSourceRow {
  name: string;
  /** `letter`, `reply`, `source` or `case`. */
  kind: string;
  reference: string | null;
  case_id: number | null;
  case_title: string | null;
}

/** Where each spelling of a person comes from: the letters, replies and sources using it, the case it was entered in. */
export async function spellingSources(db: Queryable, personId: number): Promise<SpellingSourceRow[]> {
  const { rows } = await db.query<SpellingSourceRow>(
    `select distinct m.name,
       case when m.communication_id is not null then 'letter' when m.reply_id is not null then 'reply' else 'source' end as kind,
       coalesce(c.reference_text, r.reference_text, s.title) as reference, null::bigint as case_id, null::text as case_title
     from person_mentions m
     left join communications c on c.id = m.communication_id
     left join replies r on r.id = m.reply_id
     left join source_documents s on s.id = m.source_document_id
     where m.person_id = $1
     union
     select n.name, 'case', null, k.id, k.title
     from person_names n join cases k on k.id = n.added_in_case
     where n.person_id = $1
     order by 1, 2, 3`,
    [personId],
  );
  return rows;
}
