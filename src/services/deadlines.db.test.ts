import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../domain/actor.js';
import { replyStanding, type ReplyStanding } from '../domain/deadlines.js';
import { RapError } from '../domain/errors.js';
import { buildLetter } from '../../test/db/build-letter.js';
import { approvedDraft, staff, testComposer } from '../../test/db/drafting-fixtures.js';
import { clearData, openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { createCase } from './cases.js';
import { lettersAwaitingReply, overdueLetters, repliedLetters, type DeadlineList } from './deadlines.js';
import { registerReply } from './reply-registration.js';
import { sendDraft } from './sending.js';
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

async function sendOn(date: string, recipientCode = 'XAA', caseId: number | null = null): Promise<string> {
  const draft = await approvedDraft(t.db, { recipientCode, caseId });
  return (await sendDraft(t.db, { draftId: draft.id, version: draft.version, compose: testComposer, date }, officer)).reference.text;
}

const reply = (reference: string, date: string) =>
  registerReply(t.db, undefined, { reference, date, sender: 'Permanent Mission', text: `Reply of ${date}.` }, officer, { today: '2026-12-31' });

const references = (list: DeadlineList) => list.letters.map((l) => l.referenceText);

/**
 * Four letters: A (sent 1 March, due 30 April) replied on 20 April; B (sent 10 March, due 9 May)
 * replied late on 20 May and again on 2 June; C (sent 20 March, due 19 May) never replied; D
 * (sent 1 May, due 30 June) never replied. An imported letter of January is not tracked.
 */
async function fourLetters() {
  const caseId = await t.db.transaction((tx) => createCase(tx, { title: 'Eviction of the Orvan family', countryCode: 'XAB' }, officer));
  const a = await sendOn('2025-03-01');
  const b = await sendOn('2025-03-10', 'XAB', caseId);
  const c = await sendOn('2025-03-20');
  const d = await sendOn('2025-05-01', 'XAC');
  await reply(a, '2025-04-20');
  await reply(b, '2025-06-02');
  await reply(b, '2025-05-20');
  await t.db.transaction((tx) => storeRecord(tx, buildLetter({ reference: 'AL XAD 1/2025', date: '2025-01-15' }),
    { sha256: 'imp-d', path: '/archive/d.md', format: 'markdown', pages: null, bytes: 1, kind: 'communication' }));
  return { a, b, c, d, caseId, replies: { [a]: ['2025-04-20'], [b]: ['2025-05-20', '2025-06-02'], [c]: [], [d]: [] } as Record<string, string[]>, due: { [a]: '2025-04-30', [b]: '2025-05-09', [c]: '2025-05-19', [d]: '2025-06-30' } as Record<string, string> };
}

describe('the staff’s deadline lists', () => {
  it('sorts letters into awaiting, overdue and replied as of a day', async () => {
    const { a, b, c, d } = await fourLetters();
    const on = async (asOf: string) => ({
      awaiting: references(await lettersAwaitingReply(t.db, { asOf })),
      overdue: references(await overdueLetters(t.db, { asOf })),
      replied: references(await repliedLetters(t.db, { asOf })),
    });
    expect(await on('2025-03-15')).toEqual({ awaiting: [a, b], overdue: [], replied: [] });
    expect(await on('2025-04-25')).toEqual({ awaiting: [b, c], overdue: [], replied: [a] });
    // B's due day passed on 9 May; C's on 19 May.
    expect(await on('2025-05-19')).toEqual({ awaiting: [c, d], overdue: [b], replied: [a] });
    expect(await on('2025-05-20')).toEqual({ awaiting: [d], overdue: [c], replied: [b, a] });
    expect(await on('2025-07-01')).toEqual({ awaiting: [], overdue: [c, d], replied: [b, a] });
  });

  it('agrees with the domain’s rule for every letter on every day from March to July', async () => {
    const { replies, due } = await fourLetters();
    for (let day = Date.parse('2025-02-27T00:00:00Z'); day <= Date.parse('2025-07-05T00:00:00Z'); day += 86_400_000 * 3) {
      const asOf = new Date(day).toISOString().slice(0, 10);
      const listed = new Map<string, ReplyStanding>();
      for (const [standing, list] of [['awaiting', lettersAwaitingReply], ['overdue', overdueLetters], ['replied', repliedLetters]] as const) {
        for (const ref of references(await list(t.db, { asOf }))) listed.set(ref, standing);
      }
      const letters = await t.db.query<{ reference_text: string; d: string }>(`select reference_text, to_char(letter_date, 'YYYY-MM-DD') as d from communications where origin = 'sent'`);
      for (const { reference_text: ref, d } of letters.rows) {
        const expected = d > asOf ? undefined : replyStanding({ dueDate: due[ref]!, replyDates: replies[ref]! }, asOf);
        expect(listed.get(ref), `${ref} on ${asOf}`).toBe(expected);
      }
    }
  });

  it('says how many replies, how many late, the days left and the cases', async () => {
    const { b, c, caseId } = await fourLetters();
    const replied = await repliedLetters(t.db, { asOf: '2025-07-01' });
    expect(replied.letters.find((l) => l.referenceText === b)).toMatchObject({
      replies: 2, lateReplies: 2, firstReplyDate: '2025-05-20', lastReplyDate: '2025-06-02', replyDueDate: '2025-05-09', caseIds: [caseId], standing: 'replied',
    });
    const overdue = await overdueLetters(t.db, { asOf: '2025-06-01' });
    expect(overdue.letters.find((l) => l.referenceText === c)).toMatchObject({ daysLeft: -13, replies: 0, recipientCode: 'XAA' });
    const awaiting = await lettersAwaitingReply(t.db, { asOf: '2025-06-01' });
    expect(awaiting.letters.map((l) => [l.referenceText, l.daysLeft])).toEqual([['AL XAC 1/2025', 29]]);
  });

  it('pages through a list with its total', async () => {
    for (let i = 0; i < 5; i++) await sendOn(`2025-03-0${i + 1}`);
    const first = await overdueLetters(t.db, { asOf: '2025-08-01', pageSize: 2 });
    const third = await overdueLetters(t.db, { asOf: '2025-08-01', pageSize: 2, page: 3 });
    expect(first.total).toBe(5);
    expect(references(first)).toEqual(['AL XAA 1/2025', 'AL XAA 2/2025']);
    expect(references(third)).toEqual(['AL XAA 5/2025']);
  });

  it('refuses a day that does not exist, naming the field', async () => {
    const e = await overdueLetters(t.db, { asOf: '2025-06-31' }).then(() => null, (err: unknown) => err);
    expect(e).toBeInstanceOf(RapError);
    expect((e as RapError).location.field).toBe('asOf');
  });
});
