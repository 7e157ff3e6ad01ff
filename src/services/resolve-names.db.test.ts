import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Communication } from '../domain/communication.js';
import { buildLetter, person } from '../../test/db/build-letter.js';
import { clearData, openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { importArchive } from './import-archive.js';
import { entityProfile, findOrganizations, findPersons, unmerge } from './people.js';
import { refreshNameKeys } from '../store/name-keys.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.dispose();
});
beforeEach(async () => {
  await clearData(t.db);
});

let counter = 0;
async function importLetters(...records: Communication[]) {
  const dir = mkdtempSync(join(tmpdir(), 'rap-people-'));
  records.forEach((r) => writeFileSync(join(dir, `${String(counter++).padStart(4, '0')}.json`), JSON.stringify(r)));
  const s = await importArchive({ db: t.db, extractFile: async () => { throw new Error('json only'); } }, [dir]);
  rmSync(dir, { recursive: true, force: true });
  expect(s.failed).toEqual([]);
  return s;
}

async function onlyPerson(name: string) {
  const found = await findPersons(t.db, name);
  expect(found).toHaveLength(1);
  return entityProfile(t.db, 'person', found[0]!.id);
}

describe('people across letters', () => {
  it('follows one person under every spelling, letters in date order across States', async () => {
    await importLetters(
      buildLetter({ reference: 'AL XAM 2/2024', date: '2024-08-20', persons: [person('Ms. Zhanar Sekerbaeva', [], 'victim', { gender: 'female' })] }),
      buildLetter({ reference: 'AL XAA 1/2024', date: '2024-03-18', persons: [person('Zhanar Sekerbayeva', ['Janar Sekerbayeva'])] }),
      buildLetter({ reference: 'UA XAB 5/2023', date: '2023-11-02', persons: [person('Sekerbaeva Zhanar', [], 'mentioned')] }),
    );
    for (const spelling of ['Zhanar Sekerbayeva', 'zhanar sekerbaeva', 'Sekerbaeva', 'Janar Sekerbayeva']) {
      const p = await onlyPerson(spelling);
      expect(p.letters.map((l) => [l.reference_text, l.role])).toEqual([
        ['UA XAB 5/2023', 'mentioned'],
        ['AL XAA 1/2024', 'victim'],
        ['AL XAM 2/2024', 'victim'],
      ]);
      expect(p.spellings).toEqual(expect.arrayContaining(['Zhanar Sekerbayeva', 'Janar Sekerbayeva', 'Ms. Zhanar Sekerbaeva', 'Sekerbaeva Zhanar']));
    }
  });

  it('explains each merge by its rule and the two spellings', async () => {
    await importLetters(
      buildLetter({ reference: 'AL XAA 1/2024', persons: [person('Clement Nyaletsossi Voule')] }),
      buildLetter({ reference: 'AL XAA 2/2024', persons: [person('Clément Nyasletsossi Voule')] }),
      buildLetter({ reference: 'AL XAA 3/2024', persons: [person('Serzzhan Adilov')] }),
      buildLetter({ reference: 'AL XAA 4/2024', persons: [person('Serzhan Adilov')] }),
    );
    const voule = await onlyPerson('Clement Nyaletsossi Voule');
    expect(voule.merges).toEqual([
      expect.objectContaining({ rule: 'small-edit-long-name', kept_name: 'Clement Nyaletsossi Voule', merged_name: 'Clément Nyasletsossi Voule' }),
    ]);
    expect(voule.letters).toHaveLength(2);
    const adilov = await onlyPerson('Serzhan Adilov');
    expect(adilov.merges.map((m) => m.rule)).toEqual(['transliteration-variant']);
  });

  it('joins a name whose words are cut elsewhere (Abdul-Karim Alnasiri, Abdulkarim Al-Nasiri)', async () => {
    await importLetters(
      buildLetter({ reference: 'AL XAA 1/2024', persons: [person('Abdulkarim Al-Nasiri')] }),
      buildLetter({ reference: 'AL XAA 2/2024', persons: [person('Abdul-Karim Alnasiri')] }),
    );
    const p = await onlyPerson('Abdul Karim Al Nasiri');
    expect(p.merges.map((m) => m.rule)).toEqual(['same-compact-name']);
    expect(p.letters).toHaveLength(2);
  });

  it('keys stored spellings again when the rules change, so that they find their other spellings', async () => {
    await importLetters(buildLetter({ reference: 'AL XAA 1/2024', persons: [person('Nabeel Haddadin')] }));
    // As a store keyed by the first version left it: keys that the new rules no longer make.
    await t.db.exec(`update person_names set skeleton = 'haddadin nabel', edit_keys = '{}'; update name_keys_version set version = 1`);
    const notices: string[] = [];
    expect(await refreshNameKeys(t.db, (line) => notices.push(line))).toBeGreaterThanOrEqual(1);
    expect(notices).toEqual([expect.stringMatching(/^database: keying \d+ stored spellings again/)]);
    expect(await refreshNameKeys(t.db, (line) => notices.push(line))).toBe(0);
    expect(notices).toHaveLength(1);
    await importLetters(buildLetter({ reference: 'AL XAA 2/2024', persons: [person('Nabil Haddadin')] }));
    const p = await onlyPerson('Nabil Haddadin');
    expect(p.merges.map((m) => m.rule)).toEqual(['transliteration-variant']);
    expect(p.letters).toHaveLength(2);
  });

  it('keeps apart two people with the same surname and different given names', async () => {
    await importLetters(
      buildLetter({ reference: 'AL XAA 1/2024', persons: [person('Dinara Smailova')] }),
      buildLetter({ reference: 'AL XAA 2/2024', persons: [person('Aigerim Smailova')] }),
    );
    expect((await findPersons(t.db, 'Dinara Smailova')).map((p) => p.display_name)).toEqual(['Dinara Smailova']);
    expect((await findPersons(t.db, 'Aigerim Smailova')).map((p) => p.display_name)).toEqual(['Aigerim Smailova']);
    const { rows } = await t.db.query<{ n: number }>('select count(*) as n from person_merges');
    expect(rows[0]!.n).toBe(0);
  });

  it('undoes a merge: both persons and their mentions come back, and stay apart afterwards', async () => {
    await importLetters(
      buildLetter({ reference: 'AL XAA 1/2024', persons: [person('Dinara Smailova')] }),
      buildLetter({ reference: 'AL XAB 1/2024', persons: [person('Smailova Dinara')] }),
    );
    const merged = await onlyPerson('Dinara Smailova');
    expect(merged.letters).toHaveLength(2);
    await unmerge(t.db, 'person', merged.merges[0]!.id);

    const a = await entityProfile(t.db, 'person', (await findPersons(t.db, 'Dinara Smailova'))[0]!.id);
    const b = await entityProfile(t.db, 'person', (await findPersons(t.db, 'Smailova Dinara'))[0]!.id);
    expect(a.id).not.toBe(b.id);
    expect(a.letters.map((l) => l.reference_text)).toEqual(['AL XAA 1/2024']);
    expect(b.letters.map((l) => l.reference_text)).toEqual(['AL XAB 1/2024']);
    expect(a.merges[0]?.undone_at).toBeTruthy();

    // A third letter under the second spelling attaches to its own person, not back to the first.
    await importLetters(buildLetter({ reference: 'AL XAC 1/2024', persons: [person('Smailova Dinara')] }));
    const b2 = await entityProfile(t.db, 'person', b.id);
    expect(b2.letters).toHaveLength(2);
    expect((await entityProfile(t.db, 'person', a.id)).letters).toHaveLength(1);
  });

  it('merges two known persons when one letter gives both spellings', async () => {
    await importLetters(
      buildLetter({ reference: 'AL XAA 1/2024', persons: [person('Aliya Turganbek')] }),
      buildLetter({ reference: 'AL XAA 2/2024', persons: [person('Aliia Turganbekova')] }),
      buildLetter({ reference: 'AL XAA 3/2024', persons: [person('Aliya Turganbek', ['Aliia Turganbekova'])] }),
    );
    const p = await onlyPerson('Aliia Turganbekova');
    expect(p.merges.map((m) => m.rule)).toEqual(['variants-in-one-letter']);
    expect(p.letters).toHaveLength(3);
  });

  it('never merges a woman and a man of the same name', async () => {
    await importLetters(
      buildLetter({ reference: 'AL XAA 1/2024', persons: [person('Sasha Orlova', [], 'victim', { gender: 'female' })] }),
      buildLetter({ reference: 'AL XAA 2/2024', persons: [person('Orlova Sasha', [], 'victim', { gender: 'male' })] }),
    );
    expect(await findPersons(t.db, 'Orlova Sasha')).toHaveLength(1);
    const { rows } = await t.db.query<{ n: number }>('select count(*) as n from persons');
    expect(rows[0]!.n).toBe(2);
  });
});

describe('organisations across letters', () => {
  it('makes one organisation of NeMolchiKZ, NeMolchi.KZ, NeMolchiKz, #NeMolchiKZ and NeMolchiKZ Foundation', async () => {
    await importLetters(
      buildLetter({ reference: 'AL XAA 1/2024', organizations: [{ name: 'NeMolchiKZ Foundation', variants: ['NeMolchiKZ'] }] }),
      buildLetter({ reference: 'AL XAA 2/2024', organizations: [{ name: 'NeMolchi.KZ', variants: [] }] }),
      buildLetter({ reference: 'AL XAA 3/2024', organizations: [{ name: '#NeMolchiKZ', variants: ['NeMolchiKz'] }] }),
      buildLetter({ reference: 'AL XAA 4/2024', organizations: [{ name: 'Adilet Kukuk', variants: [] }] }),
    );
    const found = await findOrganizations(t.db, 'nemolchi kz');
    expect(found).toHaveLength(1);
    const org = await entityProfile(t.db, 'organization', found[0]!.id);
    expect(org.letters).toHaveLength(3);
    const { rows } = await t.db.query<{ n: number }>('select count(*) as n from organizations where merged_into is null');
    expect(rows[0]!.n).toBe(2);
  });
});
