import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Communication } from '../domain/communication.js';
import { storeRecord } from '../services/store-record.js';
import { buildLetter, person } from '../../test/db/build-letter.js';
import { openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { searchLetters } from './staff-search.repo.js';

let t: TestDatabase;
let n = 0;
const store = (r: Communication) =>
  t.db.transaction((tx) => storeRecord(tx, r, { sha256: `s${++n}`, path: `${n}.md`, format: 'markdown', pages: null, bytes: 1, kind: r.kind }));

beforeAll(async () => {
  t = await openTestDatabase();
  await store(buildLetter({ reference: 'AL XAC 1/2024', title: 'hunger strike of Mr. Oren Valsky', persons: [person('Oren Valsky')], text: 'Mr. Valsky began a hunger strike in prison. The hunger strike lasted forty days.' }));
  await store(buildLetter({ reference: 'AL XAC 2/2024', title: 'eviction of a village', text: `Families were evicted. ${'The bulldozers came at dawn and the houses were destroyed. '.repeat(8)}One witness had once been on a hunger strike long ago, far from here.` }));
  await store(buildLetter({ reference: 'AL XAC 3/2024', title: 'closure of a newspaper', text: 'The newspaper was closed by decree.' }));
});
afterAll(async () => t?.dispose());

describe('staff search', () => {
  it('ranks the letter whose subject and people match above one that mentions the words once', async () => {
    const hits = await searchLetters(t.db, 'hunger strike', 10);
    expect(hits.map((h) => h.reference_text)).toEqual(['AL XAC 1/2024', 'AL XAC 2/2024']);
  });

  it('shows the passage that matched, with the words marked, not the first lines', async () => {
    const [hit] = await searchLetters(t.db, 'witness', 10);
    expect(hit?.snippet).toContain('[witness]');
    expect(hit?.snippet).not.toMatch(/^Families/);
  });

  it('finds a letter by another form of a word (plural for singular)', async () => {
    expect((await searchLetters(t.db, 'newspapers', 10)).map((h) => h.reference_text)).toEqual(['AL XAC 3/2024']);
  });
});
