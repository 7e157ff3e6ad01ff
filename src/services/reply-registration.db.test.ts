import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../domain/actor.js';
import { HTML_PAGE, pdfWithText } from '../http/intake/testing/sample-files.js';
import { historyOf } from '../store/audit.repo.js';
import { buildLetter } from '../../test/db/build-letter.js';
import { DEFENDERS, approvedDraft, staff, testComposer } from '../../test/db/drafting-fixtures.js';
import { clearData, openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { failure } from '../../test/db/rap-failure.js';
import { testCipher } from '../../test/staff/workspace.js';
import { createCase } from './cases.js';
import { publishDue } from './publish.js';
import { listReplies, registerReply, type ReplyInput } from './reply-registration.js';
import { sendDraft } from './sending.js';
import { readStaffFile } from './staff-files.js';
import { storeRecord } from './store-record.js';

let t: TestDatabase;
let officer: Actor;
const cipher = testCipher();
const TODAY = { today: '2025-12-31' };

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

/** A letter sent on 2025-03-18 (reply due 2025-05-17), from a case. */
async function sentLetter() {
  const caseId = await t.db.transaction((tx) => createCase(tx, { title: 'Disappearance of Sara Lindqvar', countryCode: 'XAA' }, officer));
  const draft = await approvedDraft(t.db, { caseId });
  const sent = await sendDraft(t.db, { draftId: draft.id, version: draft.version, compose: testComposer, date: '2025-03-18' }, officer);
  return { ...sent, caseId };
}

const register = (input: Partial<ReplyInput>, who: Actor = officer) =>
  registerReply(t.db, cipher, { reference: 'AL XAA 1/2025', date: '2025-04-30', sender: 'Permanent Mission of Xandria', text: 'The Government replies.', ...input }, who, TODAY);

describe('registerReply', () => {
  it('registers a typed reply by the letter’s reference, on time, in the letter’s history', async () => {
    const letter = await sentLetter();
    const r = await register({ reference: 'xaa 1/2025', text: '  The Government has opened an inquiry.  ' });
    expect(r).toMatchObject({ communicationId: letter.communicationId, reference: 'AL XAA 1/2025', date: '2025-04-30', dueDate: '2025-05-17', late: false, staffFileId: null });
    const row = (await t.db.query<Record<string, unknown>>(
      `select reference_text, to_char(reply_date, 'YYYY-MM-DD') as date, sender, body, registered_by, record->>'kind' as kind,
              record->'relatedCommunications'->0->>'reference' as answers
         from replies where id = $1`, [r.replyId])).rows[0];
    expect(row).toEqual({
      reference_text: 'AL XAA 1/2025', date: '2025-04-30', sender: 'Permanent Mission of Xandria', body: 'The Government has opened an inquiry.',
      registered_by: officer.userId, kind: 'reply', answers: 'AL XAA 1/2025',
    });
    const trail = await historyOf(t.db, 'communication', 'AL XAA 1/2025');
    expect(trail.at(-1)).toMatchObject({ action: 'reply.register', after: { replyId: r.replyId, late: false, sender: 'Permanent Mission of Xandria', textFrom: 'typed' } });
  });

  it('reads the text of the reply’s file and keeps the file sealed, with the letter’s case', async () => {
    const letter = await sentLetter();
    const pdf = await pdfWithText('Note verbale. The Permanent Mission of Xandria refers to the communication AL XAA 1/2025.');
    const r = await register({ communicationId: letter.communicationId, text: undefined, file: { fileName: 'note-verbale.pdf', bytes: pdf } });
    expect(r.staffFileId).not.toBeNull();
    const body = (await t.db.query<{ body: string }>('select body from replies where id = $1', [r.replyId])).rows[0]!.body;
    expect(body).toContain('refers to the communication AL XAA 1/2025');
    const file = (await readStaffFile(t.db, cipher, r.staffFileId!))!;
    expect(file.bytes.equals(pdf)).toBe(true);
    expect(file.caseId).toBe(letter.caseId);
    const sealed = (await t.db.query<{ bytes_sealed: Uint8Array }>('select bytes_sealed from staff_files where id = $1', [r.staffFileId])).rows[0]!.bytes_sealed;
    expect(Buffer.from(sealed).includes(Buffer.from('Note verbale'))).toBe(false);
  });

  it('keeps several replies to one letter and flags the late ones', async () => {
    const letter = await sentLetter();
    await register({ date: '2025-05-18', text: 'A further reply.' });
    await register({ date: '2025-05-17', text: 'A reply on the last day.' });
    await register({ date: '2025-04-01', text: 'A first reply.' });
    const replies = await listReplies(t.db, letter.communicationId);
    expect(replies.map((r) => [r.date, r.late])).toEqual([['2025-04-01', false], ['2025-05-17', false], ['2025-05-18', true]]);
  });

  it('judges a reply to an imported letter against the letter’s date plus 60 days', async () => {
    await t.db.transaction((tx) => storeRecord(tx, buildLetter({ reference: 'UA XAB 2/2024', date: '2024-01-10' }),
      { sha256: 'imp-1', path: '/archive/1.md', format: 'markdown', pages: null, bytes: 1, kind: 'communication' }));
    const r = await register({ reference: 'UA XAB 2/2024', date: '2024-03-12' });
    expect(r).toMatchObject({ dueDate: '2024-03-10', late: true });
  });

  it('refuses bad replies with a RapError naming the field, and writes nothing', async () => {
    await sentLetter();
    await t.db.query(`insert into communications (reference_text, reference_key, recipient_code, reference_number, reference_year, status)
                      values ('XAC 3/2025', 'XAC 3/2025', 'XAC', 3, 2025, 'placeholder')`);
    const before = { replies: await count('replies'), files: await count('staff_files'), audit: await count('audit_log') };
    const cases: Array<[Partial<ReplyInput>, string, string?]> = [
      [{ date: '2025-03-17' }, 'date', 'before the letter'],
      [{ date: '2026-01-01' }, 'date', 'after today'],
      [{ date: '2025-02-29' }, 'date'],
      [{ sender: '   ' }, 'sender'],
      [{ text: '' }, 'file', 'file or its text'],
      [{ reference: 'AL XAA 2/2025' }, 'reference', 'no letter'],
      [{ reference: 'XAC 3/2025' }, 'reference', 'only cited'],
      [{ reference: 'a reply' }, 'reference'],
      [{ communicationId: 999_999 }, 'communicationId'],
      [{ file: { fileName: 'reply.html', bytes: HTML_PAGE } }, 'file'],
      [{ language: 'english' }, 'language'],
    ];
    for (const [input, field, words] of cases) {
      const e = await failure(register(input));
      expect(e.location.field, JSON.stringify(input)).toBe(field);
      if (words) expect(e.message).toContain(words);
    }
    const noKey = await failure(registerReply(t.db, undefined, { reference: 'AL XAA 1/2025', date: '2025-04-30', sender: 'X', file: { fileName: 'r.pdf', bytes: await pdfWithText('reply') } }, officer, TODAY));
    expect(noKey.code).toBe('RAP_ERR_KEY');
    const holder = await staff(t.db, 'mandate-holder', [DEFENDERS]);
    expect((await failure(register({}, holder))).code).toBe('RAP_ERR_FORBIDDEN');
    expect({ replies: await count('replies'), files: await count('staff_files'), audit: await count('audit_log') }).toEqual(before);
  });

  it('is published with its letter by publish-due', async () => {
    await t.db.transaction((tx) => storeRecord(tx, buildLetter({ reference: 'AL XAB 5/2025', date: '2025-02-03' }),
      { sha256: 'imp-2', path: '/archive/2.md', format: 'markdown', pages: null, bytes: 1, kind: 'communication' }));
    await register({ reference: 'AL XAB 5/2025', date: '2025-03-30', text: 'The Government replies in full.' });
    await publishDue(t.db, { asOf: '2025-04-04' });
    const pub = await t.db.query<{ body: string; reply_count: number }>(
      'select r.body, l.reply_count from public_replies r join public_letters l on l.communication_id = r.communication_id');
    expect(pub.rows).toEqual([{ body: 'The Government replies in full.', reply_count: 1 }]);
  });
});
