/**
 * The composer sending uses: the draft's content (a `LetterDraft`) with what the draft row decides
 * laid over it (type, recipient, language, the mandates that sign, the letter it follows, the
 * reference and date of the sending), composed in the letter's language from the registry, and
 * read back by our own extractor into the record that is stored. Reading the sent text back,
 * rather than building the record separately, keeps the stored record true to the letter.
 */
import { RapError } from '../domain/errors.js';
import { draftAsSent } from '../domain/drafting/draft-as-sent.js';
import { checkDraftForSending, composeLetter, draftingContextFrom, type LetterDraft } from '../domain/drafting/index.js';
import { extractDocument } from '../extract/extract.js';
import * as registry from '../reference-data/index.js';
import type { Composer } from './sending.js';

const context = draftingContextFrom(registry);

export const letterComposer: Composer<Partial<LetterDraft>> = (draft, reference, date) => {
  const parsed = draftAsSent(draft.content, {
    type: draft.type, recipientCode: draft.recipientCode, language: draft.language, leadMandateId: draft.leadMandateId,
    signing: draft.signing, reference: reference.text, date, follows: draft.follows,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RapError('RAP_ERR_INVALID', `the draft cannot be composed: ${issue.message}`, { field: issue.path.join('.') || 'content' });
  }
  // What would block the letter, judged on the draft as it stood before the reference was given.
  const problem = checkDraftForSending({ ...parsed.data, reference: null }, context)[0];
  if (problem) throw new RapError('RAP_ERR_INVALID', `the letter cannot be sent yet: ${problem.message}`, { field: problem.section ?? problem.field });
  const composed = composeLetter(parsed.data, context);
  return { text: composed.text, record: extractDocument(composed.text) };
};
