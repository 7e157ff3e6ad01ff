/**
 * A sent letter's PDF and DOCX from the workspace: made from the frozen version, read back as the
 * letter that was sent; refused without a session; not found for a letter Rapporteur did not send.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetter } from '../../../test/db/build-letter.js';
import { approvedDraft, DEFENDERS, EXPRESSION, staff, testComposer } from '../../../test/db/drafting-fixtures.js';
import { openTestDatabase, type TestDatabase } from '../../../test/db/test-database.js';
import { signIn, workspaceApp, type SignedIn } from '../../../test/staff/workspace.js';
import type { Actor } from '../../domain/actor.js';
import { buildDraft } from '../../domain/drafting/testing/build-draft.js';
import { extractDocument } from '../../extract/extract.js';
import { readDocument } from '../../extract/readers/read-document.js';
import { printableSentLetter } from '../../render/sent-letter.js';
import { approveDraft, createDraft, openConsultation } from '../../services/drafting.js';
import { sendLetter } from '../../services/send-letter.js';
import { sendDraft } from '../../services/sending.js';
import { storeRecord } from '../../services/store-record.js';

let t: TestDatabase;
let app: FastifyInstance;
let officer: Actor;
let viewer: SignedIn;
let holder: SignedIn;
const QUESTIONS = buildDraft({ language: 'fr' }).questions;

beforeAll(async () => {
  t = await openTestDatabase();
  const built = await workspaceApp(t.db, { secureCookies: false });
  app = built.app;
  officer = await staff(t.db, 'officer');
  viewer = await signIn(built.ws, 'viewer');
  holder = await signIn(built.ws, 'mandate-holder', { mandates: [DEFENDERS] });

  // A joint letter in French, composed by the real composer and sent as AL XAA 1/2026.
  const { reference: _r, date: _d, ...content } = buildDraft({ language: 'fr', recipient: { code: 'XAA' }, copiesTo: [], earlierLetters: [] });
  const draft = await createDraft(t.db, { type: 'AL', recipientCode: 'XAA', language: 'fr', leadMandateId: DEFENDERS, content }, officer);
  let view = await openConsultation(t.db, draft.id, officer);
  view = await approveDraft(t.db, draft.id, officer, { version: view.version });
  await sendLetter(t.db, { draftId: draft.id, version: view.version, date: '2026-03-02' }, officer);

  // A letter sent by another composer (the tests' plain one): AL XAA 2/2026.
  const plain = await approvedDraft(t.db, { leadMandateId: EXPRESSION });
  await sendDraft(t.db, { draftId: plain.id, version: plain.version, compose: testComposer, date: '2026-03-03' }, officer);

  // An imported letter: never sent from here.
  await t.db.transaction((tx) => storeRecord(tx, buildLetter({ reference: 'AL XAB 5/2025', date: '2025-05-05' }), {
    sha256: 'imported-xab-5', path: 'xab5.md', format: 'markdown', pages: null, bytes: 1, kind: 'communication',
  }));
});
afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

const url = (reference: string, ext: 'pdf' | 'docx') => `/staff/letters/${encodeURIComponent(reference)}/letter.${ext}`;

describe('GET /staff/letters/:reference/letter.pdf and letter.docx', () => {
  it.each(['pdf', 'docx'] as const)('gives the sent letter as %s, which reads back as the letter that was sent', async (ext) => {
    const res = await app.inject(viewer.get(url('AL XAA 1/2026', ext)));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(ext === 'pdf' ? /^application\/pdf/ : /wordprocessingml/);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="AL-XAA-1-2026.${ext}"`);
    expect(res.headers['cache-control']).toBe('no-store');
    const { text } = await readDocument(new Uint8Array(res.rawPayload), `letter.${ext}`);
    const record = extractDocument(text);
    expect(record.reference?.text).toBe('AL XAA 1/2026');
    expect(record.date).toBe('2026-03-02');
    expect(record.language).toBe('fr');
    expect(record.mandates.map((m) => m.id)).toEqual([DEFENDERS]);
    expect(record.questions).toEqual(QUESTIONS);
    expect(record.signatories).toHaveLength(1);
  });

  it('is laid out from the recomposed sections when they give the text that was sent', async () => {
    const letter = (await printableSentLetter(t.db, 'al xaa 1/2026'))!;
    expect(letter.reference).toBe('AL XAA 1/2026');
    expect(letter.blocks.filter((b) => b.kind === 'signature')).toHaveLength(1);
  });

  it('lays out the frozen text itself when the letter cannot be recomposed', async () => {
    const letter = (await printableSentLetter(t.db, 'AL XAA 2/2026'))!;
    expect(letter.blocks[0]!.kind).toBe('header');
    const res = await app.inject(holder.get(url('AL XAA 2/2026', 'pdf')));
    expect(res.statusCode).toBe(200);
    const { text } = await readDocument(new Uint8Array(res.rawPayload), 'letter.pdf');
    expect(text).toContain('Reference: AL XAA 2/2026');
  });

  it('is not found for an imported letter, an unknown reference or a malformed one', async () => {
    for (const reference of ['AL XAB 5/2025', 'AL XAA 9/2026', 'not a reference']) {
      const res = await app.inject(viewer.get(url(reference, 'pdf')));
      expect(res.statusCode).toBe(404);
      expect(res.body).toContain('No letter sent from Rapporteur');
    }
  });

  it('sends someone without a session to sign in', async () => {
    const res = await app.inject({ method: 'GET', url: url('AL XAA 1/2026', 'docx') });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/^\/staff\/login\?next=/);
  });
});
