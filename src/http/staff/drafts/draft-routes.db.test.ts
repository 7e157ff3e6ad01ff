/**
 * The drafting pages over HTTP: a letter started from a case (what may not go to the State left
 * out), edited with its preview, put to the mandates, joined, approved by the lead and sent, and
 * the refusals on the way (another mandate's answer, a stale version, a role without the right),
 * none of which writes anything.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSEMBLY, DEFENDERS, staff } from '../../../../test/db/drafting-fixtures.js';
import { clearData, openTestDatabase, type TestDatabase } from '../../../../test/db/test-database.js';
import { signIn, testWorkspace, type SignedIn } from '../../../../test/staff/workspace.js';
import { mandateById } from '../../../reference-data/index.js';
import { addEvent } from '../../../services/case-events.js';
import { addPersonToCase } from '../../../services/case-people-edit.js';
import { createCase } from '../../../services/cases.js';
import { getDraft } from '../../../services/drafting.js';
import { buildPublicApp } from '../../public-app.js';
import type { Workspace } from '../workspace.js';
import type { DraftContent } from './draft-from-case.js';

const DETENTION = 'wg-arbitrary-detention';

let t: TestDatabase;
let app: FastifyInstance;
let ws: Workspace;
let officer: SignedIn;
let caseId: number;

const event = (day: string, description: string, confidential = false) => ({
  year: day.slice(0, 4), month: String(Number(day.slice(5, 7))), day: String(Number(day.slice(8, 10))), description, place: 'Velmora', source: '', sourceNote: '', confidential,
});

beforeAll(async () => {
  t = await openTestDatabase();
  await clearData(t.db);
  ws = testWorkspace(t.db);
  app = await buildPublicApp(t.db, { workspace: ws });
  officer = await signIn(ws, 'officer');
  const actor = await staff(t.db, 'officer');
  caseId = await t.db.transaction(async (tx) => {
    const id = await createCase(tx, { title: 'the detention of Ilsa Varnhold' }, actor);
    const person = { otherNames: [], gender: null, roles: [], affiliation: null, sourceSubmissionId: null, caseId: id };
    await addPersonToCase(tx, { ...person, name: 'Ilsa Varnhold', gender: 'female', roles: ['defender'], consentToState: true, consentPublic: true }, actor);
    await addPersonToCase(tx, { ...person, name: 'Teodor Maleski', consentToState: false, consentPublic: false }, actor);
    await addEvent(tx, ws.cipher, id, event('2025-11-12', 'The prosecutor charged Ms. Varnhold with spreading false information.'), actor);
    await addEvent(tx, ws.cipher, id, event('2025-11-03', 'Police officers searched the offices of Open Lantern.'), actor);
    await addEvent(tx, ws.cipher, id, event('2025-11-05', 'Ms. Varnhold hides at her cousin’s farm near Orlen.', true), actor);
    return id;
  });
});

afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

const draftsCount = async () => (await t.db.query<{ n: number }>('select count(*)::int as n from drafts')).rows[0]!.n;
const auditCount = async () => (await t.db.query<{ n: number }>('select count(*)::int as n from audit_log')).rows[0]!.n;
const idFrom = (location: unknown) => Number(/^\/staff\/drafts\/(\d+)/.exec(String(location))![1]);

const NEW_DRAFT = { type: 'AL', recipient_code: 'XAA', recipient_name: '', language: 'en', lead_mandate: DEFENDERS, invited: [ASSEMBLY, DETENTION] };

const EDIT = {
  ...NEW_DRAFT,
  subject: 'the detention of the human rights defender Ms. Ilsa Varnhold',
  persons: 'Ilsa Varnhold | female | human rights defender | Open Lantern',
  facts: '2025-11-03 | Velmora | Police officers searched the offices of Open Lantern.\n2025-11-12 | Velmora | The prosecutor charged Ms. Varnhold with spreading false information.',
  concerns: 'We are concerned that the charges appear linked to her work.',
  questions: 'Please provide any additional information on these allegations.\nPlease explain the legal basis for the charges against Ms. Varnhold.',
  interim_measures: 'yes',
  press_release: '',
  copies_to: '',
  legal_references: 'iccpr: 19, 21\ndeclaration-hrd: 1, 12',
};

describe('a letter from a case to its sending, through the pages', () => {
  let draftId: number;

  it('starts a draft from the case, leaving out the person without consent and the confidential event', async () => {
    const form = await app.inject(officer.get(`/staff/cases/${caseId}/drafts/new`));
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Left out: Teodor Maleski');
    expect(form.body).toContain('1 confidential event is not copied');
    expect(form.body).toMatch(/<label for="new-lead-mandate">/);

    const bad = await app.inject(officer.post(`/staff/cases/${caseId}/drafts/new`, { ...NEW_DRAFT, recipient_code: 'OTH' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('role="alert"');
    expect(bad.body).toContain('href="#new-recipient-name"');
    expect(await draftsCount()).toBe(0);

    const res = await app.inject(officer.post(`/staff/cases/${caseId}/drafts/new`, NEW_DRAFT));
    expect(res.statusCode).toBe(303);
    draftId = idFrom(res.headers.location);
    const draft = (await getDraft<DraftContent>(t.db, draftId))!;
    expect(draft).toMatchObject({ caseId, type: 'AL', recipientCode: 'XAA', leadMandateId: DEFENDERS, status: 'draft' });
    expect(draft.content.subject).toBe('the detention of Ilsa Varnhold');
    expect(draft.content.persons.map((p) => p.name)).toEqual(['Ilsa Varnhold']);
    expect(draft.content.persons[0]!.descriptors).toEqual(['human rights defender']);
    expect(draft.content.facts.map((f) => f.date)).toEqual(['2025-11-03', '2025-11-12']);
    expect(JSON.stringify(draft.content)).not.toMatch(/Maleski|Orlen/);
    const page = await app.inject(officer.get(String(res.headers.location)));
    expect(page.body).toContain('left out Teodor Maleski');
  });

  it('edits the questions and shows them in the preview, with the mandates header', async () => {
    const version = (await getDraft(t.db, draftId))!.version;
    const res = await app.inject(officer.post(`/staff/drafts/${draftId}`, { ...EDIT, version: String(version) }));
    expect(res.statusCode).toBe(303);
    const page = await app.inject(officer.get(`/staff/drafts/${draftId}`));
    expect(page.statusCode).toBe(200);
    const preview = page.body.slice(page.body.indexOf('class="letter-preview"'));
    expect(preview).toContain(`<strong>Mandate of the ${mandateById(DEFENDERS)!.title}</strong>`);
    expect(preview).toContain('1. Please provide any additional information on these allegations.');
    expect(preview).toContain('2. Please explain the legal basis for the charges against Ms. Varnhold.');
    expect(preview).toContain('[allocated when the letter is sent]');
  });

  it('refuses a save made on an older version with 409, keeps the form and writes nothing', async () => {
    const before = await getDraft(t.db, draftId);
    const audit = await auditCount();
    const res = await app.inject(officer.post(`/staff/drafts/${draftId}`, { ...EDIT, questions: 'A question typed on an old page?', version: String(before!.version - 1) }));
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('changed since it was opened');
    expect(res.body).toContain('A question typed on an old page?');
    expect(await getDraft(t.db, draftId)).toEqual(before);
    expect(await auditCount()).toBe(audit);
  });

  it('shows what is typed in a field as text, never as markup', async () => {
    const version = (await getDraft(t.db, draftId))!.version;
    const res = await app.inject(officer.post(`/staff/drafts/${draftId}`, { ...EDIT, concerns: '<script>alert(1)</script> We are concerned.', version: String(version) }));
    expect(res.statusCode).toBe(303);
    const page = await app.inject(officer.get(`/staff/drafts/${draftId}`));
    expect(page.body).not.toContain('<script>alert(1)</script>');
    expect(page.body).toContain('&lt;script>alert(1)&lt;/script>');
    await app.inject(officer.post(`/staff/drafts/${draftId}`, { ...EDIT, version: String(version + 1) }));
  });

  it('opens the consultation; an invited holder joins for their mandate and not for another', async () => {
    let draft = (await getDraft(t.db, draftId))!;
    expect((await app.inject(officer.post(`/staff/drafts/${draftId}/consultation`, { version: String(draft.version) }))).statusCode).toBe(303);
    const assembly = await signIn(ws, 'mandate-holder', { mandates: [ASSEMBLY] });

    const list = await app.inject(assembly.get('/staff/drafts'));
    expect(list.statusCode).toBe(200);
    const waiting = list.body.slice(list.body.indexOf('Waiting for your answer'), list.body.indexOf('id="status-draft"'));
    expect(waiting).toContain(`href="/staff/drafts/${draftId}"`);

    draft = (await getDraft(t.db, draftId))!;
    const page = await app.inject(assembly.get(`/staff/drafts/${draftId}`));
    expect(page.body).toContain(`/staff/drafts/${draftId}/mandates/${ASSEMBLY}/join`);
    expect(page.body).not.toContain(`/mandates/${DETENTION}/join`);
    expect(page.body).not.toContain('id="edit"');

    const audit = await auditCount();
    const other = await app.inject(assembly.post(`/staff/drafts/${draftId}/mandates/${DETENTION}/join`, { version: String(draft.version) }));
    expect(other.statusCode).toBe(403);
    expect(other.body).toContain('A mandate holder answers only for the mandates assigned to them');
    expect(await getDraft(t.db, draftId)).toEqual(draft);
    expect(await auditCount()).toBe(audit);

    expect((await app.inject(assembly.post(`/staff/drafts/${draftId}/mandates/${ASSEMBLY}/join`, { version: String(draft.version) }))).statusCode).toBe(303);
    draft = (await getDraft(t.db, draftId))!;
    expect(draft.mandates.find((m) => m.mandateId === ASSEMBLY)).toMatchObject({ answer: 'joined', onBehalf: false });
    // The secretariat records the other mandate's answer on its behalf.
    expect((await app.inject(officer.post(`/staff/drafts/${draftId}/mandates/${DETENTION}/decline`, { version: String(draft.version) }))).statusCode).toBe(303);
  });

  it('lets the lead approve, then the officer sends and lands on the letter page', async () => {
    const lead = await signIn(ws, 'mandate-holder', { mandates: [DEFENDERS] });
    let draft = (await getDraft(t.db, draftId))!;
    const page = await app.inject(lead.get(`/staff/drafts/${draftId}`));
    expect(page.body).toContain(`/staff/drafts/${draftId}/approve`);
    expect((await app.inject(lead.post(`/staff/drafts/${draftId}/approve`, { version: String(draft.version) }))).statusCode).toBe(303);
    draft = (await getDraft(t.db, draftId))!;
    expect(draft.status).toBe('approved');

    const ready = await app.inject(officer.get(`/staff/drafts/${draftId}`));
    expect(ready.body).toContain('Nothing stops this letter from being sent');
    expect(ready.body).toContain(`action="/staff/drafts/${draftId}/send"`);
    const badDate = await app.inject(officer.post(`/staff/drafts/${draftId}/send`, { version: String(draft.version), date: '2 March 2026' }));
    expect(badDate.statusCode).toBe(400);
    expect(badDate.body).toContain('href="#action-date"');

    const sent = await app.inject(officer.post(`/staff/drafts/${draftId}/send`, { version: String(draft.version), date: '2026-03-02' }));
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`/staff/letters/${encodeURIComponent('AL XAA 1/2026')}`);
    // The letter page belongs to the letters module; here, the letter it shows is stored.
    const stored = await t.db.query<{ reference_text: string }>('select reference_text from communications where reference_text = $1', ['AL XAA 1/2026']);
    expect(stored.rows).toHaveLength(1);
    expect((await getDraft(t.db, draftId))!.status).toBe('sent');
  });
});

describe('who may do what', () => {
  it('lets a mandate holder read but not write, and a viewer neither; nothing is written on refusal', async () => {
    const draftId = (await t.db.query<{ id: number }>('select id from drafts order by id limit 1')).rows[0]!.id;
    const holder = await signIn(ws, 'mandate-holder', { mandates: [ASSEMBLY] });
    const viewer = await signIn(ws, 'viewer');
    expect((await app.inject(holder.get(`/staff/drafts/${draftId}`))).statusCode).toBe(200);
    // The permissions give a viewer no drafts at all (draft.read is not theirs).
    expect((await app.inject(viewer.get(`/staff/drafts/${draftId}`))).statusCode).toBe(403);
    const before = await getDraft(t.db, draftId);
    const audit = await auditCount();
    const posts = [
      [holder, `/staff/drafts/${draftId}`], [holder, `/staff/drafts/${draftId}/consultation`], [holder, `/staff/drafts/${draftId}/send`],
      [holder, `/staff/cases/${caseId}/drafts/new`],
      [viewer, `/staff/drafts/${draftId}`], [viewer, `/staff/drafts/${draftId}/consultation`], [viewer, `/staff/drafts/${draftId}/approve`],
      [viewer, `/staff/drafts/${draftId}/mandates/${ASSEMBLY}/join`], [viewer, `/staff/drafts/${draftId}/mandates/${ASSEMBLY}/decline`],
      [viewer, `/staff/drafts/${draftId}/send`], [viewer, `/staff/cases/${caseId}/drafts/new`],
    ] as const;
    for (const [who, url] of posts) {
      const res = await app.inject(who.post(url, { ...EDIT, version: String(before!.version), date: '2026-03-03' }));
      expect(res.statusCode, `${who.role} POST ${url}`).toBe(403);
    }
    expect(await getDraft(t.db, draftId)).toEqual(before);
    expect(await auditCount()).toBe(audit);
    expect(await draftsCount()).toBe(1);
  });
});
