import type { FastifyInstance } from 'fastify';
import { renderToString } from 'preact-render-to-string';
import { h } from 'preact';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildLetter, person } from '../../../test/db/build-letter.js';
import { clearData, openTestDatabase, type TestDatabase } from '../../../test/db/test-database.js';
import { signIn, workspaceApp, type SignedIn } from '../../../test/staff/workspace.js';
import type { Role } from '../../domain/permissions.js';
import { loadCasePeople } from '../../services/case-people-view.js';
import { storeRecord } from '../../services/store-record.js';
import type { Workspace } from './workspace.js';
import { CasePeopleSection } from './people/case-people-section.js';

let t: TestDatabase;
let app: FastifyInstance;
let ws: Workspace;
let officer: SignedIn;
let caseId: number;

async function newCase(): Promise<number> {
  const { rows } = await t.db.query<{ id: number }>("insert into cases (title) values ('Arrest of students in Aldoria') returning id");
  return rows[0]!.id;
}

async function storeLetter(reference: string, names: string[]) {
  const record = buildLetter({ reference, persons: names.map((n) => person(n)) });
  await t.db.transaction((tx) =>
    storeRecord(tx, record, { sha256: `sha-${reference}`, path: `/archive/${reference}.md`, format: 'markdown', pages: null, bytes: 10, kind: 'communication', content: Buffer.from('x') }),
  );
}

const rowsOf = async (sql: string) => (await t.db.query<Record<string, unknown>>(sql)).rows;
const personIdOf = async (name: string) => (await t.db.query<{ id: number }>('select person_id as id from person_names where name = $1', [name])).rows[0]!.id;

/** What a change leaves behind: the rows and the trail. */
async function snapshot() {
  return {
    people: await rowsOf('select case_id, person_id, roles from case_people order by id'),
    persons: await rowsOf('select id, merged_into from persons order by id'),
    suggestions: await rowsOf('select person_a, person_b, status from person_suggestions order by id'),
    orgs: await rowsOf('select * from case_organizations order by id'),
    audit: await rowsOf('select seq from audit_log'),
  };
}

const ADD = { name: 'Aliya Nurlanova', other_names: 'Nurlanova Aliya\nAlia Nurlanova', gender: 'female', roles: ['student', 'protester'], affiliation: 'University of Aldoria', consent_to_state: 'yes', consent_public: 'no' };

beforeAll(async () => {
  t = await openTestDatabase();
  ({ app, ws } = await workspaceApp(t.db));
});

beforeEach(async () => {
  await clearData(t.db);
  officer = await signIn(ws, 'officer');
  caseId = await newCase();
});

afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

describe('adding a person through the case page form', () => {
  it('adds the person with every spelling, roles and consents, and returns to the case with a notice', async () => {
    const res = await app.inject(officer.post(`/staff/cases/${caseId}/people`, ADD));
    expect(res.statusCode).toBe(303);
    const location = String(res.headers.location);
    expect(location).toMatch(new RegExp(`^/staff/cases/${caseId}\\?done=Aliya%20Nurlanova%20is%20in%20the%20case\\.&sig=[\\w-]+#person-\\d+$`));
    // The notice shows on the case page, signed for this session; the same words in a made-up link do not.
    expect((await app.inject(officer.get(location.split('#')[0]!))).body).toContain('Aliya Nurlanova is in the case.');
    const forged = `/staff/cases/${caseId}?done=${encodeURIComponent('Your session expired: sign in again at another site')}&sig=AAAAAAAAAAAAAAAAAAAAAA`;
    expect((await app.inject(officer.get(forged))).body).not.toContain('Your session expired');
    const [p] = (await loadCasePeople(t.db, caseId)).people;
    expect(p).toMatchObject({
      displayName: 'Aliya Nurlanova',
      gender: 'female',
      spellings: ['Aliya Nurlanova', 'Nurlanova Aliya', 'Alia Nurlanova'],
      roles: ['student', 'protester'],
      affiliation: 'University of Aldoria',
      consentToState: true,
      consentPublic: false,
    });
  });

  it('answers 400 naming the field, with the form filled again, and writes nothing', async () => {
    const before = await snapshot();
    const empty = await app.inject(officer.post(`/staff/cases/${caseId}/people`, { ...ADD, name: ' ' }));
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('role="alert"');
    expect(empty.body).toContain('<a href="#add-person-name">Give the name of the person</a>');
    expect(empty.body).toContain('value="University of Aldoria"');

    const gender = await app.inject(officer.post(`/staff/cases/${caseId}/people`, { ...ADD, gender: 'unknown-value' }));
    expect(gender.statusCode).toBe(400);
    expect(gender.body).toContain('<a href="#add-person-gender">Choose female, male or not known for the gender</a>');

    const role = await app.inject(officer.post(`/staff/cases/${caseId}/people`, { ...ADD, roles: ['astronaut'] }));
    expect(role.statusCode).toBe(400);
    expect(role.body).toContain('Choose the roles from the list');

    const long = await app.inject(officer.post(`/staff/cases/${caseId}/people`, { ...ADD, name: 'A'.repeat(201) }));
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('<a href="#add-person-name">The name is longer than 200 characters</a>');

    const missing = await app.inject(officer.post(`/staff/cases/99999/people`, ADD));
    expect(missing.statusCode).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it('stores script in a name as typed and shows it escaped', async () => {
    const name = '<script>alert(1)</script> Aliya';
    const res = await app.inject(officer.post(`/staff/cases/${caseId}/people`, { ...ADD, name, affiliation: '<img src=x onerror=alert(2)>' }));
    expect(res.statusCode).toBe(303);
    const id = await personIdOf(name);
    const page = await app.inject(officer.get(`/staff/people/${id}`));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('&lt;script>alert(1)&lt;/script> Aliya');
    expect(page.body).not.toContain('<script>alert(1)');

    const staff = { userId: officer.userId, email: officer.email, displayName: 'o', role: 'officer' as const, mandates: [], csrfToken: officer.csrf, secondFactorDone: true, hasSecondFactor: true };
    const html = renderToString(h(CasePeopleSection, { caseId, staff, data: await loadCasePeople(t.db, caseId) }));
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(2)>');
  });
});

describe('who may change people', () => {
  it.each<Role>(['viewer', 'mandate-holder'])('refuses a %s with 403 and changes nothing', async (role) => {
    await storeLetter('AL XAA 1/2024', ['Smailova Dinara']);
    await app.inject(officer.post(`/staff/cases/${caseId}/people`, { ...ADD, name: 'Dinara Smailova', other_names: '', gender: '' }));
    const personId = await personIdOf('Dinara Smailova');
    const other = await personIdOf('Smailova Dinara');
    const someone = await signIn(ws, role);
    const before = await snapshot();
    for (const [url, form] of [
      [`/staff/cases/${caseId}/people`, ADD],
      [`/staff/cases/${caseId}/people/${personId}`, { roles: ['lawyer'], gender: '', affiliation: '', consent_to_state: 'no', consent_public: 'no' }],
      [`/staff/cases/${caseId}/people/${personId}/spellings`, { name: 'D. Smailova' }],
      [`/staff/cases/${caseId}/people/${personId}/remove`, {}],
      [`/staff/people/${personId}/match`, { other_id: String(other) }],
      [`/staff/people/${personId}/keep-apart`, { other_id: String(other) }],
      [`/staff/cases/${caseId}/organizations`, { name: 'Aldoria Watch', role: '' }],
    ] as const) {
      const res = await app.inject(someone.post(url, form as Record<string, string>));
      expect(res.statusCode, url).toBe(403);
    }
    expect(await snapshot()).toEqual(before);
    // Reading is allowed.
    expect((await app.inject(someone.get(`/staff/people/${personId}`))).statusCode).toBe(200);
  });

  it('refuses a form without the CSRF token, and one from another site', async () => {
    const before = await snapshot();
    const noToken = officer.post(`/staff/cases/${caseId}/people`, ADD);
    noToken.payload = String(noToken.payload).replace(/^_csrf=[^&]*&/, '');
    expect((await app.inject(noToken)).statusCode).toBe(403);
    const crossSite = officer.post(`/staff/cases/${caseId}/people`, ADD);
    crossSite.headers = { ...crossSite.headers, origin: 'https://elsewhere.example' };
    expect((await app.inject(crossSite)).statusCode).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it('sends a visitor without a session to sign in', async () => {
    const res = await app.inject({ method: 'POST', url: `/staff/cases/${caseId}/people`, payload: ADD, headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/^\/staff\/login/);
    expect((await app.inject({ method: 'GET', url: '/staff/people/1' })).statusCode).toBe(303);
  });
});

describe('suggestions, merges and undo through the routes', () => {
  it('offers the match on the case, merges it on confirmation, and undoes it', async () => {
    await storeLetter('AL XAA 2/2024', ['Smailova Dinara']);
    await app.inject(officer.post(`/staff/cases/${caseId}/people`, { ...ADD, name: 'Dinara Smailova', other_names: '', gender: '' }));
    const personId = await personIdOf('Dinara Smailova');
    const known = await personIdOf('Smailova Dinara');

    const staff = { userId: officer.userId, email: officer.email, displayName: 'o', role: 'officer' as const, mandates: [], csrfToken: officer.csrf, secondFactorDone: true, hasSecondFactor: true };
    const section = renderToString(h(CasePeopleSection, { caseId, staff, data: await loadCasePeople(t.db, caseId) }));
    expect(section).toContain('This looks like');
    expect(section).toContain('known from 1 letter');
    expect(section).toContain('the same names in another order');
    expect(section).toContain(`action="/staff/people/${personId}/match"`);
    const viewerSection = renderToString(h(CasePeopleSection, { caseId, staff: { ...staff, role: 'viewer' }, data: await loadCasePeople(t.db, caseId) }));
    expect(viewerSection).toContain('This looks like');
    expect(viewerSection).not.toContain('<form');

    const matched = await app.inject(officer.post(`/staff/people/${personId}/match`, { other_id: String(known), case_id: String(caseId) }));
    expect(matched.statusCode).toBe(303);
    expect(matched.headers.location).toMatch(new RegExp(`^/staff/cases/${caseId}\\?done=`));
    const [p] = (await loadCasePeople(t.db, caseId)).people;
    expect(p!.personId).toBe(known);
    expect(p!.spellings.sort()).toEqual(['Dinara Smailova', 'Smailova Dinara']);

    // The merged record's page leads to the person it went into, where the merge can be undone.
    const old = await app.inject(officer.get(`/staff/people/${personId}`));
    expect(old.statusCode).toBe(303);
    expect(old.headers.location).toBe(`/staff/people/${known}`);
    const page = await app.inject(officer.get(`/staff/people/${known}`));
    expect(page.body).toContain('href="/staff/letters/AL%20XAA%202%2F2024"');
    expect(page.body).toContain(`href="/staff/cases/${caseId}"`);
    const mergeId = (await rowsOf('select id from person_merges'))[0]!.id as number;
    expect(page.body).toContain(`action="/staff/people/merges/${mergeId}/undo"`);

    const viewer = await signIn(ws, 'viewer');
    expect((await app.inject(viewer.post(`/staff/people/merges/${mergeId}/undo`))).statusCode).toBe(403);

    const undone = await app.inject(officer.post(`/staff/people/merges/${mergeId}/undo`, { case_id: String(caseId) }));
    expect(undone.statusCode).toBe(303);
    expect(undone.headers.location).toMatch(new RegExp(`^/staff/cases/${caseId}\\?done=The%20merge%20is%20undone`));
    expect((await loadCasePeople(t.db, caseId)).people.map((x) => [x.personId, x.spellings, x.suggestions.length])).toEqual([[personId, ['Dinara Smailova'], 0]]);

    const twice = await app.inject(officer.post(`/staff/people/merges/${mergeId}/undo`, { case_id: String(caseId) }));
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('was already undone');
  });

  it('keeps a pair apart when the officer says they are not the same person', async () => {
    await storeLetter('AL XAA 3/2024', ['Smailova Dinara']);
    await app.inject(officer.post(`/staff/cases/${caseId}/people`, { ...ADD, name: 'Dinara Smailova', other_names: '', gender: '' }));
    const personId = await personIdOf('Dinara Smailova');
    const known = await personIdOf('Smailova Dinara');
    const res = await app.inject(officer.post(`/staff/people/${personId}/keep-apart`, { other_id: String(known), case_id: String(caseId) }));
    expect(res.statusCode).toBe(303);
    expect((await loadCasePeople(t.db, caseId)).people[0]!.suggestions).toEqual([]);
    const bad = await app.inject(officer.post(`/staff/people/${personId}/match`, { other_id: 'x' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('other_id');
  });
});

describe('editing, spellings and organisations through the routes', () => {
  it('edits roles and consents, adds a spelling, removes the person', async () => {
    await app.inject(officer.post(`/staff/cases/${caseId}/people`, ADD));
    const id = await personIdOf('Aliya Nurlanova');
    const edit = await app.inject(
      officer.post(`/staff/cases/${caseId}/people/${id}`, { gender: 'female', roles: 'defender', affiliation: '', consent_to_state: 'unknown', consent_public: 'yes' }),
    );
    expect(edit.statusCode).toBe(303);
    expect((await loadCasePeople(t.db, caseId)).people[0]).toMatchObject({ roles: ['defender'], affiliation: null, consentToState: null, consentPublic: true });

    const badEdit = await app.inject(officer.post(`/staff/cases/${caseId}/people/${id}`, { gender: '', consent_to_state: 'maybe', consent_public: 'yes' }));
    expect(badEdit.statusCode).toBe(400);
    expect(badEdit.body).toContain(`href="#person-${id}-edit-consent_to_state"`);

    const spelling = await app.inject(officer.post(`/staff/cases/${caseId}/people/${id}/spellings`, { name: 'Aliia Nurlanova' }));
    expect(spelling.statusCode).toBe(303);
    const same = await app.inject(officer.post(`/staff/cases/${caseId}/people/${id}/spellings`, { name: 'Aliia Nurlanova' }));
    expect(same.statusCode).toBe(409);
    expect(same.body).toContain('is already a spelling of this person');

    const removed = await app.inject(officer.post(`/staff/cases/${caseId}/people/${id}/remove`));
    expect(removed.statusCode).toBe(303);
    expect((await loadCasePeople(t.db, caseId)).people).toEqual([]);
    expect((await app.inject(officer.post(`/staff/cases/${caseId}/people/${id}/remove`))).statusCode).toBe(404);
  });

  it('adds and removes an organisation', async () => {
    const res = await app.inject(officer.post(`/staff/cases/${caseId}/organizations`, { name: 'Aldoria Students Union', role: 'organised the march' }));
    expect(res.statusCode).toBe(303);
    const [o] = (await loadCasePeople(t.db, caseId)).organizations;
    expect(o).toMatchObject({ displayName: 'Aldoria Students Union', role: 'organised the march' });
    const empty = await app.inject(officer.post(`/staff/cases/${caseId}/organizations`, { name: '', role: 'x' }));
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('<a href="#add-organization-name">Give the name of the organisation</a>');
    const removed = await app.inject(officer.post(`/staff/cases/${caseId}/organizations/${o!.organizationId}/remove`));
    expect(removed.statusCode).toBe(303);
    expect((await loadCasePeople(t.db, caseId)).organizations).toEqual([]);
  });
});
