import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../domain/actor.js';
import { historyOf } from '../store/audit.repo.js';
import { findLetterVersion } from '../store/letter-versions.repo.js';
import { lastReferenceNumber } from '../store/reference-counters.repo.js';
import { buildLetter } from '../../test/db/build-letter.js';
import { ASSEMBLY, DEFENDERS, EXPRESSION, approvedDraft, staff, testComposer, type TestContent } from '../../test/db/drafting-fixtures.js';
import { clearData, openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { failure } from '../../test/db/rap-failure.js';
import { createCase } from './cases.js';
import { createDraft, openConsultation } from './drafting.js';
import { publishDue } from './publish.js';
import { sendDraft, type Composer } from './sending.js';
import { storeRecord } from './store-record.js';

let t: TestDatabase;
let officer: Actor;

beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t?.dispose();
});
beforeEach(async () => {
  await clearData(t.db);
  officer = await staff(t.db, 'officer');
});


const count = async (table: string) => Number((await t.db.query<{ n: string }>(`select count(*)::text as n from ${table}`)).rows[0]!.n);

const send = (draft: { id: number; version: number }, date: string, compose: Composer<TestContent> = testComposer) =>
  sendDraft<TestContent>(t.db, { draftId: draft.id, version: draft.version, compose, date }, officer);

let imports = 0;
const importLetter = (reference: string, date: string) =>
  t.db.transaction((tx) => storeRecord(tx, buildLetter({ reference, date }), { sha256: `i-${++imports}`, path: `/archive/${imports}.md`, format: 'markdown', pages: null, bytes: 1, kind: 'communication' }));

describe('sendDraft', () => {
  it('stores the letter with its reference, dates, signing mandates and frozen version, linked to its case', async () => {
    const caseId = await t.db.transaction((tx) => createCase(tx, { title: 'Arrest of Tomas Ferrell', countryCode: 'XAA' }, officer));
    const draft = await approvedDraft(t.db, {
      caseId, content: { subject: 'the arrest of Mr. Tomas Ferrell', persons: [{ name: 'Tomas Ferrell', variants: ['Tomas Ferell'], role: 'victim' }] },
    }, { [EXPRESSION]: 'declined', [ASSEMBLY]: 'joined' });
    const sent = await send(draft, '2025-03-18');

    expect(sent).toMatchObject({ reference: { text: 'AL XAA 1/2025', number: 1, year: 2025 }, date: '2025-03-18', replyDueDate: '2025-05-17', publicationDate: '2025-05-17', caseId, signing: [DEFENDERS, ASSEMBLY] });
    const row = (await t.db.query<Record<string, unknown>>(
      `select reference_text, reference_key, reference_type, recipient_code, status, origin, to_char(letter_date, 'YYYY-MM-DD') as letter_date,
              to_char(reply_due_date, 'YYYY-MM-DD') as due, to_char(publication_date, 'YYYY-MM-DD') as publication, language, joint, title,
              recipient_name, body, record->'reference'->>'text' as record_reference, record ? 'text' as record_has_text, document_id
         from communications where id = $1`, [sent.communicationId])).rows[0]!;
    expect(row).toMatchObject({
      reference_text: 'AL XAA 1/2025', reference_key: 'XAA 1/2025', reference_type: 'AL', recipient_code: 'XAA', status: 'imported', origin: 'sent',
      letter_date: '2025-03-18', due: '2025-05-17', publication: '2025-05-17', language: 'en', joint: true, title: 'the arrest of Mr. Tomas Ferrell',
      record_reference: 'AL XAA 1/2025', record_has_text: false, document_id: null,
    });
    expect(row.body).toContain('Reference: AL XAA 1/2025');

    const mandates = await t.db.query<{ mandate_id: string }>('select mandate_id from communication_mandates where communication_id = $1 order by position', [sent.communicationId]);
    expect(mandates.rows.map((m) => m.mandate_id)).toEqual([DEFENDERS, ASSEMBLY]);

    const version = (await findLetterVersion(t.db, sent.communicationId))!;
    expect(version.text).toBe(row.body);
    expect(version.sha256).toBe(createHash('sha256').update(version.text).digest('hex'));
    expect(version.sha256).toBe(sent.sha256);
    expect(version.draftVersion).toBe(draft.version);
    expect((version.content as TestContent).subject).toBe('the arrest of Mr. Tomas Ferrell');

    const d = await t.db.query<{ status: string; communication_id: number }>('select status, communication_id from drafts where id = $1', [draft.id]);
    expect(d.rows[0]).toEqual({ status: 'sent', communication_id: sent.communicationId });
    const link = await t.db.query<{ case_id: number }>('select case_id from case_letters where communication_id = $1', [sent.communicationId]);
    expect(link.rows).toEqual([{ case_id: caseId }]);
    const people = await t.db.query<{ name: string }>('select name from person_mentions where communication_id = $1', [sent.communicationId]);
    expect(people.rows.map((p) => p.name)).toEqual(['Tomas Ferrell']);

    expect((await historyOf(t.db, 'communication', 'AL XAA 1/2025')).map((e) => e.action)).toEqual(['letter.send']);
    expect((await historyOf(t.db, 'draft', String(draft.id))).at(-1)!.action).toBe('draft.send');
    expect((await historyOf(t.db, 'case', String(caseId))).map((e) => e.action)).toContain('case.letter.link');
  });

  it('freezes the sent version: the database refuses to change it', async () => {
    const sent = await send(await approvedDraft(t.db), '2025-03-18');
    await expect(t.db.query(`update letter_versions set text = 'changed' where communication_id = $1`, [sent.communicationId])).rejects.toThrow(/frozen/);
  });

  it('counts per recipient code and year across types', async () => {
    const refs: string[] = [];
    for (const [type, code, date] of [['AL', 'XAA', '2025-01-05'], ['UA', 'XAA', '2025-01-06'], ['OL', 'XAB', '2025-01-06'], ['OL', 'XAA', '2025-02-01'], ['UA', 'XAA', '2026-01-02'], ['AL', 'OTH', '2025-03-03']] as const) {
      refs.push((await send(await approvedDraft(t.db, { type, recipientCode: code }), date)).reference.text);
    }
    expect(refs).toEqual(['AL XAA 1/2025', 'UA XAA 2/2025', 'OL XAB 1/2025', 'OL XAA 3/2025', 'UA XAA 1/2026', 'AL OTH 1/2025']);
  });

  it('never reuses a number of a stored letter, imported or only cited', async () => {
    await importLetter('UA XAA 5/2025', '2025-02-10');
    await t.db.query(`insert into communications (reference_text, reference_key, recipient_code, reference_number, reference_year, status)
                      values ('XAA 8/2025', 'XAA 8/2025', 'XAA', 8, 2025, 'placeholder')`);
    expect((await send(await approvedDraft(t.db), '2025-03-01')).reference.text).toBe('AL XAA 9/2025');
    await importLetter('AL XAA 12/2025', '2025-03-02');
    expect((await send(await approvedDraft(t.db), '2025-03-03')).reference.text).toBe('AL XAA 13/2025');
    expect(await lastReferenceNumber(t.db, 'XAA', 2025)).toBe(13);
  });

  it('sends only an approved draft, at the version the sender saw, and by the secretariat; nothing is written otherwise', async () => {
    const inConsultation = await createDraft(t.db, { type: 'AL', recipientCode: 'XAA', language: 'en', leadMandateId: DEFENDERS }, officer);
    const opened = await openConsultation(t.db, inConsultation.id, officer);
    const notApproved = await failure(send(opened, '2025-03-18'));
    expect(notApproved.code).toBe('RAP_ERR_CONFLICT');
    expect(notApproved.message).toContain('only a letter the lead mandate has approved is sent');

    const approved = await approvedDraft(t.db);
    const stale = await failure(send({ id: approved.id, version: approved.version - 1 }, '2025-03-18'));
    expect(stale.location.field).toBe('version');
    const holder = await staff(t.db, 'mandate-holder', [DEFENDERS]);
    const byHolder = await failure(sendDraft(t.db, { draftId: approved.id, version: approved.version, compose: testComposer, date: '2025-03-18' }, holder));
    expect(byHolder.code).toBe('RAP_ERR_FORBIDDEN');
    expect((await failure(send(approved, '2025-02-30'))).location.field).toBe('date');
    expect((await failure(send({ id: 999_999, version: 1 }, '2025-03-18'))).code).toBe('RAP_ERR_NOT_FOUND');

    expect(await count('communications')).toBe(0);
    expect(await count('reference_counters')).toBe(0);
  });

  it('sends a letter once', async () => {
    const approved = await approvedDraft(t.db);
    await send(approved, '2025-03-18');
    const again = await failure(send({ id: approved.id, version: approved.version + 1 }, '2025-03-18'));
    expect(again.code).toBe('RAP_ERR_CONFLICT');
    expect(again.message).toContain('has been sent');
    expect(await count('communications')).toBe(1);
  });

  it('keeps nothing, and leaves no gap in the numbers, when composing fails', async () => {
    const draft = await approvedDraft(t.db);
    const broken: Composer<TestContent> = () => {
      throw new Error('the composer failed');
    };
    await expect(send(draft, '2025-03-18', broken)).rejects.toThrow('the composer failed');
    const badRecord: Composer<TestContent> = async (d, r, date) => {
      const c = await testComposer(d, r, date);
      return { ...c, record: { ...c.record, replyDeadlineDays: 1.5 } };
    };
    const e = await failure(send(draft, '2025-03-18', badRecord));
    expect(e.code).toBe('RAP_ERR_BAD_RECORD');
    expect(e.location.field).toBe('record.replyDeadlineDays');
    expect(await count('communications')).toBe(0);
    expect(await count('letter_versions')).toBe(0);
    expect((await t.db.query<{ status: string }>('select status from drafts where id = $1', [draft.id])).rows[0]!.status).toBe('approved');
    expect((await send(draft, '2025-03-18')).reference.text).toBe('AL XAA 1/2025');
  });

  it('is due for publish-due on its publication date, and published from its public copy', async () => {
    const sent = await send(await approvedDraft(t.db), '2025-03-18');
    expect((await publishDue(t.db, { asOf: '2025-05-16' })).published).toBe(0);
    // On the day, publication makes the letter's public copy first (services/redacted-copy.ts), then publishes it.
    expect((await publishDue(t.db, { asOf: '2025-05-17' })).published).toBe(1);
    const copy = await t.db.query<{ made: boolean }>('select public_body is not null as made from communications where id = $1', [sent.communicationId]);
    expect(copy.rows[0]!.made).toBe(true);
    const pub = await t.db.query<{ reference_text: string; mandate_ids: string[] }>('select reference_text, mandate_ids from public_letters');
    expect(pub.rows).toEqual([{ reference_text: 'AL XAA 1/2025', mandate_ids: [DEFENDERS] }]);
  });

  it('gives 1..n without gap or duplicate to letters sent at the same moment', async () => {
    const n = 20;
    const drafts = [];
    for (let i = 0; i < n; i++) drafts.push(await approvedDraft(t.db, { type: (['AL', 'UA', 'OL'] as const)[i % 3] }));
    const sent = await Promise.all(drafts.map((d) => send(d, '2025-04-01')));
    expect(sent.map((s) => s.reference.number).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(await lastReferenceNumber(t.db, 'XAA', 2025)).toBe(n);
  });
});
