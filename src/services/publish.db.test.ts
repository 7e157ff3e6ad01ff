import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Communication } from '../domain/communication.js';
import type { Database } from '../store/database.js';
import { buildLetter, buildReply, person } from '../../test/db/build-letter.js';
import { clearData, openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { publishDue } from './publish.js';
import { storeRecord } from './store-record.js';

let t: TestDatabase;
let n = 0;

beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t?.dispose();
});
beforeEach(async () => {
  await clearData(t.db);
});

const store = (record: Communication, options: { replace?: boolean } = {}) =>
  t.db.transaction((tx) =>
    storeRecord(tx, record, { sha256: `p-${++n}`, path: `/private/archive/${n}.md`, format: 'markdown', pages: null, bytes: 1, kind: record.kind }, options),
  );

const publicReferences = async () =>
  (await t.db.query<{ r: string }>('select reference_text as r from public_letters order by reference_text')).rows.map((x) => x.r);

const withFile = (r: Communication): Communication => ({ ...r, source: { file: '/private/archive/secret-folder/x.md', sha256: null, format: 'markdown', pages: null } });

describe('publication', () => {
  it('publishes a letter once its date plus 60 days has come, and not a day before', async () => {
    await store(buildLetter({ reference: 'AL XAA 1/2025', date: '2025-01-10' }));
    expect((await publishDue(t.db, { asOf: '2025-03-10' })).published).toBe(0);
    expect(await publicReferences()).toEqual([]);
    expect((await publishDue(t.db, { asOf: '2025-03-11' })).published).toBe(1);
    expect(await publicReferences()).toEqual(['AL XAA 1/2025']);
  });

  it('does nothing the second time, and publishes each letter once when run twice at the same moment', async () => {
    for (let i = 1; i <= 6; i++) await store(buildLetter({ reference: `UA XAB ${i}/2024`, date: '2024-02-01' }));
    const [a, b] = await Promise.all([publishDue(t.db, { asOf: '2025-01-01', batchSize: 2 }), publishDue(t.db, { asOf: '2025-01-01', batchSize: 2 })]);
    expect(a.published + b.published).toBe(6);
    expect(a.refreshed + b.refreshed).toBe(0);
    expect(await publicReferences()).toHaveLength(6);
    expect(await publishDue(t.db, { asOf: '2025-01-01' })).toEqual({ published: 0, refreshed: 0, withdrawn: 0, replies: 0, heldBack: 0 });
  });

  it('publishes the replies with their letter, and a reply that comes later at the next run', async () => {
    await store(buildLetter({ reference: 'AL XAC 2/2024', date: '2024-02-01' }));
    await store(buildReply('AL XAC 2/2024', { date: '2024-03-01' }));
    const first = await publishDue(t.db, { asOf: '2025-01-01' });
    expect(first).toMatchObject({ published: 1, replies: 1 });
    await store(buildReply('AL XAC 2/2024', { date: '2024-12-20', text: 'A second reply, late.' }));
    expect((await publishDue(t.db, { asOf: '2025-01-02' })).replies).toBe(1);
    const { rows } = await t.db.query<{ reply_count: number; first: string }>(
      `select reply_count, to_char(first_reply_date, 'YYYY-MM-DD') as first from public_letters`,
    );
    expect(rows[0]).toEqual({ reply_count: 2, first: '2024-03-01' });
  });

  it('vacuums the public tables after a run that changed enough documents, and not after a small one', async () => {
    const statements: string[] = [];
    const watched: Database = { ...t.db, exec: (sql: string) => (statements.push(sql), t.db.exec(sql)) };
    const vacuums = () => statements.filter((sql) => /^vacuum/i.test(sql)).length;
    for (let i = 1; i <= 4; i++) await store(buildLetter({ reference: `AL XAC ${i}/2024`, date: '2024-02-01' }));
    for (let i = 1; i <= 3; i++) await store(buildReply(`AL XAC ${i}/2024`));
    await publishDue(watched, { asOf: '2025-01-01', tidyAfter: 8 });
    expect(vacuums()).toBe(0);
    await store(buildReply('AL XAC 4/2024'));
    await store(buildLetter({ reference: 'AL XAC 5/2024', date: '2024-02-01' }));
    // Two documents this time: at or over the mark, the tables are vacuumed, and every search row stays right.
    expect(await publishDue(watched, { asOf: '2025-01-01', tidyAfter: 2 })).toMatchObject({ published: 1, replies: 1 });
    expect(statements.filter((sql) => /^vacuum/i.test(sql))).toEqual([expect.stringContaining('public_letter_search')]);
    const { rows } = await t.db.query<{ r: string; has_reply: boolean }>(
      'select l.reference_text as r, s.has_reply from public_letter_search s join public_letters l using (communication_id) order by 1');
    expect(rows.map((x) => `${x.r}: ${x.has_reply}`)).toEqual([1, 2, 3, 4, 5].map((i) => `AL XAC ${i}/2024: ${i !== 5}`));
  });

  it('never publishes a reply to a letter that is not public yet', async () => {
    await store(buildLetter({ reference: 'AL XAC 3/2024', date: '2024-12-01' }));
    await store(buildReply('AL XAC 3/2024', { date: '2024-12-15' }));
    expect(await publishDue(t.db, { asOf: '2025-01-01' })).toEqual({ published: 0, refreshed: 0, withdrawn: 0, replies: 0, heldBack: 0 });
    expect((await t.db.query('select 1 from public_replies')).rows).toHaveLength(0);
  });

  it('keeps the path of the imported file out of the public record', async () => {
    await store(withFile(buildLetter({ reference: 'AL XAD 1/2024', date: '2024-01-05' })));
    await store(withFile(buildReply('AL XAD 1/2024', { date: '2024-02-05' })));
    await publishDue(t.db, { asOf: '2025-01-01' });
    const { rows } = await t.db.query<{ r: string }>(
      'select record::text as r from public_letters union all select record::text from public_replies',
    );
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r.r).not.toContain('secret-folder');
  });

  it('refreshes the public copy when the letter is imported again, and withdraws it when its date moves away', async () => {
    await store(buildLetter({ reference: 'AL XAE 1/2024', date: '2024-01-05', title: 'first title', persons: [person('Orsolya Fenn')] }));
    await publishDue(t.db, { asOf: '2025-01-01' });
    await store(buildLetter({ reference: 'AL XAE 1/2024', date: '2024-01-05', title: 'corrected title' }), { replace: true });
    expect((await publishDue(t.db, { asOf: '2025-01-01' })).refreshed).toBe(1);
    const titles = (await t.db.query<{ title: string }>('select title from public_letters')).rows.map((r) => r.title);
    expect(titles).toEqual(['corrected title']);

    await store(buildLetter({ reference: 'AL XAE 1/2024', date: '2024-12-20', title: 'corrected title' }), { replace: true });
    expect((await publishDue(t.db, { asOf: '2025-01-01' })).withdrawn).toBe(1);
    expect(await publicReferences()).toEqual([]);
  });

  it('leaves a cited letter that is only a placeholder unpublished', async () => {
    await store(buildLetter({ reference: 'AL XAF 5/2024', date: '2024-01-05', relatedCommunications: [{ reference: 'UA XAF 1/2023', date: '2023-03-01' }] }));
    await publishDue(t.db, { asOf: '2025-01-01' });
    expect(await publicReferences()).toEqual(['AL XAF 5/2024']);
  });
});
