import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userActor, type Actor } from '../domain/actor.js';
import { InvalidInput } from '../domain/form-failures.js';
import { HTML_PAGE, pdfWithText } from '../http/intake/testing/sample-files.js';
import { historyOf } from '../store/audit.repo.js';
import { insertUser } from '../store/users.repo.js';
import { buildLetter } from '../../test/db/build-letter.js';
import { clearData, openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { failure } from '../../test/db/rap-failure.js';
import { testCipher } from '../../test/staff/workspace.js';
import { addEvent, updateEvent } from './case-events.js';
import { loadCaseFile } from './case-file-view.js';
import { triageSubmission } from './case-triage.js';
import { createCase, linkLetter, unlinkLetter, updateCase, uploadCaseDocument } from './cases.js';
import { storeRecord } from './store-record.js';

let t: TestDatabase;
let officer: Actor;
const cipher = testCipher();

beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t?.dispose();
});
beforeEach(async () => {
  await clearData(t.db);
  const id = await t.db.transaction((tx) => insertUser(tx, { email: 'officer@staff.example', displayName: 'Officer', role: 'officer', passwordHash: 'x' }));
  officer = userActor(id, 'officer@staff.example');
});

interface VictimRow {
  name: unknown;
  otherNames?: string[];
  gender?: 'female' | 'male' | null;
  role?: string | null;
  consentToState?: boolean | null;
  consentPublic?: boolean | null;
}

let receipts = 0;
async function submission({ victims, incidentDate = '2024-03', place = 'Port Aldo', status = 'new' }: { victims: VictimRow[]; incidentDate?: string | null; place?: string | null; status?: string }) {
  const { rows } = await t.db.query<{ id: string }>(
    `insert into submissions (receipt_code, language, status, summary, place, country_code, incident_date, victims, submitter_sealed)
     values ($1, 'en', $2, $3, $4, 'XAA', $5, $6::jsonb, $7) returning id`,
    [`R-TEST-0000-${String(++receipts).padStart(4, '0')}`, status, 'Mirela Dantsova was detained by police at the harbour and held incommunicado.', place, incidentDate,
      JSON.stringify(victims), cipher.seal('{"email":"source@example.org"}', 'submissions.submitter')],
  );
  return Number(rows[0]!.id);
}

const tx = <T>(fn: Parameters<typeof t.db.transaction<T>>[0]) => t.db.transaction(fn);
const count = async (table: string) => Number((await t.db.query<{ n: string }>(`select count(*)::text as n from ${table}`)).rows[0]!.n);


describe('triageSubmission', () => {
  it('opens a case with the victims as people and the account as a dated event', async () => {
    const sub = await submission({
      victims: [
        { name: 'Mirela Dantsova', otherNames: ['Mirela Dantsowa'], gender: 'female', role: 'journalist', consentToState: true, consentPublic: false },
        { name: 'Oskar Brenn', gender: 'male', role: null },
      ],
    });
    const { caseId, created } = await triageSubmission(t.db, cipher, sub, { target: 'new', title: 'Detention of Mirela Dantsova' }, officer);
    expect(created).toBe(true);

    const c = await t.db.query<{ title: string; country_code: string; status: string }>('select title, country_code, status from cases where id = $1', [caseId]);
    expect(c.rows[0]).toEqual({ title: 'Detention of Mirela Dantsova', country_code: 'XAA', status: 'open' });
    const s = await t.db.query<{ status: string; case_id: string; triaged_by: string }>('select status, case_id::text, triaged_by::text from submissions where id = $1', [sub]);
    expect(s.rows[0]).toEqual({ status: 'triaged', case_id: String(caseId), triaged_by: String(officer.userId) });

    const people = await t.db.query<{ name: string; roles: string[]; consent_to_state: boolean | null; consent_public: boolean | null; source: string }>(
      `select p.display_name as name, cp.roles, cp.consent_to_state, cp.consent_public, cp.source_submission_id::text as source
         from case_people cp join persons p on p.id = cp.person_id where cp.case_id = $1 order by p.display_name`,
      [caseId],
    );
    expect(people.rows).toEqual([
      { name: 'Mirela Dantsova', roles: ['journalist'], consent_to_state: true, consent_public: false, source: String(sub) },
      { name: 'Oskar Brenn', roles: [], consent_to_state: null, consent_public: null, source: String(sub) },
    ]);

    const view = await loadCaseFile(t.db, cipher, caseId, { readConfidential: false });
    expect(view!.events).toMatchObject([
      { date: '2024-03', precision: 'month', place: 'Port Aldo', description: expect.stringContaining('held incommunicado'), source: { kind: 'submission', id: sub } },
    ]);
    expect(view!.submissions.map((x) => x.id)).toEqual([sub]);
    const actions = view!.history.map((e) => e.action).reverse();
    expect(actions[0]).toBe('case.create');
    expect(actions).toEqual(expect.arrayContaining(['case.person.add', 'case.event.add', 'case.triage']));
    expect((await historyOf(t.db, 'submission', String(sub))).map((e) => e.action)).toEqual(['submission.triage']);
  });

  it('refuses a submission already triaged, or rejected, with a clear message', async () => {
    const sub = await submission({ victims: [{ name: 'Mirela Dantsova' }] });
    const { caseId } = await triageSubmission(t.db, cipher, sub, { target: 'new', title: 'First' }, officer);
    const again = await failure(triageSubmission(t.db, cipher, sub, { target: 'new', title: 'Second' }, officer));
    expect(again.code).toBe('RAP_ERR_CONFLICT');
    expect(again.detail).toBe(`submission R-TEST-0000-${String(receipts).padStart(4, '0')} was already triaged into case #${caseId}`);
    expect(await count('cases')).toBe(1);

    const rejected = await submission({ victims: [{ name: 'Oskar Brenn' }], status: 'rejected' });
    expect((await failure(triageSubmission(t.db, cipher, rejected, { target: 'new', title: 'Third' }, officer))).detail).toContain('was rejected');
    expect(await count('cases')).toBe(1);
  });

  it('writes nothing when a victim is refused halfway', async () => {
    // The first victim is added before the second (no name) is refused: everything is undone.
    const sub = await submission({ victims: [{ name: 'Mirela Dantsova' }, { name: '' }] });
    const e = await failure(triageSubmission(t.db, cipher, sub, { target: 'new', title: 'Half done' }, officer));
    expect(e.code).toBe('RAP_ERR_INVALID');
    expect(await count('cases')).toBe(0);
    expect(await count('case_people')).toBe(0);
    expect(await count('persons')).toBe(0);
    expect(await count('case_events')).toBe(0);
    expect(await count('audit_log')).toBe(0);
    const s = await t.db.query<{ status: string; case_id: string | null }>('select status, case_id from submissions where id = $1', [sub]);
    expect(s.rows[0]).toEqual({ status: 'new', case_id: null });
  });

  it('adds to an existing open case, refuses a closed one, and asks for what is missing', async () => {
    const caseId = await tx((q) => createCase(q, { title: 'Harbour detentions', countryCode: 'XAA' }, officer));
    const sub = await submission({ victims: [{ name: 'Oskar Brenn' }], incidentDate: null });
    expect(await triageSubmission(t.db, cipher, sub, { target: 'existing', caseId }, officer)).toEqual({ caseId, created: false });
    const view = await loadCaseFile(t.db, cipher, caseId, { readConfidential: true });
    expect(view!.events[0]).toMatchObject({ date: null, precision: 'unknown' });

    await tx((q) => updateCase(q, caseId, { title: 'Harbour detentions', status: 'closed', countryCode: 'XAA' }, officer));
    const other = await submission({ victims: [{ name: 'Lena Osk' }] });
    expect((await failure(triageSubmission(t.db, cipher, other, { target: 'existing', caseId }, officer))).location.field).toBe('case_id');
    expect((await failure(triageSubmission(t.db, cipher, other, { target: 'new', title: '  ' }, officer))).location.field).toBe('title');
    expect((await failure(triageSubmission(t.db, cipher, other, { target: 'elsewhere' }, officer))).location.field).toBe('target');
  });
});

describe('cases and events', () => {
  it('records an edit of a case with the fields before and after, and keeps its search words current', async () => {
    const caseId = await tx((q) => createCase(q, { title: 'Harbour detentions', summary: 'Three arrests.' }, officer));
    await tx((q) => updateCase(q, caseId, { title: 'Quarry evictions', summary: 'Three arrests.', status: 'open', countryCode: 'xab' }, officer));
    const [, edit] = await historyOf(t.db, 'case', String(caseId));
    expect(edit).toMatchObject({ action: 'case.update', before: { title: 'Harbour detentions', countryCode: null }, after: { title: 'Quarry evictions', countryCode: 'XAB' } });
    expect(edit!.after).not.toHaveProperty('summary');
    const found = await t.db.query(`select id from cases where search_vector @@ to_tsquery('rap_simple', 'quarry')`);
    expect(found.rows).toHaveLength(1);

    const bad = await failure(tx((q) => updateCase(q, caseId, { title: '', status: 'pending', countryCode: 'Nowhere' }, officer)));
    expect(bad).toBeInstanceOf(InvalidInput);
    expect(Object.keys((bad as InvalidInput).fields).sort()).toEqual(['country', 'status', 'title']);
  });

  it('seals a confidential event, keeps it out of search and the trail, and opens it only for those allowed', async () => {
    const caseId = await tx((q) => createCase(q, { title: 'Harbour detentions' }, officer));
    const open = await tx((q) => addEvent(q, cipher, caseId, { year: '2024', month: '3', day: '5', description: 'Arrested at the quarry gate', place: 'Port Aldo' }, officer));
    const secret = await tx((q) =>
      addEvent(q, cipher, caseId, { year: '2024', month: '4', description: 'Hiding in the safehouse of Velmira', place: 'Northern valley', confidential: true }, officer),
    );
    const rows = await t.db.query<{ id: string; description: string | null; place: string | null; description_sealed: string | null; search_vector: string | null }>(
      'select id::text, description, place, description_sealed, search_vector::text from case_events order by id',
    );
    const [plain, sealed] = rows.rows;
    expect(plain).toMatchObject({ id: String(open), description: 'Arrested at the quarry gate', place: 'Port Aldo', description_sealed: null });
    // The place of a confidential event is sealed with its description: a location can put someone in danger.
    expect(sealed).toMatchObject({ id: String(secret), description: null, place: null, search_vector: null });
    expect(sealed!.description_sealed).not.toContain('Northern');
    const found = await t.db.query<{ id: string }>(`select id::text from case_events where search_vector @@ to_tsquery('rap_simple', 'quarry & aldo')`);
    expect(found.rows).toEqual([{ id: String(open) }]);
    expect(sealed!.description_sealed).not.toContain('Velmira');
    const hits = await t.db.query(`select id from case_events where search_vector @@ to_tsquery('rap_simple', 'velmira')`);
    expect(hits.rows).toHaveLength(0);
    const trail = JSON.stringify(await historyOf(t.db, 'case', String(caseId)));
    expect(trail).not.toContain('Velmira');
    expect(trail).not.toContain('Northern valley');
    expect(trail).toContain('[confidential]');

    const hidden = await loadCaseFile(t.db, cipher, caseId, { readConfidential: false });
    expect(hidden!.events.map((e) => e.id)).toEqual([open, secret]);
    expect(hidden!.events[1]).toMatchObject({ hidden: true, description: null, place: null });
    const shown = await loadCaseFile(t.db, cipher, caseId, { readConfidential: true });
    expect(shown!.events[1]).toMatchObject({ hidden: false, description: 'Hiding in the safehouse of Velmira', place: 'Northern valley' });

    // A change to the words alone is a change, recorded without them.
    await tx((q) =>
      updateEvent(q, cipher, caseId, secret, { year: '2024', month: '4', description: 'Hiding in the safehouse of Velmira Oak', place: 'Northern valley', confidential: true }, officer),
    );
    const edit = (await historyOf(t.db, 'case', String(caseId))).pop()!;
    expect(edit).toMatchObject({ action: 'case.event.update', before: { description: '[confidential]' }, after: { description: '[confidential]' } });
    expect(edit.after).not.toHaveProperty('place');
    const reopened = await loadCaseFile(t.db, cipher, caseId, { readConfidential: true });
    expect(reopened!.events[1]!.description).toBe('Hiding in the safehouse of Velmira Oak');
  });

  it('records only the fields of an event that changed, and refuses a source from elsewhere', async () => {
    const caseId = await tx((q) => createCase(q, { title: 'Harbour detentions' }, officer));
    const id = await tx((q) => addEvent(q, cipher, caseId, { year: '2024', description: 'Arrested', place: 'Port Aldo' }, officer));
    await tx((q) => updateEvent(q, cipher, caseId, id, { year: '2024', month: '3', description: 'Arrested', place: 'Port Aldo' }, officer));
    const last = (await historyOf(t.db, 'case', String(caseId))).pop()!;
    expect(last).toMatchObject({ action: 'case.event.update', before: { eventId: id, date: '2024' }, after: { eventId: id, date: 'March 2024' } });
    expect(Object.keys(last.after!).sort()).toEqual(['date', 'eventId']);

    const elsewhere = await submission({ victims: [{ name: 'Oskar Brenn' }] });
    const e = await failure(tx((q) => addEvent(q, cipher, caseId, { description: 'From elsewhere', source: `submission:${elsewhere}` }, officer)));
    expect(e.location.field).toBe('source');
    expect(await count('case_events')).toBe(1);
  });
});

describe('documents and letters', () => {
  it('stores a PDF as a document of the case and refuses a page named .pdf, writing nothing', async () => {
    const caseId = await tx((q) => createCase(q, { title: 'Harbour detentions' }, officer));
    const stored = await uploadCaseDocument(t.db, cipher, caseId, { fileName: 'statement.pdf', bytes: await pdfWithText('Statement of Oskar Brenn') }, {}, officer);
    const view = await loadCaseFile(t.db, cipher, caseId, { readConfidential: false });
    expect(view!.documents).toMatchObject([{ id: stored.id, fileName: 'statement.pdf', mediaType: 'application/pdf', hasText: true, fromSubmission: null }]);
    expect(view!.history[0]).toMatchObject({ action: 'case.document.add', after: { fileId: stored.id, name: 'statement.pdf' } });

    const before = await count('audit_log');
    const e = await failure(uploadCaseDocument(t.db, cipher, caseId, { fileName: 'report.pdf', bytes: HTML_PAGE }, {}, officer));
    expect(e.detail).toContain('report.pdf');
    expect(await count('staff_files')).toBe(1);
    expect(await count('audit_log')).toBe(before);
  });

  it('links a stored letter by its reference as typed, refuses unknown ones, and unlinks', async () => {
    await tx((q) =>
      storeRecord(q, buildLetter({ reference: 'AL XAA 1/2024', title: 'detention at the harbour' }), {
        sha256: 'sha-1', path: '/archive/1.md', format: 'markdown', pages: null, bytes: 10, kind: 'communication', content: Buffer.from('x'),
      }),
    );
    const caseId = await tx((q) => createCase(q, { title: 'Harbour detentions' }, officer));
    const linked = await tx((q) => linkLetter(q, caseId, ' xaa 1/2024 ', officer));
    expect(linked.reference).toBe('AL XAA 1/2024');
    const view = await loadCaseFile(t.db, cipher, caseId, { readConfidential: false });
    expect(view!.letters).toMatchObject([{ referenceText: 'AL XAA 1/2024', published: false, title: 'detention at the harbour' }]);

    expect((await failure(tx((q) => linkLetter(q, caseId, 'AL XAA 1/2024', officer)))).code).toBe('RAP_ERR_CONFLICT');
    expect((await failure(tx((q) => linkLetter(q, caseId, 'AL XAA 9/2024', officer)))).detail).toContain('No letter AL XAA 9/2024 is stored');
    expect((await failure(tx((q) => linkLetter(q, caseId, 'the harbour letter', officer)))).location.field).toBe('reference');

    await tx((q) => unlinkLetter(q, caseId, linked.communicationId, officer));
    expect(await count('case_letters')).toBe(0);
    expect((await historyOf(t.db, 'case', String(caseId))).map((e) => e.action)).toEqual(['case.create', 'case.letter.link', 'case.letter.unlink']);
    expect((await failure(tx((q) => unlinkLetter(q, caseId, linked.communicationId, officer)))).code).toBe('RAP_ERR_NOT_FOUND');
  });
});
