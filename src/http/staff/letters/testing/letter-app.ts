/** The workspace in tests, and letters sent from Rapporteur the way staff send them (drafted, approved, sent). */
import type { FastifyInstance } from 'fastify';
import { DEFENDERS } from '../../../../../test/db/drafting-fixtures.js';
import { testWorkspace } from '../../../../../test/staff/workspace.js';
import type { Actor } from '../../../../domain/actor.js';
import { buildDraft } from '../../../../domain/drafting/testing/build-draft.js';
import { approveDraft, createDraft, openConsultation } from '../../../../services/drafting.js';
import { sendLetter } from '../../../../services/send-letter.js';
import type { SentLetter } from '../../../../services/sending.js';
import type { Database } from '../../../../store/database.js';
import { buildPublicApp } from '../../../public-app.js';
import type { Workspace } from '../../workspace.js';

export async function letterApp(db: Database): Promise<{ app: FastifyInstance; ws: Workspace }> {
  const ws = testWorkspace(db);
  return { app: await buildPublicApp(db, { workspace: ws }), ws };
}

/** A complete English letter to XAA, drafted, approved and sent on `date` by `actor`. */
export async function sendTestLetter(db: Database, actor: Actor, date: string): Promise<SentLetter> {
  const { reference: _r, date: _d, ...content } = buildDraft({ recipient: { code: 'XAA' }, copiesTo: [], earlierLetters: [] });
  const draft = await createDraft(db, { type: 'AL', recipientCode: 'XAA', language: 'en', leadMandateId: DEFENDERS, content }, actor);
  let view = await openConsultation(db, draft.id, actor);
  view = await approveDraft(db, draft.id, actor, { version: view.version });
  return sendLetter(db, { draftId: draft.id, version: view.version, date }, actor);
}
