/**
 * The drafting context of the tests: the project's registry (read from its data files), with
 * treaty dates for the fictional States, which the registry does not record. The dates are invented.
 */
import * as registry from '../../../reference-data/index.js';
import type { DraftingContext, TreatyStatus } from '../drafting-context.js';
import { draftingContextFrom } from '../registry-context.js';

export const FICTIONAL_TREATIES: Record<string, Record<string, TreatyStatus>> = {
  XAB: { iccpr: { action: 'ratification', date: '1994-06-02' }, cat: { action: 'accession', date: '2001-10-09' } },
  XAC: { iccpr: { action: 'succession', date: '1993-01-01' }, cedaw: { action: 'ratification', date: '2003-05-20' } },
};

export const registryContext: DraftingContext = draftingContextFrom(registry);

export const testContext: DraftingContext = {
  ...registryContext,
  treatyStatus: (state, instrumentId, date) => {
    const status = FICTIONAL_TREATIES[state]?.[instrumentId];
    return status && status.date <= date ? status : null;
  },
};
