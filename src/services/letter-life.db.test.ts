/**
 * A letter's life through the services, from a case to the public record: drafted from the case,
 * joined by an invited mandate, approved by the lead, sent with its reference, answered, and
 * published after its confidential period with the names that may not be public redacted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetter } from '../../test/db/build-letter.js';
import { ASSEMBLY, DEFENDERS, staff } from '../../test/db/drafting-fixtures.js';
import { openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { testCipher } from '../../test/staff/workspace.js';
import type { Actor } from '../domain/actor.js';
import { buildDraft } from '../domain/drafting/testing/build-draft.js';
import { extractDocument } from '../extract/extract.js';
import { addPersonToCase, updateCasePerson } from './case-people-edit.js';
import { createCase } from './cases.js';
import { answerInvitation, approveDraft, createDraft, openConsultation } from './drafting.js';
import { publishDue } from './publish.js';
import { registerLetterReply, sendLetter } from './send-letter.js';
import { storeRecord } from './store-record.js';

let t: TestDatabase;
let officer: Actor;

beforeAll(async () => {
  t = await openTestDatabase();
  officer = await staff(t.db, 'officer');
});
afterAll(async () => {
  await t.dispose();
});

const publicLetter = async (reference: string) =>
  (await t.db.query<{ body: string; record: unknown; title: string | null }>('select body, record, title from public_letters where reference_text = $1', [reference])).rows[0];

describe('a letter from a case to the public record', () => {
  it('is drafted, joined, approved, sent, answered and published, with the unconsented name redacted', async () => {
    const caseId = await t.db.transaction(async (tx) => {
      const id = await createCase(tx, { title: 'Detention of Ilsa Varnhold' }, officer);
      const person = { otherNames: [], gender: null, roles: [], affiliation: null, sourceSubmissionId: null, caseId: id };
      await addPersonToCase(tx, { ...person, name: 'Ilsa Varnhold', consentToState: true, consentPublic: true }, officer);
      await addPersonToCase(tx, { ...person, name: 'Teodor Maleski', consentToState: true, consentPublic: false }, officer);
      return id;
    });
    const { reference: _r, date: _d, ...content } = buildDraft({ recipient: { code: 'XAA' }, copiesTo: [], earlierLetters: [] });
    const draft = await createDraft(t.db, {
      caseId, type: 'AL', recipientCode: 'XAA', language: 'en', leadMandateId: DEFENDERS, invitedMandateIds: [ASSEMBLY, 'wg-arbitrary-detention'], content,
    }, officer);

    const lead = await staff(t.db, 'mandate-holder', [DEFENDERS]);
    const assembly = await staff(t.db, 'mandate-holder', [ASSEMBLY]);
    let view = await openConsultation(t.db, draft.id, officer);
    // A holder may answer only for the mandate assigned to them.
    await expect(answerInvitation(t.db, draft.id, 'wg-arbitrary-detention', 'joined', assembly)).rejects.toThrow();
    view = await answerInvitation(t.db, draft.id, ASSEMBLY, 'joined', assembly);
    view = await answerInvitation(t.db, draft.id, 'wg-arbitrary-detention', 'declined', officer);
    view = await approveDraft(t.db, draft.id, lead, { version: view.version });

    const sent = await sendLetter(t.db, { draftId: draft.id, version: view.version, date: '2026-03-02' }, officer);
    expect(sent.reference.text).toBe('AL XAA 1/2026');
    expect(sent.replyDueDate).toBe('2026-05-01');

    // The private letter names everyone, and reads back with the mandates that joined (the declined one is gone).
    const stored = (await t.db.query<{ body: string }>('select body from communications where id = $1', [sent.communicationId])).rows[0]!;
    expect(stored.body).toContain('Teodor Maleski');
    const read = extractDocument(stored.body);
    expect(read.reference?.text).toBe('AL XAA 1/2026');
    expect(read.mandates.map((m) => m.id)).toEqual([DEFENDERS, ASSEMBLY]);
    expect(read.signatories).toHaveLength(2);
    expect(read.questions).toHaveLength(3);

    // Not public before its date.
    await publishDue(t.db, { asOf: '2026-04-30' });
    expect(await publicLetter('AL XAA 1/2026')).toBeUndefined();

    await registerLetterReply(t.db, testCipher(), {
      reference: 'AL XAA 1/2026', date: '2026-04-20', sender: 'Permanent Mission of Aldoria',
      text: 'The Government informs the Special Rapporteurs that Mr. Teodor Maleski was released on 15 April 2026.',
    }, officer, { today: '2026-04-21' });

    await publishDue(t.db, { asOf: '2026-05-02' });
    const pub = (await publicLetter('AL XAA 1/2026'))!;
    expect(pub.body).toContain('Ilsa Varnhold');
    expect(pub.body).toContain('[REDACTED]');
    expect(JSON.stringify(pub)).not.toMatch(/Maleski/i);
    const reply = (await t.db.query<{ body: string }>('select r.body from public_replies r join public_letters l using (communication_id) where l.reference_text = $1', ['AL XAA 1/2026'])).rows[0]!;
    expect(reply.body).toContain('Mr. [REDACTED] was released');
    // The private copy is untouched.
    expect((await t.db.query<{ body: string }>('select body from communications where id = $1', [sent.communicationId])).rows[0]!.body).toContain('Teodor Maleski');
  });

  it('refuses to send a draft that is not complete, and allocates nothing', async () => {
    const { reference: _r, date: _d, ...content } = buildDraft({ recipient: { code: 'XAA' }, copiesTo: [], earlierLetters: [], questions: [] });
    const draft = await createDraft(t.db, { type: 'AL', recipientCode: 'XAA', language: 'en', leadMandateId: DEFENDERS, content }, officer);
    let view = await openConsultation(t.db, draft.id, officer);
    view = await approveDraft(t.db, draft.id, officer, { version: view.version });
    await expect(sendLetter(t.db, { draftId: draft.id, version: view.version, date: '2026-03-03' }, officer)).rejects.toThrow(/cannot be sent yet/);
    const { rows } = await t.db.query<{ n: number }>(`select count(*)::int as n from communications where recipient_code = 'XAA' and reference_year = 2026`);
    expect(rows[0]!.n).toBe(1);
  });
});

describe('a sent letter and the archive', () => {
  it('refuses a file that would replace a letter Rapporteur sent, or reuse its number', async () => {
    for (const reference of ['AL XAA 1/2026', 'UA XAA 1/2026']) {
      const record = buildLetter({ reference, date: '2026-03-02' });
      const attempt = t.db.transaction((tx) =>
        storeRecord(tx, record, { sha256: `f-${reference}`, path: 'f.md', format: 'markdown', pages: null, bytes: 1, kind: 'communication' }, { replace: true }),
      );
      await expect(attempt).rejects.toThrow(/was sent by Rapporteur/);
    }
  });
});

describe('a consent withdrawn after sending', () => {
  it('holds on the day the letter goes public: the name is redacted then', async () => {
    const caseId = await t.db.transaction((tx) => createCase(tx, { title: 'Threats against Rasa Kellenberg' }, officer));
    const { personId } = await t.db.transaction((tx) =>
      addPersonToCase(tx, { caseId, name: 'Rasa Kellenberg', otherNames: [], gender: 'female', roles: [], affiliation: null, consentToState: true, consentPublic: true, sourceSubmissionId: null }, officer),
    );
    const { reference: _r, date: _d, ...content } = buildDraft({
      recipient: { code: 'XAB' }, copiesTo: [], earlierLetters: [],
      persons: [{ name: 'Rasa Kellenberg', gender: 'female', descriptors: ['journalist'], organization: null }],
      subject: 'threats against the journalist Ms. Rasa Kellenberg',
    });
    const draft = await createDraft(t.db, { caseId, type: 'AL', recipientCode: 'XAB', language: 'en', leadMandateId: DEFENDERS, content }, officer);
    let view = await openConsultation(t.db, draft.id, officer);
    view = await approveDraft(t.db, draft.id, officer, { version: view.version });
    const sent = await sendLetter(t.db, { draftId: draft.id, version: view.version, date: '2026-06-01' }, officer);
    // Sent with her consent to publication; she withdraws it a month later.
    await t.db.transaction((tx) =>
      updateCasePerson(tx, caseId, personId, { roles: [], affiliation: null, consentToState: true, consentPublic: false, gender: 'female' }, officer),
    );
    await publishDue(t.db, { asOf: '2026-08-01' });
    const pub = (await publicLetter(sent.reference.text))!;
    expect(pub.body).toContain('[REDACTED]');
    expect(JSON.stringify(pub)).not.toMatch(/Kellenberg/);
  });
});

describe('a public copy that cannot be made again', () => {
  it('holds the letter back rather than publishing the copy made at sending', async () => {
    const { reference: _r, date: _d, ...content } = buildDraft({ recipient: { code: 'XAC' }, copiesTo: [], earlierLetters: [] });
    const draft = await createDraft(t.db, { type: 'AL', recipientCode: 'XAC', language: 'en', leadMandateId: DEFENDERS, content }, officer);
    let view = await openConsultation(t.db, draft.id, officer);
    view = await approveDraft(t.db, draft.id, officer, { version: view.version });
    const sent = await sendLetter(t.db, { draftId: draft.id, version: view.version, date: '2026-02-02' }, officer);
    // The record the copy is made from is gone (damaged by hand): the copy made at sending must not go out.
    await t.db.query('update communications set record = null where id = $1', [sent.communicationId]);
    const report = await publishDue(t.db, { asOf: '2026-05-01' });
    expect(report.heldBack).toBe(1);
    expect(await publicLetter(sent.reference.text)).toBeUndefined();
  });
});
