/**
 * A letter Rapporteur sent, ready to print: its frozen version recomposed section by section with
 * what the sending laid over the draft (domain/drafting/draft-as-sent.ts), kept only when the
 * recomposed text is the text that was sent, character for character; otherwise (a registry
 * entry changed since, or another composer sent it) the frozen text itself is laid out. Either
 * way the print shows exactly what was sent.
 */
import type { Language } from '../domain/dates.js';
import { draftAsSent } from '../domain/drafting/draft-as-sent.js';
import { composeLetter, draftingContextFrom, type LetterDraft, type LetterSection } from '../domain/drafting/index.js';
import { signingMandates } from '../domain/letter-lifecycle.js';
import * as registry from '../reference-data/index.js';
import { getCommunicationByReference } from '../services/letter-view.js';
import type { Queryable } from '../store/database.js';
import { findDraft, type DraftRow } from '../store/drafts.repo.js';
import { findLetterVersion } from '../store/letter-versions.repo.js';
import { findLetterOf } from '../store/letters-of-reference.repo.js';
import { blocksFromSections, blocksFromText, type PrintableLetter } from './letter-blocks.js';

const context = draftingContextFrom(registry);

const LANGUAGES: readonly string[] = ['en', 'fr', 'es'];

/** The sections the composer made at sending, or null when this draft cannot be composed again. */
export function recomposedSections(
  draft: DraftRow<Partial<LetterDraft>>,
  sent: { reference: string; date: string; follows: { reference: string; date: string | null } | null },
): { sections: LetterSection[]; text: string } | null {
  const parsed = draftAsSent(draft.content, {
    type: draft.type, recipientCode: draft.recipientCode, language: draft.language, leadMandateId: draft.leadMandateId,
    signing: signingMandates(draft.mandates), reference: sent.reference, date: sent.date, follows: sent.follows,
  });
  if (!parsed.success) return null;
  try {
    const { sections, text } = composeLetter(parsed.data, context);
    return { sections, text };
  } catch {
    return null;
  }
}

/** The sent letter with this reference, or null when there is none or it was not sent from Rapporteur. */
export async function printableSentLetter(db: Queryable, reference: string): Promise<PrintableLetter | null> {
  let letter;
  try {
    letter = await getCommunicationByReference(db, reference);
  } catch {
    return null;
  }
  if (!letter) return null;
  const version = await findLetterVersion(db, letter.id);
  if (!version) return null;
  const draft = await findDraft<Partial<LetterDraft>>(db, version.draftId);
  const language = (LANGUAGES.includes(letter.language ?? '') ? letter.language : draft?.language ?? 'en') as Language;
  const base = { language, reference: letter.reference_text, date: letter.letter_date };

  if (draft && letter.letter_date) {
    const earlier = draft.followsCommunicationId === null ? null : await findLetterOf(db, { id: draft.followsCommunicationId });
    const again = recomposedSections({ ...draft, content: version.content as Partial<LetterDraft> }, {
      reference: letter.reference_text,
      date: letter.letter_date,
      follows: earlier ? { reference: earlier.referenceText, date: earlier.letterDate } : null,
    });
    if (again && again.text === version.text) return { ...base, blocks: blocksFromSections(again.sections) };
  }
  return { ...base, blocks: blocksFromText(version.text) };
}
