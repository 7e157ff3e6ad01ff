/**
 * A mandate's setting for letters on legislation: set and read by an administrator, refused to
 * anyone else and for values outside 0..60, and followed when an OL is sent under that lead.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFENDERS, EXPRESSION, staff } from '../../test/db/drafting-fixtures.js';
import { openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import type { Actor } from '../domain/actor.js';
import { buildDraft } from '../domain/drafting/testing/build-draft.js';
import { RapError } from '../domain/errors.js';
import { approveDraft, createDraft, openConsultation } from './drafting.js';
import { olPublicationDays, setOlPublicationDays } from './mandate-settings.js';
import { publishDue } from './publish.js';
import { sendLetter } from './send-letter.js';

let t: TestDatabase;
let admin: Actor;
let officer: Actor;

beforeAll(async () => {
  t = await openTestDatabase();
  admin = await staff(t.db, 'admin');
  officer = await staff(t.db, 'officer');
});
afterAll(async () => {
  await t.dispose();
});

const trail = async (mandateId: string) =>
  (await t.db.query<{ actor: string; before: unknown; after: unknown }>(
    `select actor, before, after from audit_log where entity = 'mandate' and entity_id = $1 order by seq`, [mandateId],
  )).rows;

async function fieldOf(attempt: Promise<unknown>): Promise<string | undefined> {
  const e = await attempt.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(RapError);
  return (e as RapError).location.field;
}

describe('the setting for letters on legislation', () => {
  it('is unset (the default) until an administrator sets it, then reads back and is audited with before and after', async () => {
    expect(await olPublicationDays(t.db, EXPRESSION)).toBeNull();
    expect(await setOlPublicationDays(t.db, EXPRESSION, 30, admin)).toBe(30);
    expect(await olPublicationDays(t.db, EXPRESSION)).toBe(30);
    await setOlPublicationDays(t.db, EXPRESSION, null, admin);
    expect(await olPublicationDays(t.db, EXPRESSION)).toBeNull();
    const entries = await trail(EXPRESSION);
    expect(entries.map((e) => [e.before, e.after])).toEqual([
      [{ olPublicationDays: null }, { olPublicationDays: 30 }],
      [{ olPublicationDays: 30 }, { olPublicationDays: null }],
    ]);
    expect(entries[0]!.actor).toBe(admin.label);
  });

  it('is refused to an officer, a mandate holder of the mandate and the command line, and nothing changes', async () => {
    const holder = await staff(t.db, 'mandate-holder', [EXPRESSION]);
    const before = (await trail(EXPRESSION)).length;
    for (const actor of [officer, holder, { userId: null, label: 'cli:test' }]) {
      const e = await setOlPublicationDays(t.db, EXPRESSION, 5, actor).then(() => null, (err: unknown) => err);
      expect((e as RapError).code).toBe('RAP_ERR_FORBIDDEN');
    }
    expect(await olPublicationDays(t.db, EXPRESSION)).toBeNull();
    expect(await trail(EXPRESSION)).toHaveLength(before);
  });

  it('refuses days outside 0..60 or not whole, and an unknown mandate, naming the field', async () => {
    for (const days of [61, -1, 1.5]) expect(await fieldOf(setOlPublicationDays(t.db, EXPRESSION, days, admin))).toBe('olPublicationDays');
    expect(await fieldOf(setOlPublicationDays(t.db, 'sr-no-such-mandate', 10, admin))).toBe('mandateId');
    expect(await fieldOf(olPublicationDays(t.db, 'sr-no-such-mandate'))).toBe('mandateId');
    expect(await olPublicationDays(t.db, EXPRESSION)).toBeNull();
  });
});

describe('sending under a lead whose setting is 0', () => {
  async function send(type: 'OL' | 'AL', date: string) {
    const { reference: _r, date: _d, ...content } = buildDraft({ recipient: { code: 'XAB' }, copiesTo: [], earlierLetters: [] });
    const draft = await createDraft(t.db, { type, recipientCode: 'XAB', language: 'en', leadMandateId: DEFENDERS, content }, officer);
    let view = await openConsultation(t.db, draft.id, officer);
    view = await approveDraft(t.db, draft.id, officer, { version: view.version });
    return sendLetter(t.db, { draftId: draft.id, version: view.version, date }, officer);
  }
  const isPublic = async (reference: string) =>
    (await t.db.query('select 1 from public_letters where reference_text = $1', [reference])).rows.length === 1;
  const storedPublicationDate = async (id: number) =>
    (await t.db.query<{ d: string }>(`select to_char(publication_date, 'YYYY-MM-DD') as d from communications where id = $1`, [id])).rows[0]!.d;

  it('publishes an OL on the day it is sent, while an AL waits 60 days', async () => {
    await setOlPublicationDays(t.db, DEFENDERS, 0, admin);
    const ol = await send('OL', '2026-06-10');
    const al = await send('AL', '2026-06-10');
    expect(ol.publicationDate).toBe('2026-06-10');
    expect(await storedPublicationDate(ol.communicationId)).toBe('2026-06-10');
    expect(al.publicationDate).toBe('2026-08-09');
    expect(await storedPublicationDate(al.communicationId)).toBe('2026-08-09');

    await publishDue(t.db, { asOf: '2026-06-10' });
    expect(await isPublic(ol.reference.text)).toBe(true);
    expect(await isPublic(al.reference.text)).toBe(false);
  });

  it('gives an OL 60 days again once the setting is cleared', async () => {
    await setOlPublicationDays(t.db, DEFENDERS, null, admin);
    const ol = await send('OL', '2026-06-11');
    expect(ol.publicationDate).toBe('2026-08-10');
  });
});
