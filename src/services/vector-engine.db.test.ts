import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Communication } from '../domain/communication.js';
import { buildLetter, buildReply, person } from '../../test/db/build-letter.js';
import { openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { vectorInputs } from './document-vector.js';
import { storeRecord } from './store-record.js';
import { createVectorEngine, type VectorEngine } from './vector-engine.js';

let t: TestDatabase;
let engine: VectorEngine;
let n = 0;

beforeAll(async () => {
  t = await openTestDatabase();
  engine = await createVectorEngine();
});
afterAll(async () => {
  await engine?.close();
  await t?.dispose();
});

const store = (record: Communication, searchVector?: Uint8Array) =>
  t.db.transaction((tx) =>
    storeRecord(tx, record, { sha256: `v-${++n}`, path: `${n}.md`, format: 'markdown', pages: null, bytes: 1, kind: record.kind }, { searchVector }),
  );

const storedVector = async (table: 'communications' | 'replies', id: number) =>
  (await t.db.query<{ v: string }>(`select search_vector::text as v from ${table} where id = $1`, [id])).rows[0]!.v;

// The engine is the embedded one: vectors computed ahead are only used for embedded databases.
describe.skipIf(!!process.env.DATABASE_URL)('search vectors computed ahead', () => {
  it('are the vectors the store computes, for a letter and for a reply', async () => {
    const letter = buildLetter({
      reference: 'AL XAD 4/2023', date: '2023-04-02', language: 'fr', title: 'détention de Mme Éva Kolar',
      persons: [person('Éva Kolar', ['Eva Kollar'])], text: 'Excellence,\n\nMme **Éva Kolar** a été arrêtée le 3 mars 2023.',
    });
    const reply = buildReply('AL XAD 4/2023', { date: '2023-05-20', text: 'Le Gouvernement conteste les allégations.' });
    const computed = await store(letter);
    const ahead = await engine.vectorOf(vectorInputs(letter)!);
    const aheadText = (await t.db.query<{ v: string }>('select $1::tsvector::text as v', [ahead])).rows[0]!.v;
    expect(aheadText).toContain("'kolar'");
    expect(aheadText).toBe(await storedVector('communications', computed.status === 'stored' ? computed.id : -1));

    const r = await store(reply, await engine.vectorOf(vectorInputs(reply)!));
    const again = await store({ ...reply, date: '2023-05-21' });
    const ids = [r, again].map((x) => (x.status === 'stored' ? x.id : -1));
    expect(await storedVector('replies', ids[0]!)).toBe(await storedVector('replies', ids[1]!));
  });
});
