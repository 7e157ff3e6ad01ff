/**
 * How long a sent letter stays confidential before it is published. Every letter waits 60 days,
 * except a letter on legislation (OL), which may be published sooner when its lead mandate's
 * setting says so: such letters comment on a bill or law rather than on people at risk, and some
 * mandates publish them early so that their comments reach the debate in time.
 */
import type { CommunicationType } from './communication.js';
import { RapError } from './errors.js';
import { LIMITS } from './limits.js';

/** The most a mandate's setting may say: never later than the default. */
export const MAX_OL_PUBLICATION_DAYS = LIMITS.publicationDelayDays;

/**
 * Days from the letter's date to its publication. Only the LEAD mandate's setting counts: the
 * lead decides and approves the letter, the joining mandates subscribe to it as the lead wrote
 * it, and one letter has one publication date, so one mandate's choice must decide it; taking
 * the shortest of all signatories' settings would let a joining mandate publish another's letter.
 */
export function publicationDelayFor(type: CommunicationType, leadMandateSetting: number | null): number {
  if (type !== 'OL' || leadMandateSetting === null) return LIMITS.publicationDelayDays;
  return checkOlPublicationDays(leadMandateSetting);
}

/** A setting as a mandate may give it: a whole number of days from 0 to 60, or null for the default. */
export function checkOlPublicationDays(days: unknown, field = 'olPublicationDays'): number {
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > MAX_OL_PUBLICATION_DAYS) {
    throw new RapError('RAP_ERR_INVALID', `the publication delay for letters on legislation is a whole number of days from 0 to ${MAX_OL_PUBLICATION_DAYS}, or none for the default`, { field });
  }
  return days;
}
