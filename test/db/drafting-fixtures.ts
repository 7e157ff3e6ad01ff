/**
 * Drafts in tests: staff accounts of each role, a composer that writes a plain letter from the
 * draft (the real composer lives in src/domain/drafting/), and approved drafts ready to send.
 */
import { cliActor, userActor, type Actor } from '../../src/domain/actor.js';
import { emptyCommunication, type Person } from '../../src/domain/communication.js';
import type { Role } from '../../src/domain/permissions.js';
import { mandateById, stateByCode } from '../../src/reference-data/index.js';
import { answerInvitation, approveDraft, createDraft, openConsultation, type DraftInput, type DraftView } from '../../src/services/drafting.js';
import type { Composer } from '../../src/services/sending.js';
import type { Database } from '../../src/store/database.js';
import { insertUser } from '../../src/store/users.repo.js';

export const DEFENDERS = 'sr-human-rights-defenders';
export const EXPRESSION = 'sr-freedom-of-expression';
export const ASSEMBLY = 'sr-freedom-of-assembly-association';

let accounts = 0;

/** A staff account of this role (a mandate holder with its mandates), as an actor. */
export async function staff(db: Database, role: Role, mandates: string[] = []): Promise<Actor> {
  const email = `${role}-${++accounts}@staff.example`;
  const id = await db.transaction((tx) => insertUser(tx, { email, displayName: `${role} ${accounts}`, role, passwordHash: 'x', mandates }));
  return userActor(id, email);
}

/** What the test composer reads from a draft's content. */
export interface TestContent {
  subject?: string;
  persons?: Person[];
  facts?: string;
}

/** Writes a short letter: reference, date, the mandates, the subject, the people and the letters it follows. */
export const testComposer: Composer<TestContent> = (draft, reference, date) => {
  const content = (draft.content ?? {}) as TestContent;
  const mandates = draft.signing.map((id) => ({ id, title: mandateById(id)?.title ?? id }));
  const persons = content.persons ?? [];
  const follows = draft.follows ? [{ reference: draft.follows.reference, date: draft.follows.date }] : [];
  const text = [
    `Mandates of the ${mandates.map((m) => m.title).join('; the ')}`,
    `Reference: ${reference.text}`,
    date,
    'Excellency,',
    `We write regarding ${content.subject ?? 'information we have received'}.`,
    ...persons.map((p) => `It concerns ${p.name}.`),
    ...follows.map((f) => `We recall our earlier letter ${f.reference}.`),
    content.facts ?? '',
  ].join('\n');
  return {
    text,
    record: {
      ...emptyCommunication('communication'),
      reference,
      date,
      language: draft.language,
      title: content.subject ?? null,
      recipient: { code: draft.recipientCode, name: stateByCode(draft.recipientCode)?.name.en ?? null },
      mandates,
      persons,
      relatedCommunications: follows,
      countries: [draft.recipientCode],
    },
  };
};

/** A draft the lead has approved (consultation opened, invited mandates answered), by the command line's actor. */
export async function approvedDraft(db: Database, input: Partial<DraftInput<TestContent>> = {}, answers: Record<string, 'joined' | 'declined'> = {}): Promise<DraftView<TestContent>> {
  const officer = cliActor('test');
  const draft = await createDraft<TestContent>(db, {
    type: 'AL', recipientCode: 'XAA', language: 'en', leadMandateId: DEFENDERS, invitedMandateIds: Object.keys(answers), content: { subject: 'the detention of a defender' }, ...input,
  }, officer);
  let view = await openConsultation(db, draft.id, officer);
  for (const [mandateId, answer] of Object.entries(answers)) view = await answerInvitation(db, draft.id, mandateId, answer, officer);
  return (await approveDraft(db, draft.id, officer, { version: view.version })) as DraftView<TestContent>;
}
