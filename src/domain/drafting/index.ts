/** Drafting a letter: the draft, the registry look-ups it needs, the composed letter and the checks before sending. Pure. */
export { composeLetter, type ComposedLetter, type LetterSection } from './compose-letter.js';
export { checkDraftForSending, inputProblems, type DraftProblem } from './draft-problems.js';
export type { DraftingContext, InstrumentName, MandateOnDate, TreatyStatus } from './drafting-context.js';
export {
  DRAFT_LIMITS, FIXED_SECTIONS, LetterDraftSchema, SECTION_IDS,
  type DraftFact, type DraftLegalReference, type DraftPerson, type EarlierLetter, type LetterDraft, type SectionId,
} from './letter-draft.js';
export { draftingContextFrom, resolutionFor, signatoryFor, type RegistryLookups } from './registry-context.js';
