import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Communication } from '../domain/communication.js';
import { buildLetter, buildReply, person } from '../../test/db/build-letter.js';
import { openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { publicArchive, type PublicArchive } from './public-archive.js';
import { publishDue } from './publish.js';
import { storeRecord } from './store-record.js';

const TODAY = '2025-06-01';
const HRD = { id: 'sr-human-rights-defenders', title: 'Special Rapporteur on the situation of human rights defenders' };
const EXPRESSION = { id: 'sr-freedom-of-expression', title: 'Special Rapporteur on freedom of expression' };
const DETENTION = { id: 'wg-arbitrary-detention', title: 'Working Group on Arbitrary Detention' };
const TORTURE = { id: 'sr-torture', title: 'Special Rapporteur on torture' };

let t: TestDatabase;
let archive: PublicArchive;
let n = 0;

async function store(record: Communication) {
  const sha256 = `sha-${++n}`;
  await t.db.transaction((tx) =>
    storeRecord(tx, record, { sha256, path: `/archive/private/${n}.md`, format: 'markdown', pages: null, bytes: 100, kind: record.kind }),
  );
}

async function personId(name: string): Promise<string> {
  const { rows } = await t.db.query<{ id: string }>('select person_id::text as id from person_names where name = $1', [name]);
  return rows[0]!.id;
}

beforeAll(async () => {
  t = await openTestDatabase();
  // Published (more than 60 days before TODAY): three letters to Aldovia (XAA) over two years, one to Borelia (XAB).
  await store(buildLetter({
    reference: 'AL XAA 1/2025', date: '2025-01-10', title: 'detention of a defender', mandates: [HRD, EXPRESSION],
    persons: [person('Ilona Varga', ['Ilona Warga'])],
    relatedCommunications: [{ reference: 'UA XAA 4/2023', date: '2023-09-01' }, { reference: 'XAA 9/2020', date: null }],
    text: 'Excellency,\n\nMs. **Ilona Varga** was detained.\n\n1. Please explain.',
  }));
  await store(buildReply('AL XAA 1/2025', { date: '2025-02-20', text: 'The Government rejects the allegations.' }));
  await store(buildLetter({ reference: 'UA XAA 4/2023', date: '2023-09-01', mandates: [HRD, DETENTION], persons: [person('Ilona Varga')] }));
  await store(buildLetter({ reference: 'OL XAA 2/2023', date: '2023-03-05', title: 'draft law on associations', joint: false, mandates: [EXPRESSION], persons: [] }));
  await store(buildLetter({ reference: 'AL XAB 1/2024', date: '2024-11-02', mandates: [HRD], persons: [person('Ilona Varga', [], 'mentioned')] }));
  // Not yet public (20 days before TODAY): to Borelia, citing AL XAA 1/2025, with a spelling, a person and a mandate found nowhere else.
  await store(buildLetter({
    reference: 'UA XAB 2/2025', date: '2025-05-12', title: 'secret relocation of a witness', mandates: [HRD, TORTURE],
    persons: [person('Ilona Varga', ['Ilona Vargova']), person('Tomasz Hidden')],
    relatedCommunications: [{ reference: 'AL XAA 1/2025', date: '2025-01-10' }],
  }));
  await store(buildReply('UA XAB 2/2025', { date: '2025-05-20' }));
  await publishDue(t.db, { asOf: TODAY });
  archive = publicArchive(t.db);
});

afterAll(async () => {
  await t?.dispose();
});

describe('overview', () => {
  it('counts only what is published and lists the newest letters first', async () => {
    const o = await archive.overview();
    expect(o.counts).toEqual({ letters: 4, replies: 1, states: 2, mandates: 3, people: 1 });
    expect(o.latest.map((l) => l.reference)).toEqual(['AL XAA 1/2025', 'AL XAB 1/2024', 'UA XAA 4/2023', 'OL XAA 2/2023']);
    expect(o.latest[0]).toMatchObject({ type: 'AL', recipient: { code: 'XAA', name: 'Republic of Aldovia' }, replyCount: 1, mandateIds: [HRD.id, EXPRESSION.id] });
  });
});

describe('letter', () => {
  it('gives the letter with its replies, mandates, persons linked, and citations both ways', async () => {
    const v = (await archive.letter('AL XAA 1/2025'))!;
    expect(v.reference).toBe('AL XAA 1/2025');
    expect(v.letter.text).toContain('**Ilona Varga**');
    expect(v.recipient).toEqual({ code: 'XAA', name: 'Republic of Aldovia' });
    expect(v.mandates.map((m) => m.id)).toEqual([HRD.id, EXPRESSION.id]);
    expect(v.persons).toEqual([{ id: Number(await personId('Ilona Varga')), name: 'Ilona Varga', role: 'victim' }]);
    expect(v.replies).toEqual([{ date: '2025-02-20', title: 'Reply of the Government', language: 'en', text: 'The Government rejects the allegations.' }]);
    expect(v.cites).toEqual([
      { reference: 'UA XAA 4/2023', date: '2023-09-01', publishedAs: 'UA XAA 4/2023' },
      { reference: 'XAA 9/2020', date: null, publishedAs: null },
    ]);
    // The unpublished UA XAB 2/2025 cites it too: not shown.
    expect(v.citedBy).toEqual([]);
    expect(v.links.json).toBe('/api/v1/communications/AL%20XAA%201%2F2025');
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
  });

  it('shows who cites a letter, and finds a letter by its key without the type', async () => {
    const cited = (await archive.letter('XAA 4/2023'))!;
    expect(cited.reference).toBe('UA XAA 4/2023');
    expect(cited.citedBy).toEqual([{ reference: 'AL XAA 1/2025', date: '2025-01-10' }]);
  });

  it('no longer shows a citing letter whose published record has stopped citing it', async () => {
    const citing = `update public_letters set record = jsonb_set(record, '{relatedCommunications}', $1::jsonb) where reference_text = 'AL XAA 1/2025'`;
    const before = (await t.db.query<{ r: unknown }>(`select record->'relatedCommunications' as r from public_letters where reference_text = 'AL XAA 1/2025'`)).rows[0]!.r;
    await t.db.query(citing, [JSON.stringify([{ reference: 'XAA 9/2020', date: null }])]);
    try {
      expect((await archive.letter('UA XAA 4/2023'))!.citedBy).toEqual([]);
    } finally {
      await t.db.query(citing, [JSON.stringify(before)]);
    }
    expect((await archive.letter('UA XAA 4/2023'))!.citedBy).toHaveLength(1);
  });

  it('answers null for a letter not yet published, as for one that does not exist', async () => {
    expect(await archive.letter('UA XAB 2/2025')).toBeNull();
    expect(await archive.letter('XAB 2/2025')).toBeNull();
    expect(await archive.letter('UA XAB 99/2025')).toBeNull();
  });
});

describe('state', () => {
  it('gives the letters to a State, its reply rate, the letters awaiting a reply and the letters per year', async () => {
    const v = (await archive.state('xaa'))!;
    expect(v).toMatchObject({ code: 'XAA', name: 'Republic of Aldovia' });
    expect(v.letters.total).toBe(3);
    expect(v.replyRate).toEqual({ letters: 3, replied: 1, rate: 1 / 3 });
    expect(v.awaitingReply.map((l) => l.reference)).toEqual(['UA XAA 4/2023', 'OL XAA 2/2023']);
    expect(v.perYear).toEqual([
      { year: 2023, replied: 0, notReplied: 2 },
      { year: 2024, replied: 0, notReplied: 0 },
      { year: 2025, replied: 1, notReplied: 0 },
    ]);
  });

  it('counts nothing of a letter not yet published', async () => {
    const v = (await archive.state('XAB'))!;
    expect(v.letters.items.map((l) => l.reference)).toEqual(['AL XAB 1/2024']);
    expect(v.replyRate).toEqual({ letters: 1, replied: 0, rate: 0 });
    expect(v.perYear).toEqual([{ year: 2024, replied: 0, notReplied: 1 }]);
    expect(JSON.stringify(v)).not.toContain('2025');
  });

  it('shows a registry State without letters, and no page for an unknown code without published letters', async () => {
    expect((await archive.state('XAC'))?.letters.total).toBe(0);
    expect(await archive.state('XZZ')).toBeNull();
    expect(await archive.state('not a code')).toBeNull();
  });

  it('lists the recipients of published letters with their counts', async () => {
    expect(await archive.states()).toEqual([
      { code: 'XAB', name: 'Borelia', letters: 1, replied: 0 },
      { code: 'XAA', name: 'Republic of Aldovia', letters: 3, replied: 1 },
    ]);
  });
});

describe('mandate', () => {
  it('gives its letters, holders, letters per year and the mandates it joins most often', async () => {
    const v = (await archive.mandate(HRD.id))!;
    expect(v.title).toBe(HRD.title);
    expect(v.letters.items.map((l) => l.reference)).toEqual(['AL XAA 1/2025', 'AL XAB 1/2024', 'UA XAA 4/2023']);
    expect(v.holders.map((h) => h.name)).toContain('Mary Lawlor');
    expect(v.joinsMostOften).toEqual([
      { id: EXPRESSION.id, title: expect.any(String), letters: 1 },
      { id: DETENTION.id, title: expect.any(String), letters: 1 },
    ]);
    expect(v.perYear.map((y) => y.year)).toEqual([2023, 2024, 2025]);
  });

  it('counts nothing of a letter not yet published', async () => {
    const torture = (await archive.mandate(TORTURE.id))!;
    expect(torture.letters.total).toBe(0);
    expect(torture.perYear).toEqual([]);
    expect((await archive.mandate(HRD.id))!.joinsMostOften.map((j) => j.id)).not.toContain(TORTURE.id);
    const listed = await archive.mandates();
    expect(listed.find((m) => m.id === TORTURE.id)?.letters).toBe(0);
    expect(listed.find((m) => m.id === HRD.id)?.letters).toBe(3);
    expect(await archive.mandate('no-such-mandate')).toBeNull();
  });
});

describe('person', () => {
  it('gives every published letter naming them across States, by year, with every public spelling', async () => {
    const v = (await archive.person(await personId('Ilona Varga')))!;
    expect(v.name).toBe('Ilona Varga');
    expect(v.spellings.sort()).toEqual(['Ilona Varga', 'Ilona Warga']);
    expect(v.states.map((s) => s.code)).toEqual(['XAA', 'XAB']);
    expect(v.timeline.map((g) => [g.year, g.letters.map((l) => [l.reference, l.role])])).toEqual([
      [2023, [['UA XAA 4/2023', 'victim']]],
      [2024, [['AL XAB 1/2024', 'mentioned']]],
      [2025, [['AL XAA 1/2025', 'victim']]],
    ]);
  });

  it('never shows a spelling or a letter that is not yet public, nor a person named only there', async () => {
    const v = (await archive.person(await personId('Ilona Varga')))!;
    expect(JSON.stringify(v)).not.toMatch(/Vargova|XAB 2\/2025/);
    expect(await archive.person(await personId('Tomasz Hidden'))).toBeNull();
    expect(await archive.person(999_999)).toBeNull();
    expect(await archive.person('abc')).toBeNull();
  });

  it('finds people by any public spelling only', async () => {
    const byVariant = await archive.people('Ilona Warga');
    expect(byVariant.items.map((p) => p.name)).toEqual(['Ilona Varga']);
    expect(byVariant.items[0]!.letters).toBe(3);
    expect((await archive.people('Tomasz Hidden')).total).toBe(0);
    expect((await archive.people('Vargova')).items.flatMap((p) => p.spellings)).not.toContain('Ilona Vargova');
  });
});
