/**
 * What a letter is about. A theme decides which mandates join, which facts are told, which
 * concerns and questions follow and which standards the annex cites.
 */
import type { CommunicationType } from '../domain/communication.js';

export const THEMES = [
  'arrest', 'trial', 'surveillance', 'eviction', 'land', 'journalist', 'protest',
  'detention-conditions', 'death-in-custody', 'disappearance', 'women-defender', 'lgbti',
  'religion', 'legislation',
] as const;
export type Theme = (typeof THEMES)[number];

/** Mandates that join a letter on the theme, the usual lead first. */
export const THEME_MANDATES: Record<Theme, string[]> = {
  arrest: ['sr-human-rights-defenders', 'wg-arbitrary-detention', 'sr-freedom-of-expression', 'sr-freedom-of-assembly-association', 'sr-torture', 'sr-independence-judges-lawyers'],
  trial: ['sr-independence-judges-lawyers', 'wg-arbitrary-detention', 'sr-human-rights-defenders', 'sr-freedom-of-expression', 'sr-counter-terrorism'],
  surveillance: ['sr-freedom-of-expression', 'sr-human-rights-defenders', 'sr-counter-terrorism', 'sr-freedom-of-assembly-association'],
  eviction: ['sr-adequate-housing', 'sr-extreme-poverty', 'sr-food', 'sr-water-sanitation', 'sr-internally-displaced-persons', 'sr-human-rights-defenders'],
  land: ['sr-indigenous-peoples', 'sr-food', 'sr-environment', 'wg-business-human-rights', 'sr-toxics', 'sr-human-rights-defenders'],
  journalist: ['sr-freedom-of-expression', 'sr-human-rights-defenders', 'wg-arbitrary-detention', 'sr-extrajudicial-executions'],
  protest: ['sr-freedom-of-assembly-association', 'sr-freedom-of-expression', 'sr-extrajudicial-executions', 'sr-torture', 'wg-arbitrary-detention'],
  'detention-conditions': ['sr-torture', 'wg-arbitrary-detention', 'sr-right-to-health', 'sr-rights-persons-disabilities'],
  'death-in-custody': ['sr-extrajudicial-executions', 'sr-torture', 'wg-arbitrary-detention', 'sr-right-to-health', 'sr-truth-justice-reparation'],
  disappearance: ['wg-enforced-disappearances', 'sr-torture', 'wg-arbitrary-detention', 'sr-human-rights-defenders'],
  'women-defender': ['sr-human-rights-defenders', 'sr-violence-against-women', 'wg-discrimination-women-girls', 'sr-freedom-of-assembly-association'],
  lgbti: ['ie-sexual-orientation-gender-identity', 'sr-freedom-of-expression', 'sr-freedom-of-assembly-association', 'sr-right-to-health'],
  religion: ['sr-freedom-of-religion', 'sr-minority-issues', 'sr-freedom-of-expression', 'wg-arbitrary-detention'],
  legislation: ['sr-freedom-of-assembly-association', 'sr-freedom-of-expression', 'sr-human-rights-defenders', 'sr-counter-terrorism', 'sr-freedom-of-religion'],
};

/** Themes by letter type, with weights: OL letters are about laws; UA about ongoing harm. */
export const THEMES_BY_TYPE: Record<CommunicationType, Array<[Theme, number]>> = {
  UA: [['arrest', 5], ['disappearance', 3], ['detention-conditions', 3], ['protest', 2], ['eviction', 2], ['journalist', 3], ['women-defender', 2], ['lgbti', 1], ['religion', 1], ['trial', 2], ['land', 1]],
  AL: [['arrest', 4], ['trial', 3], ['surveillance', 3], ['eviction', 2], ['land', 3], ['journalist', 3], ['protest', 3], ['detention-conditions', 2], ['death-in-custody', 2], ['disappearance', 1], ['women-defender', 2], ['lgbti', 1], ['religion', 1]],
  OL: [['legislation', 1]],
};
