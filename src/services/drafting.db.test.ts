import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../domain/actor.js';
import { APPROVAL_CLEARED_REASON } from '../domain/letter-lifecycle.js';
import { historyOf } from '../store/audit.repo.js';
import { buildLetter } from '../../test/db/build-letter.js';
import { ASSEMBLY, DEFENDERS, EXPRESSION, staff, testComposer, type TestContent } from '../../test/db/drafting-fixtures.js';
import { clearData, openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { failure } from '../../test/db/rap-failure.js';
import { createCase } from './cases.js';
import {
  answerInvitation, approveDraft, contentDigest, createDraft, editDraft, getDraft, listDrafts, openConsultation, startFollowUp,
} from './drafting.js';
import { sendDraft, type Composer } from './sending.js';
import { storeRecord } from './store-record.js';

let t: TestDatabase;
let officer: Actor;
let defendersHolder: Actor;
let expressionHolder: Actor;
let viewer: Actor;

beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t?.dispose();
});
beforeEach(async () => {
  await clearData(t.db);
  officer = await staff(t.db, 'officer');
  defendersHolder = await staff(t.db, 'mandate-holder', [DEFENDERS]);
  expressionHolder = await staff(t.db, 'mandate-holder', [EXPRESSION]);
  viewer = await staff(t.db, 'viewer');
});


const count = async (table: string) => Number((await t.db.query<{ n: string }>(`select count(*)::text as n from ${table}`)).rows[0]!.n);

const newCase = () => t.db.transaction((tx) => createCase(tx, { title: 'Detention of Ilona Varesk', countryCode: 'XAA' }, officer));

const jointDraft = (caseId: number | null = null) =>
  createDraft<TestContent>(t.db, {
    caseId, type: 'UA', recipientCode: 'xaa', language: 'fr', leadMandateId: DEFENDERS, invitedMandateIds: [EXPRESSION, ASSEMBLY],
    content: { subject: 'la détention de Mme Ilona Varesk', persons: [{ name: 'Ilona Varesk', variants: [], role: 'victim' }] },
  }, officer);

describe('createDraft', () => {
  it('stores a draft with its lead and invited mandates, in the case’s history and the draft’s', async () => {
    const caseId = await newCase();
    const d = await jointDraft(caseId);
    expect(d).toMatchObject({ caseId, type: 'UA', recipientCode: 'XAA', language: 'fr', status: 'draft', version: 1, leadMandateId: DEFENDERS });
    expect(d.mandates.map((m) => [m.mandateId, m.role, m.answer])).toEqual([[DEFENDERS, 'lead', 'pending'], [EXPRESSION, 'invited', 'pending'], [ASSEMBLY, 'invited', 'pending']]);
    expect(d.signing).toEqual([DEFENDERS]);
    expect((d.content as TestContent).subject).toBe('la détention de Mme Ilona Varesk');

    const trail = await historyOf(t.db, 'draft', String(d.id));
    expect(trail.map((e) => e.action)).toEqual(['draft.create']);
    // The trail keeps a fingerprint of the content, never the names in it.
    expect(JSON.stringify(trail[0]!.after)).not.toContain('Varesk');
    expect(trail[0]!.after).toMatchObject({ content: contentDigest(d.content), invitedMandateIds: [EXPRESSION, ASSEMBLY] });
    expect((await historyOf(t.db, 'case', String(caseId))).map((e) => e.action)).toContain('case.draft.add');
  });

  it('refuses bad settings with a RapError naming the field, and writes nothing', async () => {
    const base = { type: 'AL', recipientCode: 'XAA', language: 'en', leadMandateId: DEFENDERS };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ type: 'XX' }, 'type'],
      [{ recipientCode: 'QQQ' }, 'recipientCode'],
      [{ language: 'de' }, 'language'],
      [{ leadMandateId: 'sr-on-nothing' }, 'leadMandateId'],
      [{ invitedMandateIds: [DEFENDERS] }, 'invitedMandateIds'],
      [{ caseId: 999_999 }, 'caseId'],
    ];
    for (const [change, field] of cases) {
      const e = await failure(createDraft(t.db, { ...base, ...change }, officer));
      expect(e.location.field, JSON.stringify(change)).toBe(field);
    }
    expect(await count('drafts')).toBe(0);
    expect(await count('audit_log')).toBe(0);
  });

  it('accepts a non-State recipient (OTH)', async () => {
    const d = await createDraft(t.db, { type: 'AL', recipientCode: 'OTH', language: 'es', leadMandateId: DEFENDERS }, officer);
    expect(d.recipientCode).toBe('OTH');
  });

  it('is for the secretariat only', async () => {
    for (const who of [defendersHolder, viewer]) {
      expect((await failure(createDraft(t.db, { type: 'AL', recipientCode: 'XAA', language: 'en', leadMandateId: DEFENDERS }, who))).code).toBe('RAP_ERR_FORBIDDEN');
    }
  });
});

describe('consultation and sign-off', () => {
  it('walks from draft to approved with the holders’ own answers and an officer’s on a mandate’s behalf', async () => {
    const d = await jointDraft();
    await openConsultation(t.db, d.id, officer);
    await answerInvitation(t.db, d.id, EXPRESSION, 'joined', expressionHolder);
    const answered = await answerInvitation(t.db, d.id, ASSEMBLY, 'declined', officer);
    expect(answered.signing).toEqual([DEFENDERS, EXPRESSION]);
    const approved = await approveDraft(t.db, d.id, defendersHolder, { version: answered.version });
    expect(approved.status).toBe('approved');
    const byId = Object.fromEntries(approved.mandates.map((m) => [m.mandateId, m]));
    expect(byId[EXPRESSION]).toMatchObject({ answer: 'joined', answeredBy: expressionHolder.userId, onBehalf: false });
    expect(byId[ASSEMBLY]).toMatchObject({ answer: 'declined', answeredBy: officer.userId, onBehalf: true });
    expect(byId[DEFENDERS]).toMatchObject({ answer: 'approved', answeredBy: defendersHolder.userId, onBehalf: false });

    const trail = await historyOf(t.db, 'draft', String(d.id));
    expect(trail.map((e) => e.action)).toEqual(['draft.create', 'draft.consultation.open', 'draft.mandate.answer', 'draft.mandate.answer', 'draft.approve']);
    expect(trail[3]!.after).toMatchObject({ mandateId: ASSEMBLY, answer: 'declined', onBehalf: true, note: 'recorded by the secretariat on behalf of the mandate' });
    expect(trail[2]!.after).not.toHaveProperty('note');
    expect(trail[4]!.after).toMatchObject({ signing: [DEFENDERS, EXPRESSION], onBehalf: false });
  });

  it('keeps a mandate holder to their own mandates, and approval to the lead', async () => {
    const d = await jointDraft();
    await openConsultation(t.db, d.id, officer);
    expect((await failure(answerInvitation(t.db, d.id, ASSEMBLY, 'joined', expressionHolder))).code).toBe('RAP_ERR_FORBIDDEN');
    await answerInvitation(t.db, d.id, EXPRESSION, 'joined', officer);
    const v = await answerInvitation(t.db, d.id, ASSEMBLY, 'joined', officer);
    expect((await failure(approveDraft(t.db, d.id, expressionHolder, { version: v.version }))).code).toBe('RAP_ERR_FORBIDDEN');
    expect((await getDraft(t.db, d.id))!.status).toBe('consultation');
  });

  it('refuses an approval of a version other than the stored one', async () => {
    const d = await createDraft(t.db, { type: 'AL', recipientCode: 'XAA', language: 'en', leadMandateId: DEFENDERS }, officer);
    const opened = await openConsultation(t.db, d.id, officer);
    await editDraft(t.db, d.id, { version: opened.version, content: { subject: 'a new subject' } }, officer);
    const e = await failure(approveDraft(t.db, d.id, defendersHolder, { version: opened.version }));
    expect(e.code).toBe('RAP_ERR_CONFLICT');
    expect(e.location.field).toBe('version');
    expect(e.message).toContain(`version ${opened.version} was opened, version ${opened.version + 1} is stored`);
  });
});

describe('editDraft', () => {
  it('counts versions and refuses an edit made on an older one', async () => {
    const d = await jointDraft();
    const first = await editDraft<TestContent>(t.db, d.id, { version: d.version, content: { subject: 'the arrest of Ilona Varesk' } }, officer);
    expect(first.version).toBe(d.version + 1);
    const stale = await failure(editDraft(t.db, d.id, { version: d.version, content: { subject: 'another subject' } }, officer));
    expect(stale.code).toBe('RAP_ERR_CONFLICT');
    expect(((await getDraft<TestContent>(t.db, d.id))!.content).subject).toBe('the arrest of Ilona Varesk');
  });

  it('writes nothing when nothing changes', async () => {
    const d = await jointDraft();
    const same = await editDraft(t.db, d.id, { version: d.version, content: d.content, language: 'FR' }, officer);
    expect(same.version).toBe(d.version);
    expect((await historyOf(t.db, 'draft', String(d.id))).map((e) => e.action)).toEqual(['draft.create']);
  });

  it('takes an approved letter back to consultation, clears the approval and joins, and says why in the trail', async () => {
    const d = await jointDraft();
    await openConsultation(t.db, d.id, officer);
    await answerInvitation(t.db, d.id, EXPRESSION, 'joined', expressionHolder);
    const v = await answerInvitation(t.db, d.id, ASSEMBLY, 'declined', officer);
    const approved = await approveDraft(t.db, d.id, defendersHolder, { version: v.version });
    const edited = await editDraft(t.db, d.id, { version: approved.version, content: { subject: 'a corrected subject' } }, officer);
    expect(edited.status).toBe('consultation');
    expect(edited.mandates.map((m) => [m.mandateId, m.answer, m.answeredBy])).toEqual([
      [DEFENDERS, 'pending', null], [EXPRESSION, 'pending', null], [ASSEMBLY, 'declined', officer.userId],
    ]);
    const sending = await failure(sendDraft(t.db, { draftId: d.id, version: edited.version, compose: testComposer, date: '2025-03-18' }, officer));
    expect(sending.code).toBe('RAP_ERR_CONFLICT');
    const trail = await historyOf(t.db, 'draft', String(d.id));
    const clear = trail.find((e) => e.action === 'draft.approval.clear')!;
    expect(clear.before).toEqual({ status: 'approved', answered: [DEFENDERS, EXPRESSION] });
    expect(clear.after).toEqual({ status: 'consultation', reason: APPROVAL_CLEARED_REASON });
    const edit = trail.find((e) => e.action === 'draft.edit')!;
    expect(Object.keys(edit.after!)).toEqual(['content']);
  });

  it('changes the invited mandates, keeping the answers of those that stay', async () => {
    const d = await jointDraft();
    await openConsultation(t.db, d.id, officer);
    const v = await answerInvitation(t.db, d.id, EXPRESSION, 'joined', expressionHolder);
    const edited = await editDraft(t.db, d.id, { version: v.version, invitedMandateIds: [EXPRESSION] }, officer);
    expect(edited.mandates.map((m) => [m.mandateId, m.answer])).toEqual([[DEFENDERS, 'pending'], [EXPRESSION, 'joined']]);
    const approved = await approveDraft(t.db, d.id, officer, { version: edited.version });
    expect(approved.signing).toEqual([DEFENDERS, EXPRESSION]);
  });

  it('is refused to mandate holders', async () => {
    const d = await jointDraft();
    expect((await failure(editDraft(t.db, d.id, { version: d.version, content: {} }, defendersHolder))).code).toBe('RAP_ERR_FORBIDDEN');
  });
});

describe('listDrafts', () => {
  it('finds drafts by status, case and mandate', async () => {
    const caseId = await newCase();
    const a = await jointDraft(caseId);
    const b = await createDraft(t.db, { type: 'OL', recipientCode: 'XAB', language: 'en', leadMandateId: EXPRESSION }, officer);
    await openConsultation(t.db, b.id, officer);
    expect((await listDrafts(t.db, { status: 'consultation' })).map((d) => d.id)).toEqual([b.id]);
    expect((await listDrafts(t.db, { caseId })).map((d) => d.id)).toEqual([a.id]);
    expect((await listDrafts(t.db, { mandateId: ASSEMBLY })).map((d) => d.id)).toEqual([a.id]);
    expect((await listDrafts(t.db, { mandateId: EXPRESSION })).map((d) => d.id).sort()).toEqual([a.id, b.id].sort());
  });
});

describe('startFollowUp', () => {
  it('starts a draft on the same case and recipient that cites the sent letter, and the sent follow-up cites it', async () => {
    const caseId = await newCase();
    const d = await jointDraft(caseId);
    await openConsultation(t.db, d.id, officer);
    await answerInvitation(t.db, d.id, EXPRESSION, 'joined', officer);
    const v = await answerInvitation(t.db, d.id, ASSEMBLY, 'declined', officer);
    const approved = await approveDraft(t.db, d.id, officer, { version: v.version });
    const first = await sendDraft(t.db, { draftId: d.id, version: approved.version, compose: testComposer, date: '2025-03-18' }, officer);

    const follow = await startFollowUp<TestContent>(t.db, 'ua xaa 1/2025', officer);
    expect(follow).toMatchObject({ caseId, recipientCode: 'XAA', type: 'UA', language: 'fr', status: 'draft', leadMandateId: DEFENDERS });
    expect(follow.mandates.map((m) => m.mandateId)).toEqual([DEFENDERS, EXPRESSION]);
    expect(follow.follows).toEqual({ communicationId: first.communicationId, reference: 'UA XAA 1/2025', date: '2025-03-18' });
    expect(follow.content.subject).toBe('la détention de Mme Ilona Varesk');
    expect((await historyOf(t.db, 'communication', 'UA XAA 1/2025')).map((e) => e.action)).toContain('letter.follow-up.start');

    await openConsultation(t.db, follow.id, officer);
    const j = await answerInvitation(t.db, follow.id, EXPRESSION, 'joined', officer);
    const ok = await approveDraft(t.db, follow.id, officer, { version: j.version });
    // A composer that forgets the citation: sending adds it.
    const forgetful: Composer<TestContent> = async (draft, reference, date) => {
      const composed = await testComposer(draft, reference, date);
      return { ...composed, record: { ...composed.record, relatedCommunications: [] } };
    };
    const second = await sendDraft<TestContent>(t.db, { draftId: follow.id, version: ok.version, compose: forgetful, date: '2025-06-02' }, officer);
    expect(second.reference.text).toBe('UA XAA 2/2025');
    const cites = await t.db.query<{ cited_reference: string; cited_communication_id: number; cited_date: string }>(
      `select cited_reference, cited_communication_id, to_char(cited_date, 'YYYY-MM-DD') as cited_date from citations where citing_communication_id = $1`,
      [second.communicationId],
    );
    expect(cites.rows).toEqual([{ cited_reference: 'UA XAA 1/2025', cited_communication_id: first.communicationId, cited_date: '2025-03-18' }]);
  });

  it('follows up an imported letter with its signing mandates, overrides taken', async () => {
    await t.db.transaction((tx) => storeRecord(tx, buildLetter({
      reference: 'AL XAC 4/2024', date: '2024-05-06', language: 'en',
      mandates: [{ id: EXPRESSION, title: 'x' }, { id: null, title: 'an unmatched title' }, { id: ASSEMBLY, title: 'y' }],
    }), { sha256: 'f1', path: '/archive/a.md', format: 'markdown', pages: null, bytes: 1, kind: 'communication' }));
    const follow = await startFollowUp(t.db, 'AL XAC 4/2024', officer, { type: 'UA' });
    expect(follow).toMatchObject({ type: 'UA', recipientCode: 'XAC', language: 'en', caseId: null, leadMandateId: EXPRESSION });
    expect(follow.mandates.map((m) => m.mandateId)).toEqual([EXPRESSION, ASSEMBLY]);
    expect(follow.follows?.reference).toBe('AL XAC 4/2024');
  });

  it('refuses a reference that is not stored, or only cited, naming the field', async () => {
    expect((await failure(startFollowUp(t.db, 'AL XAA 9/2025', officer))).location.field).toBe('reference');
    expect((await failure(startFollowUp(t.db, 'not a reference', officer))).code).toBe('RAP_ERR_BAD_REFERENCE');
    await t.db.query(`insert into communications (reference_text, reference_key, recipient_code, reference_number, reference_year, status)
                      values ('XAA 7/2025', 'XAA 7/2025', 'XAA', 7, 2025, 'placeholder')`);
    const e = await failure(startFollowUp(t.db, 'XAA 7/2025', officer));
    expect(e.message).toContain('only cited');
    expect(await count('drafts')).toBe(0);
  });
});
