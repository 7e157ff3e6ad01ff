import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildLetter, person } from '../../test/db/build-letter.js';
import { clearData, openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { userActor, type Actor } from '../domain/actor.js';
import type { Communication } from '../domain/communication.js';
import { isRapError } from '../domain/errors.js';
import { historyOf } from '../store/audit.repo.js';
import { lettersOfPerson } from '../store/people.repo.js';
import { insertUser } from '../store/users.repo.js';
import { addOrganizationToCase, removeOrganizationFromCase } from './case-organizations.js';
import { addPersonToCase, addSpelling, removePersonFromCase, updateCasePerson, type AddPersonInput } from './case-people-edit.js';
import { loadCasePeople, loadPersonFile } from './case-people-view.js';
import { unmerge } from './people.js';
import { confirmMatch, offerMatches, rejectMatch, undoMerge } from './person-matches.js';
import { storeRecord } from './store-record.js';

let t: TestDatabase;
let officer: Actor;
let n = 0;

async function store(record: Communication) {
  const sha256 = `sha-${++n}`;
  await t.db.transaction((tx) =>
    storeRecord(tx, record, { sha256, path: `/archive/private/${n}.md`, format: 'markdown', pages: null, bytes: 100, kind: record.kind, content: Buffer.from(record.text ?? '', 'utf8') }),
  );
}

async function newCase(title = 'Detention of a defender in Aldoria'): Promise<number> {
  const { rows } = await t.db.query<{ id: number }>("insert into cases (title, country_code) values ($1, 'XAA') returning id", [title]);
  return rows[0]!.id;
}

async function personOf(name: string): Promise<number> {
  const { rows } = await t.db.query<{ id: number }>('select person_id as id from person_names where name = $1', [name]);
  return rows[0]!.id;
}

const count = async (table: string) => (await t.db.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]!.n;

function add(caseId: number, name: string, extra: Partial<AddPersonInput> = {}) {
  const input: AddPersonInput = {
    caseId, name, otherNames: [], gender: null, roles: [], affiliation: null, consentToState: null, consentPublic: null, sourceSubmissionId: null, ...extra,
  };
  return t.db.transaction((tx) => addPersonToCase(tx, input, officer));
}

beforeAll(async () => {
  t = await openTestDatabase();
});

beforeEach(async () => {
  await clearData(t.db);
  const id = await t.db.transaction((tx) => insertUser(tx, { email: 'ana@staff.example', displayName: 'Ana', role: 'officer', passwordHash: 'x' }));
  officer = userActor(id, 'ana@staff.example');
});

afterAll(async () => {
  await t?.dispose();
});

describe('adding a person to a case', () => {
  it('attaches an exactly known spelling to the person of the letters', async () => {
    await store(buildLetter({ reference: 'AL XAA 1/2024', persons: [person('Bakhyt Ermekova', [], 'victim', { gender: 'female' })] }));
    const known = await personOf('Bakhyt Ermekova');
    const caseId = await newCase();
    const r = await add(caseId, 'bakhyt  ERMEKOVA', { roles: ['journaliste'], consentToState: true, consentPublic: false });
    expect(r).toEqual({ personId: known, matchedBy: 'same-folded-name' });

    const data = await loadCasePeople(t.db, caseId);
    expect(data.people).toHaveLength(1);
    const p = data.people[0]!;
    expect(p.spellings).toEqual(['Bakhyt Ermekova', 'bakhyt ERMEKOVA']);
    expect(p.roles).toEqual(['journalist']);
    expect([p.consentToState, p.consentPublic]).toEqual([true, false]);
    expect(p.letters.map((l) => l.reference)).toEqual(['AL XAA 1/2024']);
    expect(p.suggestions).toEqual([]);
  });

  it('offers a person written in another order as a suggestion, and merges nothing', async () => {
    await store(buildLetter({ reference: 'AL XAA 2/2024', persons: [person('Smailova Dinara')] }));
    const known = await personOf('Smailova Dinara');
    const caseId = await newCase();
    const r = await add(caseId, 'Dinara Smailova', { gender: 'female' });
    expect(r.matchedBy).toBe('new');
    expect(r.personId).not.toBe(known);

    const [p] = (await loadCasePeople(t.db, caseId)).people;
    expect(p!.suggestions).toHaveLength(1);
    const s = p!.suggestions[0]!;
    expect(s).toMatchObject({ otherId: known, otherName: 'Smailova Dinara', rule: 'reordered-tokens', spelling: 'Dinara Smailova', otherSpelling: 'Smailova Dinara' });
    expect(s.ruleText).toBe('the same names in another order');
    expect(s.otherLetters.map((l) => l.reference)).toEqual(['AL XAA 2/2024']);
    // Still two persons: the letter keeps its own.
    expect((await lettersOfPerson(t.db, known)).map((l) => l.reference_text)).toEqual(['AL XAA 2/2024']);
    expect(await count('person_merges')).toBe(0);
  });

  it('offers another transliteration with the letters it changes', async () => {
    await store(buildLetter({ reference: 'AL XAA 3/2024', persons: [person('Ayzhan Kuterbayeva')] }));
    const caseId = await newCase();
    await add(caseId, 'Ayzhan Kuterbaeva');
    const s = (await loadCasePeople(t.db, caseId)).people[0]!.suggestions[0]!;
    expect(s.rule).toBe('transliteration-variant');
    expect(s.detail).toBe('kuterbaeva ~ kuterbayeva');
  });

  it('never offers a person of the other gender', async () => {
    await store(buildLetter({ reference: 'AL XAA 4/2024', persons: [person('Aslan Dzhumabekov', [], 'victim', { gender: 'male' })] }));
    const known = await personOf('Aslan Dzhumabekov');
    const caseId = await newCase();
    const reordered = await add(caseId, 'Dzhumabekov Aslan', { gender: 'female' });
    expect((await loadCasePeople(t.db, caseId)).people[0]!.suggestions).toEqual([]);
    // Not even the exact spelling attaches to a person of the other gender.
    const exact = await add(caseId, 'Aslan Dzhumabekov', { gender: 'female' });
    expect(exact.personId).not.toBe(known);
    const data = await loadCasePeople(t.db, caseId);
    expect(data.people.map((p) => p.letters)).toEqual([[], []]);
    // The two women of the case may be one; the man of the letter is offered to neither.
    expect(data.people.map((p) => p.suggestions.map((s) => s.otherId))).toEqual([[exact.personId], [reordered.personId]]);
  });

  it('completes the row of a person already in the case: spellings added, roles merged, a refusal kept', async () => {
    const caseId = await newCase();
    const first = await add(caseId, 'Marat Issayev', { roles: ['lawyer'], consentPublic: false });
    const again = await add(caseId, 'marat issayev', { otherNames: ['Marat Isaev'], roles: ['periodista'], consentPublic: true, consentToState: true });
    expect(again.personId).toBe(first.personId);
    const [p] = (await loadCasePeople(t.db, caseId)).people;
    expect(p!.spellings).toEqual(['Marat Issayev', 'marat issayev', 'Marat Isaev']);
    expect(p!.roles).toEqual(['journalist', 'lawyer']);
    expect([p!.consentToState, p!.consentPublic]).toEqual([true, false]);
  });

  it('refuses an empty name or one without letters, and writes nothing', async () => {
    const caseId = await newCase();
    for (const name of ['   ', 'Mr.', '12 34']) {
      const e = await add(caseId, name).catch((x: unknown) => x);
      expect(isRapError(e) && e.code === 'RAP_ERR_INVALID' && e.location.field === 'name').toBe(true);
    }
    const e = await add(caseId, 'Gulnar Abenova', { otherNames: ['x'.repeat(201)] }).catch((x: unknown) => x);
    expect(isRapError(e) && e.location.field === 'other_names').toBe(true);
    expect(await count('persons')).toBe(0);
    expect(await count('case_people')).toBe(0);
    expect(await count('audit_log')).toBe(0);
  });

  it('keeps the words of a role it does not know in the affiliation', async () => {
    const caseId = await newCase();
    await add(caseId, 'Saule Omarova', { roles: ['community health worker'], affiliation: 'Aldoria Clinic' });
    const [p] = (await loadCasePeople(t.db, caseId)).people;
    expect(p!.roles).toEqual(['other']);
    expect(p!.affiliation).toBe('Aldoria Clinic (role given: community health worker)');
  });
});

describe('confirming a match', () => {
  it('makes one person of the letter and the case, with both spellings, and the undo makes two again', async () => {
    await store(buildLetter({ reference: 'AL XAA 5/2024', persons: [person('Smailova Dinara')] }));
    const known = await personOf('Smailova Dinara');
    const caseId = await newCase();
    const { personId } = await add(caseId, 'Dinara Smailova', { roles: ['defender'], consentToState: true });

    const { mergeId } = await t.db.transaction((tx) => confirmMatch(tx, known, personId, officer));
    let data = await loadCasePeople(t.db, caseId);
    expect(data.people).toHaveLength(1);
    expect(data.people[0]).toMatchObject({ personId: known, roles: ['defender'], consentToState: true, suggestions: [] });
    expect(data.people[0]!.spellings.sort()).toEqual(['Dinara Smailova', 'Smailova Dinara']);
    expect(data.people[0]!.letters.map((l) => l.reference)).toEqual(['AL XAA 5/2024']);
    const file = await loadPersonFile(t.db, personId);
    expect(file.personId).toBe(known);
    expect(file.cases.map((c) => c.caseId)).toEqual([caseId]);
    expect(file.merges[0]).toMatchObject({ rule: 'reordered-tokens', keptName: 'Smailova Dinara', mergedName: 'Dinara Smailova', mergedBy: officer.label });

    const merged = (await historyOf(t.db, 'person', String(known))).find((e) => e.action === 'person.merge')!;
    expect(merged.after).toMatchObject({ mergedId: personId, rule: 'reordered-tokens', keptName: 'Smailova Dinara', mergedName: 'Dinara Smailova' });
    expect((await historyOf(t.db, 'case', String(caseId))).map((e) => e.action)).toEqual(['case.person.add', 'case.person.merge']);

    await t.db.transaction((tx) => undoMerge(tx, mergeId, officer));
    data = await loadCasePeople(t.db, caseId);
    expect(data.people).toHaveLength(1);
    expect(data.people[0]).toMatchObject({ personId, spellings: ['Dinara Smailova'], roles: ['defender'], letters: [], suggestions: [] });
    expect((await lettersOfPerson(t.db, known)).map((l) => l.reference_text)).toEqual(['AL XAA 5/2024']);
    // The pair is kept apart from now on.
    expect(await t.db.transaction((tx) => offerMatches(tx, personId))).toBe(0);
    expect((await loadPersonFile(t.db, known)).merges[0]).toMatchObject({ mergeId, undoneBy: officer.label });
    const again = await t.db.transaction((tx) => undoMerge(tx, mergeId, officer)).catch((e: unknown) => e);
    expect(isRapError(again) && again.code).toBe('RAP_ERR_CONFLICT');
  });

  it('combines two rows of one case, a refusal winning, and the undo gives each row back', async () => {
    const caseId = await newCase();
    const a = await add(caseId, 'Ayzhan Kuterbayeva', { roles: ['journalist'], consentToState: true, consentPublic: true, affiliation: 'Aldoria Times' });
    const b = await add(caseId, 'Ayzhan Kuterbaeva', { roles: ['defender'], consentToState: true, consentPublic: false });
    expect((await loadCasePeople(t.db, caseId)).people[1]!.suggestions[0]!.otherId).toBe(a.personId);

    const { mergeId } = await t.db.transaction((tx) => confirmMatch(tx, a.personId, b.personId, officer));
    let people = (await loadCasePeople(t.db, caseId)).people;
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ roles: ['defender', 'journalist'], consentToState: true, consentPublic: false, affiliation: 'Aldoria Times' });

    await t.db.transaction((tx) => undoMerge(tx, mergeId, officer));
    people = (await loadCasePeople(t.db, caseId)).people;
    expect(people.map((p) => [p.personId, p.roles, p.consentPublic])).toEqual([
      [a.personId, ['journalist'], true],
      [b.personId, ['defender'], false],
    ]);
  });

  it('refuses to merge persons of different genders or names no rule finds alike', async () => {
    const caseId = await newCase();
    const a = await add(caseId, 'Timur Bekov', { gender: 'male' });
    const b = await add(caseId, 'Bekov Timur', { gender: 'female' });
    const c = await add(caseId, 'Zarina Ospanova');
    for (const [x, y] of [[a, b], [a, c]] as const) {
      const e = await t.db.transaction((tx) => confirmMatch(tx, x.personId, y.personId, officer)).catch((err: unknown) => err);
      expect(isRapError(e) && e.code).toBe('RAP_ERR_CONFLICT');
    }
    expect(await count('person_merges')).toBe(0);
  });
});

describe('keeping two persons apart', () => {
  it('is remembered: the pair is never offered again', async () => {
    await store(buildLetter({ reference: 'AL XAA 6/2024', persons: [person('Smailova Dinara')] }));
    const known = await personOf('Smailova Dinara');
    const caseId = await newCase();
    const { personId } = await add(caseId, 'Dinara Smailova');
    await t.db.transaction((tx) => rejectMatch(tx, personId, known, officer));
    expect((await loadCasePeople(t.db, caseId)).people[0]!.suggestions).toEqual([]);

    await t.db.transaction((tx) => addSpelling(tx, caseId, personId, 'Dinara SMAILOVA', officer));
    await add(caseId, 'Dinara Smailova', { roles: ['defender'] });
    expect((await loadCasePeople(t.db, caseId)).people[0]!.suggestions).toEqual([]);
    expect((await historyOf(t.db, 'person', String(personId))).map((e) => e.action)).toEqual(['person.create', 'person.keep-apart']);
  });
});

describe('editing and removing', () => {
  it('records roles and consents before and after in the case history', async () => {
    const caseId = await newCase();
    const { personId } = await add(caseId, 'Gulnar Abenova', { consentPublic: true });
    await t.db.transaction((tx) =>
      updateCasePerson(tx, caseId, personId, { roles: ['student'], affiliation: 'University of Aldoria', consentToState: true, consentPublic: false, gender: 'female' }, officer),
    );
    const entry = (await historyOf(t.db, 'case', String(caseId))).at(-1)!;
    expect(entry.action).toBe('case.person.update');
    expect(entry.before).toMatchObject({ personId, roles: [], consentPublic: true, gender: null });
    expect(entry.after).toMatchObject({ personId, roles: ['student'], consentPublic: false, consentToState: true, gender: 'female' });
  });

  it('deletes a person nothing else refers to, and keeps one named in a letter', async () => {
    await store(buildLetter({ reference: 'AL XAA 7/2024', persons: [person('Bakhyt Ermekova')] }));
    const caseId = await newCase();
    const kept = await add(caseId, 'Bakhyt Ermekova');
    const gone = await add(caseId, 'Nobody Known Elsewhere');
    for (const p of [kept, gone]) await t.db.transaction((tx) => removePersonFromCase(tx, caseId, p.personId, officer));
    expect((await loadCasePeople(t.db, caseId)).people).toEqual([]);
    const { rows } = await t.db.query<{ id: number }>('select id from persons order by id');
    expect(rows.map((r) => r.id)).toEqual([kept.personId]);
  });

  it('refuses a spelling the person already has', async () => {
    const caseId = await newCase();
    const { personId } = await add(caseId, 'Gulnar Abenova');
    const e = await t.db.transaction((tx) => addSpelling(tx, caseId, personId, 'Gulnar Abenova', officer)).catch((x: unknown) => x);
    expect(isRapError(e) && e.code === 'RAP_ERR_CONFLICT' && e.location.field === 'name').toBe(true);
  });
});

describe('organisations', () => {
  it('attaches a known organisation by its compact name, and removes one made only for the case', async () => {
    await store(buildLetter({ reference: 'AL XAA 8/2024', organizations: [{ name: 'Aldoria Watch', variants: [] }] }));
    const caseId = await newCase();
    const known = await t.db.transaction((tx) => addOrganizationToCase(tx, caseId, { name: '#AldoriaWatch', role: 'submitted the information' }, officer));
    expect(known.matchedBy).toBe('same-compact-name');
    const fresh = await t.db.transaction((tx) => addOrganizationToCase(tx, caseId, { name: 'Aldorian Miners Union', role: null }, officer));
    expect(fresh.matchedBy).toBe('new');
    const orgs = (await loadCasePeople(t.db, caseId)).organizations;
    expect(orgs.map((o) => [o.displayName, o.role, o.letterCount])).toEqual([
      ['Aldoria Watch', 'submitted the information', 1],
      ['Aldorian Miners Union', null, 0],
    ]);
    await t.db.transaction((tx) => removeOrganizationFromCase(tx, caseId, fresh.organizationId, officer));
    await t.db.transaction((tx) => removeOrganizationFromCase(tx, caseId, known.organizationId, officer));
    expect((await t.db.query('select 1 from organizations')).rows).toHaveLength(1);
  });
});

describe('letters imported after a case names someone', () => {
  it('moves the case row when a letter shows two known persons to be one, and the merge undone at the command line moves it back', async () => {
    await store(buildLetter({ reference: 'AL XAA 11/2024', persons: [person('Oren Wasko')] }));
    const caseId = await newCase();
    const { personId: inCase } = await add(caseId, 'Orrin Vaskovich', { roles: ['journalist'] });
    const fromLetter = await personOf('Oren Wasko');
    // A later letter gives both spellings for one person: the resolver merges the two.
    await store(buildLetter({ reference: 'AL XAA 12/2024', persons: [person('Oren Wasko', ['Orrin Vaskovich'])] }));
    const merged = (await t.db.query<{ merged_into: string | null }>('select merged_into::text from persons where id = $1', [inCase])).rows[0]!;
    expect(merged.merged_into).toBe(String(fromLetter));
    const people = (await loadCasePeople(t.db, caseId)).people;
    expect(people.map((p) => p.personId)).toEqual([fromLetter]);
    expect(people[0]!.roles).toEqual(['journalist']);
    expect((await historyOf(t.db, 'case', String(caseId))).map((e) => e.actor)).toContain('system:name-resolution');

    const { rows } = await t.db.query<{ id: number }>('select id from person_merges where merged_id = $1', [inCase]);
    await unmerge(t.db, 'person', rows[0]!.id);
    expect((await loadCasePeople(t.db, caseId)).people.map((p) => p.personId)).toEqual([inCase]);
  });

  it('never merges at import a pair an officer kept apart', async () => {
    await store(buildLetter({ reference: 'AL XAA 13/2024', persons: [person('Smailova Dinara')] }));
    const caseId = await newCase();
    const { personId } = await add(caseId, 'Dinara Smailova');
    const other = await personOf('Smailova Dinara');
    await t.db.transaction((tx) => rejectMatch(tx, personId, other, officer));
    await store(buildLetter({ reference: 'AL XAA 14/2024', persons: [person('Dinara Smailova', ['Smailova Dinara'])] }));
    const { rows } = await t.db.query<{ merged: number }>('select count(*)::int as merged from persons where id in ($1, $2) and merged_into is not null', [personId, other]);
    expect(rows[0]!.merged).toBe(0);
  });
});
