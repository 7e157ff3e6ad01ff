/**
 * The words a fact, a concern or a question can use about one letter: who (with pronouns in the
 * letter's language), where, which court, which authority. Built once per letter.
 */
import { Rng } from './prng.js';
import type { Language } from './language.js';

export interface Pronouns {
  he: string;
  his: string;
  him: string;
}

export interface FactContext {
  rng: Rng;
  lang: Language;
  /** First victim, named the short way with the honorific: `Ms. Tulegenova`. */
  v: string;
  /** Every victim, the short way, joined: `Ms. Tulegenova and Mr. Omarov`. */
  all: string;
  /** More than one victim. */
  plural: boolean;
  p: Pronouns;
  /** What the first victim does: `journalist`. */
  role: string;
  /** Another person (a lawyer, a relative), honorific and full name; `a lawyer` when none. */
  other: string;
  /** The organisation, as the letter spells it; a generic phrase when none. */
  org: string;
  state: string;
  adjective: string;
  capital: string;
  city: string;
  city2: string;
  region: string;
  /** A village or neighbourhood invented for this letter only (a rare word for search). */
  village: string;
  street: string;
  court: string;
  appealCourt: string;
  agency: string;
  prison: string;
  caseNo: string;
  company: string;
  law: string;
  article: string;
  n: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
}
