import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildLetter, buildReply, person } from '../../test/db/build-letter.js';
import { clearData, openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { userActor, type Actor } from '../domain/actor.js';
import type { Communication } from '../domain/communication.js';
import { isRapError } from '../domain/errors.js';
import { emptyFilters } from '../domain/search-query.js';
import { historyOf } from '../store/audit.repo.js';
import { insertCaseLetter } from '../store/case-letters.repo.js';
import { publicOriginalFile } from '../store/public-files.repo.js';
import { insertUser } from '../store/users.repo.js';
import { testCipher } from '../../test/staff/workspace.js';
import { addEvent } from './case-events.js';
import { addPersonToCase, updateCasePerson, type AddPersonInput } from './case-people-edit.js';
import { publishDue } from './publish.js';
import { searchPublicLetters } from './public-search.js';
import { markConfidentialPassage, refreshRedactedCopy, unmarkConfidentialPassage } from './redacted-copy.js';
import { storeRecord } from './store-record.js';

let t: TestDatabase;
let officer: Actor;
let n = 0;

const AS_OF = '2025-06-01';
const HIDDEN = ['Zarina Tolkunova', 'Tolkounova Zarina'];
const NOT_ASKED = 'Oksana Brelova';
const PASSAGE = 'in a rented flat on Lipa street in Kotorvik';

// A letter as Rapporteur writes it: the hidden victim in the subject, the facts, a question; a
// consenting journalist; a person nobody asked; and a passage about where the victim hides.
const BODY = [
  '**Subject: alleged surveillance of Ms. Zarina Tolkunova, Mr. Teodor Vask and Ms. Oksana Brelova**',
  'Ms. Tolkunova is a woman human rights defender. Since March 2024 she has lived ' + 'in a rented flat on Lipa street\nin Kotorvik.',
  "On 3 April 2024, Mr. Vask and Ms. Tolkunova's lawyer were followed; Zarina\nTolkunova was photographed. Ms. Brelova saw it.",
  '1. Please explain the measures taken to protect Ms. Tolkunova.',
  'Mara Lindqvist\nSpecial Rapporteur on the situation of human rights defenders',
].join('\n\n');

function sentLetter(reference: string): Communication {
  return buildLetter({
    reference,
    date: '2024-05-02',
    title: 'alleged surveillance of Ms. Zarina Tolkunova, Mr. Teodor Vask and Ms. Oksana Brelova',
    persons: [
      person('Zarina Tolkunova', [], 'victim', { gender: 'female', descriptors: ['woman human rights defender'] }),
      person('Teodor Vask', [], 'victim', { gender: 'male', descriptors: ['journalist'] }),
      person(NOT_ASKED, [], 'mentioned', { gender: 'female' }),
    ],
    events: [{ date: '2024-04-03', precision: 'day', text: "Mr. Vask and Ms. Tolkunova's lawyer were followed." }],
    questions: ['Please explain the measures taken to protect Ms. Tolkunova.'],
    signatories: [{ name: 'Mara Lindqvist', title: 'Special Rapporteur on the situation of human rights defenders' }],
    text: BODY,
  });
}

async function store(record: Communication): Promise<number> {
  const sha256 = `sha-${++n}`;
  const r = await t.db.transaction((tx) =>
    storeRecord(tx, record, {
      sha256, path: `/private/sent/${n}.pdf`, format: 'pdf', pages: 2, bytes: 100, kind: record.kind, content: Buffer.from(record.text ?? '', 'utf8'),
    }),
  );
  if (r.status !== 'stored') throw new Error('not stored');
  return r.id;
}

/** A letter sent by Rapporteur on a case with the three persons; answers the letter's id. */
async function sentOnCase(reference = 'AL XAB 7/2024'): Promise<{ letterId: number; caseId: number; personIds: { hidden: number; vask: number; notAsked: number } }> {
  const letterId = await store(sentLetter(reference));
  await t.db.query(`update communications set origin = 'sent' where id = $1`, [letterId]);
  const { rows } = await t.db.query<{ id: number }>("insert into cases (title, country_code) values ('Surveillance of a defender', 'XAB') returning id");
  const caseId = Number(rows[0]!.id);
  const add = (name: string, extra: Partial<AddPersonInput>) =>
    t.db.transaction((tx) => addPersonToCase(tx, {
      caseId, name, otherNames: [], gender: null, roles: [], affiliation: null, consentToState: true, consentPublic: null, sourceSubmissionId: null, ...extra,
    }, officer));
  const personIds = {
    hidden: (await add(HIDDEN[0]!, { otherNames: [HIDDEN[1]!], consentPublic: false })).personId,
    vask: (await add('Teodor Vask', { consentPublic: true })).personId,
    notAsked: (await add(NOT_ASKED, { consentPublic: null })).personId,
  };
  await t.db.transaction((tx) => insertCaseLetter(tx, caseId, letterId, null));
  return { letterId, caseId, personIds };
}

const folded = (s: string) => ` ${s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
/** The hidden words still readable in a text: each spelling whole, and each name word of it. */
const hiddenIn = (text: string) =>
  [...HIDDEN, NOT_ASKED, 'Tolkunova', 'Tolkounova', 'Zarina', 'Brelova', 'Oksana', 'Kotorvik', 'Lipa street'].filter((w) => folded(text).includes(folded(w)));

const search = (text: string) => searchPublicLetters(t.db, { text, filters: emptyFilters(), sort: 'relevance', page: 1, pageSize: 20 });

beforeAll(async () => {
  t = await openTestDatabase();
});

beforeEach(async () => {
  // Not yet among the tables the shared helper empties.
  await t.db.query('delete from confidential_passages');
  await clearData(t.db);
  const id = await t.db.transaction((tx) => insertUser(tx, { email: 'ines@staff.example', displayName: 'Ines', role: 'officer', passwordHash: 'x' }));
  officer = userActor(id, 'ines@staff.example');
});

afterAll(async () => {
  await t?.dispose();
});

describe('the public copy of a letter sent by Rapporteur', () => {
  it('is published with [REDACTED] for the person without consent and the marked passage, never the private text', async () => {
    const { letterId } = await sentOnCase();
    await store(buildReply('AL XAB 7/2024', {
      date: '2024-06-20', text: 'The Government informs that Ms. Zarina Tolkunova, who lives in a rented flat on Lipa street in Kotorvik, was never followed.',
    }));

    const { report } = await t.db.transaction((tx) => markConfidentialPassage(tx, letterId, PASSAGE, officer));
    expect(report).toMatchObject({ hiddenPersons: 2, passages: 1, replies: 1, changed: true });
    expect(report.marks).toBeGreaterThanOrEqual(8);

    expect(await publishDue(t.db, { asOf: AS_OF })).toMatchObject({ published: 1, replies: 1 });
    const pub = (await t.db.query<{ body: string; record: Communication; title: string; document_id: number | null }>(
      'select body, record, title, document_id from public_letters',
    )).rows[0]!;
    expect(hiddenIn(pub.body)).toEqual([]);
    expect(hiddenIn(JSON.stringify(pub.record))).toEqual([]);
    expect(hiddenIn(pub.title)).toEqual([]);
    expect(pub.title).toBe('alleged surveillance of Ms. [REDACTED], Mr. Teodor Vask and Ms. [REDACTED]');
    expect(pub.body).toContain('**Subject: alleged surveillance of Ms. [REDACTED], Mr. Teodor Vask and Ms. [REDACTED]**');
    expect(pub.body).toContain('she has lived [REDACTED].');
    expect(pub.body).toContain("Mr. Vask and Ms. [REDACTED]'s lawyer were followed; [REDACTED] was photographed.");
    expect(pub.body).toContain('Mara Lindqvist');
    expect(pub.record.persons.map((p) => p.name)).toEqual(['[REDACTED]', 'Teodor Vask', '[REDACTED]']);
    expect(pub.record.persons[0]).toMatchObject({ role: 'victim', descriptors: ['woman human rights defender'] });
    expect(pub.record.redactions).toBe(report.marks);

    // The original file holds the names: it is not public.
    expect(pub.document_id).toBeNull();
    expect(await publicOriginalFile(t.db, 'AL XAB 7/2024')).toBeNull();

    const reply = (await t.db.query<{ body: string; record: Communication }>('select body, record from public_replies')).rows[0]!;
    expect(reply.body).toBe('The Government informs that Ms. [REDACTED], who lives [REDACTED], was never followed.');
    expect(hiddenIn(JSON.stringify(reply.record))).toEqual([]);

    // The private version is untouched.
    const priv = (await t.db.query<{ body: string; record: Communication; title: string }>('select body, record, title from communications where id = $1', [letterId])).rows[0]!;
    expect(priv.body).toBe(BODY);
    expect(priv.record.persons.map((p) => p.name)).toEqual(['Zarina Tolkunova', 'Teodor Vask', NOT_ASKED]);
    expect(priv.title).toContain('Zarina Tolkunova');
  });

  const publishedWithPassage = async () => {
    const { letterId } = await sentOnCase();
    await t.db.transaction((tx) => markConfidentialPassage(tx, letterId, PASSAGE, officer));
    await publishDue(t.db, { asOf: AS_OF });
  };
  const found = async (q: string) => {
    const r = await search(q);
    return { q, letters: r.items.map((i) => i.reference), people: r.people.flatMap((p) => p.spellings) };
  };

  it('keeps the hidden words out of the public search index', async () => {
    await publishedWithPassage();
    const passages = (await t.db.query<{ text: string }>('select text from public_passages')).rows.map((r) => r.text).join('\n');
    expect(passages).toContain('[REDACTED]');
    expect(hiddenIn(passages)).toEqual([]);
    // The consenting journalist is found: the search works on this letter.
    expect(await found('Vask')).toEqual({ q: 'Vask', letters: ['AL XAB 7/2024'], people: ['Teodor Vask'] });
    for (const q of ['Kotorvik', '"Lipa street"']) expect(await found(q)).toEqual({ q, letters: [], people: [] });
  });

  // A mention is public only while the public record still names it (its named_spellings): a hidden
  // person is found neither by the letter's words nor by the person search.
  it('finds neither the letter nor the person by a hidden name', async () => {
    await publishedWithPassage();
    for (const q of ['Tolkunova', 'Zarina Tolkunova', 'Tolkounova', 'Brelova']) expect(await found(q)).toEqual({ q, letters: [], people: [] });
  });

  it('is made again from the case files when asked: a consent given shows the name, the passage unmarked shows the place', async () => {
    const { letterId, caseId, personIds } = await sentOnCase();
    const { passageId } = await t.db.transaction((tx) => markConfidentialPassage(tx, letterId, PASSAGE, officer));
    await store(buildReply('AL XAB 7/2024', { date: '2024-06-20', text: 'Ms. Tolkunova was not followed.' }));
    await t.db.transaction((tx) => refreshRedactedCopy(tx, letterId, officer));
    await publishDue(t.db, { asOf: AS_OF });

    await t.db.transaction((tx) => updateCasePerson(tx, caseId, personIds.hidden, {
      roles: [], affiliation: null, consentToState: true, consentPublic: true, gender: null,
    }, officer));
    await t.db.transaction((tx) => unmarkConfidentialPassage(tx, passageId, officer));
    const report = await t.db.transaction((tx) => refreshRedactedCopy(tx, letterId, officer));
    expect(report).toMatchObject({ hiddenPersons: 1, passages: 0, changed: false });

    expect(await publishDue(t.db, { asOf: AS_OF })).toMatchObject({ refreshed: 1, replies: 1 });
    const pub = (await t.db.query<{ body: string }>('select body from public_letters')).rows[0]!;
    expect(pub.body).toContain('Ms. Zarina Tolkunova, Mr. Teodor Vask and Ms. [REDACTED]');
    expect(pub.body).toContain('in a rented flat on Lipa street\nin Kotorvik');
    expect((await t.db.query<{ body: string }>('select body from public_replies')).rows[0]!.body).toBe('Ms. Tolkunova was not followed.');
    expect((await search('Tolkunova')).items.map((i) => i.reference)).toEqual(['AL XAB 7/2024']);
    expect((await t.db.query<{ reply_count: number }>('select reply_count from public_letters')).rows[0]!.reply_count).toBe(1);
  });

  it('hides a person the letter names who is in none of its cases, and every person of a letter sent without a case', async () => {
    const sister = 'Ilsa Moreau';
    const base = sentLetter('AL XAB 8/2024');
    const withSister = { ...base, persons: [...base.persons, person(sister, [], 'mentioned', { gender: 'female' })], text: `${BODY}\n\nHer sister, Ms. ${sister}, was questioned.` };
    const onCase = await store(withSister);
    await t.db.query(`update communications set origin = 'sent' where id = $1`, [onCase]);
    const { caseId } = await sentOnCase();
    await t.db.transaction((tx) => insertCaseLetter(tx, caseId, onCase, null));
    const report = await t.db.transaction((tx) => refreshRedactedCopy(tx, onCase, officer));
    expect(report).toMatchObject({ hiddenPersons: 2, unlistedPersons: 1 });

    const alone = await store(sentLetter('AL XAB 9/2024'));
    await t.db.query(`update communications set origin = 'sent' where id = $1`, [alone]);
    expect(await t.db.transaction((tx) => refreshRedactedCopy(tx, alone, officer))).toMatchObject({ hiddenPersons: 0, unlistedPersons: 3 });

    await publishDue(t.db, { asOf: AS_OF });
    const pub = async (reference: string) =>
      (await t.db.query<{ body: string; record: Communication }>('select body, record from public_letters where reference_text = $1', [reference])).rows[0]!;
    const withCase = await pub('AL XAB 8/2024');
    expect(withCase.body).toContain('Her sister, Ms. [REDACTED], was questioned.');
    expect(withCase.body).toContain('Mr. Teodor Vask');
    expect(withCase.record.persons.map((p) => p.name)).toEqual(['[REDACTED]', 'Teodor Vask', '[REDACTED]', '[REDACTED]']);
    const withoutCase = await pub('AL XAB 9/2024');
    // No passage is marked on this letter: only the place is left, not a name.
    expect(hiddenIn(withoutCase.body)).toEqual(['Kotorvik', 'Lipa street']);
    expect(withoutCase.body).toContain('**Subject: alleged surveillance of Ms. [REDACTED], Mr. [REDACTED] and Ms. [REDACTED]**');
    expect(withoutCase.body).toContain('Mara Lindqvist');
    // Vask consented on the case of the other two letters only.
    expect((await found('Vask')).letters.sort()).toEqual(['AL XAB 7/2024', 'AL XAB 8/2024']);
    for (const q of [sister, 'Moreau', 'Tolkunova']) expect(await found(q)).toEqual({ q, letters: [], people: [] });
  });

  it("hides the words of the case's confidential events where the letter repeats them, and holds the letter back without the key", async () => {
    const { letterId, caseId } = await sentOnCase();
    const cipher = testCipher();
    await t.db.transaction((tx) => addEvent(tx, cipher, caseId, {
      year: '2024', month: '3', confidential: true, place: 'Lipa street',
      description: 'Since March 2024 she has lived in a rented flat on Lipa street in Kotorvik. Her landlord knows nothing.',
    }, officer));
    await t.db.transaction((tx) => addEvent(tx, cipher, caseId, { year: '2024', month: '4', day: '3', description: 'Mr. Vask and her lawyer were followed.' }, officer));

    await store(buildReply('AL XAB 7/2024', { date: '2024-06-20', text: 'The Government states that no officer went to Lipa street in May.' }));
    const failure = await t.db.transaction((tx) => refreshRedactedCopy(tx, letterId, officer)).catch((e: unknown) => e);
    expect(isRapError(failure) && failure.code).toBe('RAP_ERR_KEY');
    expect(await publishDue(t.db, { asOf: AS_OF })).toMatchObject({ published: 0, heldBack: 1 });

    const report = await t.db.transaction((tx) => refreshRedactedCopy(tx, letterId, officer, cipher));
    expect(report).toMatchObject({ passages: 0, confidentialEvents: 1 });
    expect(await publishDue(t.db, { asOf: AS_OF, cipher })).toMatchObject({ published: 1, replies: 1, heldBack: 0 });
    const pub = (await t.db.query<{ body: string }>('select body from public_letters')).rows[0]!;
    // The sentence the letter repeats is hidden whole (across its line break), the place wherever else it stands.
    expect(pub.body).toContain('Ms. [REDACTED] is a woman human rights defender. [REDACTED]\n\nOn 3 April 2024, Mr. Vask');
    const reply = (await t.db.query<{ body: string }>('select body from public_replies')).rows[0]!;
    expect(reply.body).toBe('The Government states that no officer went to [REDACTED] in May.');
    expect(pub.body).toContain('Mr. Vask');
    expect(await found('"Lipa street"')).toEqual({ q: '"Lipa street"', letters: [], people: [] });
  });

  it('records each refresh in the letter history with counts only, and nothing when the copy did not change', async () => {
    const { letterId } = await sentOnCase();
    await t.db.transaction((tx) => markConfidentialPassage(tx, letterId, PASSAGE, officer));
    const again = await t.db.transaction((tx) => refreshRedactedCopy(tx, letterId, officer));
    expect(again.changed).toBe(false);
    const history = (await historyOf(t.db, 'communication', 'AL XAB 7/2024')).filter((h) => /^letter\.(redact|passage)/.test(h.action));
    expect(history.map((h) => h.action)).toEqual(['letter.passage.mark', 'letter.redact']);
    const redact = history.find((h) => h.action === 'letter.redact')!;
    expect(redact.after).toMatchObject({ hiddenPersons: 2, hiddenSpellings: 3, passages: 1, replies: 0, changed: true });
    expect(hiddenIn(JSON.stringify(history))).toEqual([]);
  });

  it('refuses a passage that is not in the letter, and an unknown letter, naming the field and writing nothing', async () => {
    const { letterId } = await sentOnCase();
    const failure = async (f: () => Promise<unknown>) => {
      try {
        await f();
      } catch (e) {
        return isRapError(e) ? `${e.code} ${e.location.field}` : String(e);
      }
      return 'no error';
    };
    expect(await failure(() => t.db.transaction((tx) => markConfidentialPassage(tx, letterId, 'in a flat on Oak street', officer)))).toBe('RAP_ERR_INVALID text');
    expect(await failure(() => t.db.transaction((tx) => markConfidentialPassage(tx, letterId, ' a ', officer)))).toBe('RAP_ERR_INVALID text');
    expect(await failure(() => t.db.transaction((tx) => refreshRedactedCopy(tx, 999_999, officer)))).toBe('RAP_ERR_NOT_FOUND communicationId');
    expect(await failure(() => t.db.transaction((tx) => unmarkConfidentialPassage(tx, 999_999, officer)))).toBe('RAP_ERR_NOT_FOUND passageId');
    const { rows } = await t.db.query<{ passages: number; copies: number }>(
      'select (select count(*)::int from confidential_passages) as passages, (select count(*)::int from communications where public_body is not null) as copies',
    );
    expect(rows[0]).toEqual({ passages: 0, copies: 0 });
  });
});

describe('imported letters', () => {
  it('are published as before: their text, record and original file', async () => {
    const id = await store(buildLetter({ reference: 'AL XAC 2/2024', date: '2024-02-01', persons: [person('Ilse Marwen')], text: 'Ms. Ilse Marwen was detained.' }));
    expect(await publishDue(t.db, { asOf: AS_OF })).toMatchObject({ published: 1 });
    const pub = (await t.db.query<{ body: string; document_id: string | null }>('select body, document_id::text from public_letters')).rows[0]!;
    expect(pub.body).toBe('Ms. Ilse Marwen was detained.');
    const { rows } = await t.db.query<{ document_id: string }>('select document_id::text from communications where id = $1', [id]);
    expect(pub.document_id).toBe(rows[0]!.document_id);
    expect(await publicOriginalFile(t.db, 'AL XAC 2/2024')).not.toBeNull();
  });

  it('have no redacted copy to make', async () => {
    const id = await store(buildLetter({ reference: 'AL XAC 3/2024', date: '2024-02-01', text: 'Ms. Ilse Marwen was detained.' }));
    const error = await t.db.transaction((tx) => refreshRedactedCopy(tx, id, officer)).catch((e: unknown) => e);
    expect(isRapError(error) && [error.code, error.location.field]).toEqual(['RAP_ERR_INVALID', 'communicationId']);
  });
});
