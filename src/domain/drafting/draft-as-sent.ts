/**
 * A draft's content with what sending decides laid over it: the type, recipient, language and
 * lead of the draft row, the mandates that sign, the reference and date given at sending, and the
 * letter it follows (cited even if the content forgot it). The composer at sending and the
 * printer of a sent letter both start from this, so they compose the same letter.
 */
import { LetterDraftSchema, type LetterDraft } from './letter-draft.js';

export interface SendingFacts {
  type: string;
  recipientCode: string;
  language: string;
  leadMandateId: string;
  /** The lead, then the mandates that joined. */
  signing: string[];
  /** Null for a preview: the reference is allocated at sending. */
  reference: string | null;
  date: string;
  follows: { reference: string; date: string | null } | null;
}

/** The content with the facts laid over it, not yet checked (see `draftAsSent`). */
export function laidOver<C extends Partial<LetterDraft>>(content: C | null, facts: SendingFacts) {
  const c = (content ?? {}) as C;
  const earlier = c.earlierLetters ?? [];
  const follows = facts.follows && !earlier.some((e) => e.reference === facts.follows!.reference)
    ? [{ reference: facts.follows.reference, date: facts.follows.date, replies: [] }]
    : [];
  return {
    ...c,
    type: facts.type,
    recipient: { ...(c.recipient ?? {}), code: facts.recipientCode },
    language: facts.language,
    date: facts.date,
    reference: facts.reference,
    leadMandateId: facts.leadMandateId,
    mandateIds: facts.signing,
    earlierLetters: [...earlier, ...follows],
  };
}

/** The draft as it is composed at sending, checked against the draft's schema. */
export function draftAsSent(content: Partial<LetterDraft> | null, facts: SendingFacts) {
  return LetterDraftSchema.safeParse(laidOver(content, facts));
}
