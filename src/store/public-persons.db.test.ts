import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Communication } from '../domain/communication.js';
import { buildLetter, person } from '../../test/db/build-letter.js';
import { openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { publishDue } from '../services/publish.js';
import { storeRecord } from '../services/store-record.js';
import { findPublicPersons } from './public-search.repo.js';

let t: TestDatabase;
let n = 0;

async function store(record: Communication) {
  const sha256 = `sha-persons-${++n}`;
  await t.db.transaction((tx) =>
    storeRecord(tx, record, { sha256, path: `/archive/${n}.md`, format: 'markdown', pages: null, bytes: 100, kind: record.kind }),
  );
}

// One person written ten ways, every one closer to the name searched than another person's name.
const ZARINA = ['Zarina Kulbayeva', 'Zarina Kulbayeva Ak', 'Zarina Kullbayeva', 'Zarinah Kulbayeva', 'Zarina Kulbayeva Orn',
  'Zarina Kulbayevna', 'Zarina Kulbaeva', 'Zaryna Kulbayeva', 'Zarina Kulbayewa', 'Zarina Kulbajeva'];

beforeAll(async () => {
  t = await openTestDatabase();
  // Each letter writes her one way and gives the first as a variant: one person, ten public spellings.
  for (const [i, name] of ZARINA.entries()) {
    await store(buildLetter({
      reference: `AL XAB ${i + 1}/2023`, date: '2023-04-02', persons: [person(name, i === 0 ? [] : [ZARINA[0]!])],
      text: `Excellency,\n\nMs. ${name} was summoned.`,
    }));
  }
  await store(buildLetter({
    reference: 'AL XAB 20/2023', date: '2023-05-02', persons: [person('Dana Kulbayeva')],
    text: 'Excellency,\n\nMs. Dana Kulbayeva was summoned.',
  }));
  await publishDue(t.db, { asOf: '2024-01-01' });
});

afterAll(async () => {
  await t?.dispose();
});

describe('persons found by a public spelling', () => {
  it('finds the next person however many spellings the first has, the closest first', async () => {
    const found = await findPublicPersons(t.db, 'zarina kulbayeva', 2);
    expect(found).toHaveLength(2);
    expect(found[0]!.spellings).toEqual([...ZARINA].sort());
    expect(found[1]!.name).toBe('Dana Kulbayeva');
    expect(await findPublicPersons(t.db, 'zarina kulbayeva', 1)).toHaveLength(1);
  });
});
