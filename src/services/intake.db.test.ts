import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userActor } from '../domain/actor.js';
import { CONFIDENTIAL_VALUE } from '../domain/audit-chain.js';
import type { SubmissionInput } from '../domain/submission.js';
import { HTML_PAGE, ONE_PIXEL_PNG, pdfWithText } from '../http/intake/testing/sample-files.js';
import { historyOf } from '../store/audit.repo.js';
import { insertUser } from '../store/users.repo.js';
import { clearData, openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { testCipher } from '../../test/staff/workspace.js';
import { getSubmission, listSubmissions, receiveSubmission, rejectSubmission, SUBMISSIONS_PAGE_SIZE } from './intake.js';

let t: TestDatabase;
const cipher = testCipher();

beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t?.dispose();
});
beforeEach(async () => {
  await clearData(t.db);
});

function input(overrides: Partial<SubmissionInput> = {}): SubmissionInput {
  return {
    language: 'fr',
    victims: [
      { name: 'Ilona Varga', otherNames: ['Ilona Warga'], gender: 'female', role: 'défenseuse', consentToState: true, consentPublic: false },
      { name: 'Marek Olsen', otherNames: [], gender: null, role: '', consentToState: null, consentPublic: null },
    ],
    perpetrators: 'Police du district nord',
    summary: 'Arrêtée au poste de contrôle de Zarkov, détenue au secret depuis.',
    place: 'Aldovia',
    countryCode: 'XAA',
    incidentDate: '2025-03',
    submitter: { name: 'Tomas Berg', organization: 'Aldovia Watch', email: 'tomas.berg@example.org', phone: '+41 22 000 00 00', relation: 'frère' },
    ...overrides,
  };
}

async function matches(table: string, id: number, words: string): Promise<boolean> {
  const { rows } = await t.db.query<{ hit: boolean | null }>(`select search_vector @@ websearch_to_tsquery('rap_simple', $2) as hit from ${table} where id = $1`, [id, words]);
  return rows[0]?.hit === true;
}

async function submissionIdOf(code: string): Promise<number> {
  const { rows } = await t.db.query<{ id: string }>('select id::text from submissions where receipt_code = $1', [code]);
  return Number(rows[0]!.id);
}

describe('receiveSubmission', () => {
  it('stores the submission with its source sealed, its files, and one audit entry without the source', async () => {
    const pdf = await pdfWithText('Témoignage: the convoy left the Zarkov checkpoint at dawn with the prisoners.');
    const code = await receiveSubmission(t.db, cipher, input(), [{ fileName: 'témoignage.pdf', bytes: pdf }, { fileName: 'photo.png', bytes: ONE_PIXEL_PNG }]);
    expect(code).toMatch(/^R-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const id = await submissionIdOf(code);

    const raw = await t.db.query<{ row: string }>('select s::text as row from submissions s where id = $1', [id]);
    expect(raw.rows[0]!.row).not.toContain('tomas.berg');
    expect(raw.rows[0]!.row).not.toContain('Tomas Berg');

    expect(await matches('submissions', id, 'zarkov')).toBe(true);
    expect(await matches('submissions', id, 'Warga')).toBe(true);
    expect(await matches('submissions', id, 'nord')).toBe(true);
    expect(await matches('submissions', id, 'Berg')).toBe(false);
    expect(await matches('submissions', id, 'tomas.berg@example.org')).toBe(false);

    const detail = await getSubmission(t.db, id, { withSource: true, cipher });
    expect(detail).toMatchObject({ receiptCode: code, language: 'fr', status: 'new', place: 'Aldovia', countryCode: 'XAA', incidentDate: '2025-03' });
    expect(detail!.submitter).toEqual(input().submitter);
    expect(detail!.victims).toEqual(input().victims);
    expect(detail!.files.map((f) => [f.fileName, f.mediaType, f.hasText])).toEqual([['témoignage.pdf', 'application/pdf', true], ['photo.png', 'image/png', false]]);
    expect(await matches('staff_files', detail!.files[0]!.id, 'convoy')).toBe(true);

    const [entry] = await historyOf(t.db, 'submission', String(id));
    expect(entry).toMatchObject({
      action: 'submission.receive',
      actor: 'public:submission-form',
      after: { receiptCode: code, language: 'fr', victims: 2, files: 2, submitter: CONFIDENTIAL_VALUE },
    });
    const { rows } = await t.db.query<{ trail: string }>(`select string_agg(coalesce(after::text, ''), ' ') as trail from audit_log`);
    expect(rows[0]!.trail).not.toContain('tomas');
    expect(rows[0]!.trail).not.toContain('Zarkov');
  });

  it('keeps the source closed unless asked', async () => {
    const id = await submissionIdOf(await receiveSubmission(t.db, cipher, input(), []));
    expect((await getSubmission(t.db, id, { withSource: false, cipher }))!.submitter).toBeNull();
    expect(await getSubmission(t.db, id + 1, { withSource: false, cipher })).toBeNull();
  });

  it('stores nothing when one file is refused', async () => {
    const files = [{ fileName: 'photo.png', bytes: ONE_PIXEL_PNG }, { fileName: 'report.pdf', bytes: HTML_PAGE }];
    await expect(receiveSubmission(t.db, cipher, input(), files)).rejects.toMatchObject({ code: 'RAP_ERR_INVALID', location: { file: 'report.pdf', field: 'attachments' } });
    const { rows } = await t.db.query<{ n: number }>(
      'select (select count(*) from submissions)::int + (select count(*) from staff_files)::int + (select count(*) from audit_log)::int as n',
    );
    expect(rows[0]!.n).toBe(0);
  });

  it('refuses more than five files', async () => {
    const files = Array.from({ length: 6 }, (_, i) => ({ fileName: `p${i}.png`, bytes: ONE_PIXEL_PNG }));
    await expect(receiveSubmission(t.db, cipher, input(), files)).rejects.toMatchObject({ code: 'RAP_ERR_INVALID', location: { field: 'attachments' } });
  });
});

describe('listSubmissions', () => {
  it('lists by state, newest first, a page at a time', async () => {
    const codes: string[] = [];
    for (let i = 0; i < SUBMISSIONS_PAGE_SIZE + 2; i++) codes.push(await receiveSubmission(t.db, cipher, input({ place: `Place ${i}` }), []));
    const first = await listSubmissions(t.db, { status: 'new' });
    expect(first).toMatchObject({ total: SUBMISSIONS_PAGE_SIZE + 2, page: 1, pages: 2 });
    expect(first.rows[0]).toMatchObject({ receiptCode: codes[codes.length - 1], victimNames: ['Ilona Varga', 'Marek Olsen'], fileCount: 0 });
    const second = await listSubmissions(t.db, { status: 'new', page: 2 });
    expect(second.rows.map((r) => r.receiptCode)).toEqual([codes[1], codes[0]]);
    expect((await listSubmissions(t.db, { status: 'rejected' })).total).toBe(0);
    expect((await listSubmissions(t.db, { status: 'new', page: 9 })).rows).toEqual([]);
  });
});

describe('rejectSubmission', () => {
  it('rejects a new submission with its reason, audited, once', async () => {
    const userId = await t.db.transaction((tx) => insertUser(tx, { email: 'ana@staff.example', displayName: 'Ana', role: 'officer', passwordHash: 'x', mandates: [] }));
    const actor = userActor(userId, 'ana@staff.example');
    const id = await submissionIdOf(await receiveSubmission(t.db, cipher, input(), []));

    await expect(t.db.transaction((tx) => rejectSubmission(tx, id, '  ', actor))).rejects.toMatchObject({ code: 'RAP_ERR_INVALID', location: { field: 'reason' } });
    await t.db.transaction((tx) => rejectSubmission(tx, id, 'Outside the mandates: a private dispute.', actor));
    expect(await getSubmission(t.db, id, { withSource: false, cipher })).toMatchObject({ status: 'rejected', rejectionReason: 'Outside the mandates: a private dispute.', triagedBy: userId });
    const history = await historyOf(t.db, 'submission', String(id));
    expect(history.map((e) => e.action)).toEqual(['submission.receive', 'submission.reject']);
    expect(history[1]).toMatchObject({ actorId: userId, before: { status: 'new' }, after: { status: 'rejected', reason: 'Outside the mandates: a private dispute.' } });

    await expect(t.db.transaction((tx) => rejectSubmission(tx, id, 'again', actor))).rejects.toMatchObject({ code: 'RAP_ERR_CONFLICT' });
    await expect(t.db.transaction((tx) => rejectSubmission(tx, id + 99, 'nothing', actor))).rejects.toMatchObject({ code: 'RAP_ERR_NOT_FOUND' });
  });
});
