/**
 * The letter a draft would make if it were sent today: the draft's content with what its row
 * decides laid over it (type, recipient, language, the mandates that sign now, the letter it
 * follows), composed from the registry with a placeholder for the reference, and what still
 * stops it from being sent.
 */
import { RapError } from '../../../domain/errors.js';
import {
  checkDraftForSending, composeLetter, draftingContextFrom, LetterDraftSchema,
  type ComposedLetter, type DraftProblem, type LetterDraft,
} from '../../../domain/drafting/index.js';
import { laidOver } from '../../../domain/drafting/draft-as-sent.js';
import * as registry from '../../../reference-data/index.js';
import type { DraftView } from '../../../services/drafting.js';
import { EMPTY_CONTENT, type DraftContent } from './draft-from-case.js';

const context = draftingContextFrom(registry);

/** The stored content with every field present (a draft started elsewhere may hold only some). */
export function contentOf(draft: DraftView): DraftContent {
  const stored = (draft.content && typeof draft.content === 'object' ? draft.content : {}) as Partial<DraftContent>;
  return { ...EMPTY_CONTENT, ...stored, recipient: { ...EMPTY_CONTENT.recipient, ...stored.recipient, code: draft.recipientCode } };
}

export function letterDraftOf(draft: DraftView, date: string): LetterDraft {
  // A followed letter without a date cannot be cited yet: the preview leaves it out rather than fail.
  const follows = draft.follows?.date ? draft.follows : null;
  return laidOver(contentOf(draft), {
    type: draft.type, recipientCode: draft.recipientCode, language: draft.language, leadMandateId: draft.leadMandateId,
    signing: draft.signing, reference: null, date, follows,
  }) as LetterDraft;
}

export interface Preview {
  /** Null when the draft cannot be composed at all; `problems` then says why. */
  letter: ComposedLetter | null;
  problems: DraftProblem[];
}

export function previewOf(draft: DraftView, date: string): Preview {
  const d = letterDraftOf(draft, date);
  const shape = LetterDraftSchema.safeParse(d);
  if (!shape.success) return { letter: null, problems: checkDraftForSending(d, context) };
  const problems = checkDraftForSending(shape.data, context);
  try {
    return { letter: composeLetter(shape.data, context), problems };
  } catch (e) {
    if (e instanceof RapError) return { letter: null, problems };
    throw e;
  }
}
