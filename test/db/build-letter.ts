/**
 * Records for tests, invented: fictional States (XAA-XAL are in the registry, XAM-XZZ are
 * not) and invented people. `buildLetter({...})` starts from an empty record and fills what a
 * test does not care about.
 */
import { emptyCommunication, type Communication, type Person } from '../../src/domain/communication.js';

export interface LetterOverrides extends Partial<Omit<Communication, 'reference'>> {
  /** `AL XAA 1/2024` (parsed), or a full reference object, or null for none. */
  reference?: string | Communication['reference'];
}

export function parseTestReference(text: string): NonNullable<Communication['reference']> {
  const m = /^(UA|AL|OL) ([A-Z]{3}) (\d+)\/(\d{4})$/.exec(text);
  if (!m) throw new Error(`test reference must be TYPE CODE n/YYYY: ${text}`);
  return { type: m[1] as 'UA' | 'AL' | 'OL', recipient: m[2]!, number: Number(m[3]), year: Number(m[4]), text };
}

export function buildLetter(overrides: LetterOverrides = {}): Communication {
  const { reference = 'AL XAA 1/2024', ...rest } = overrides;
  const ref = typeof reference === 'string' ? parseTestReference(reference) : reference;
  const base = emptyCommunication('communication');
  return {
    ...base,
    reference: ref,
    date: '2024-03-18',
    language: 'en',
    title: 'alleged detention of a human rights defender',
    joint: true,
    recipient: ref ? { code: ref.recipient, name: `Republic of ${ref.recipient}` } : null,
    mandates: [
      { id: 'sr-human-rights-defenders', title: 'Special Rapporteur on the situation of human rights defenders' },
      { id: null, title: 'Working Group on invented detention' },
    ],
    text: 'Excellency, we have the honour to address you regarding the arbitrary detention of a defender.',
    ...rest,
  };
}

export function buildReply(answered: string, overrides: Partial<Communication> = {}): Communication {
  return {
    ...emptyCommunication('reply'),
    date: '2024-05-02',
    language: 'en',
    title: 'Reply of the Government',
    relatedCommunications: [{ reference: answered, date: null }],
    text: 'The Permanent Mission presents its compliments and replies as follows.',
    ...overrides,
  };
}

export function person(name: string, variants: string[] = [], role: Person['role'] = 'victim', extra: Partial<Person> = {}): Person {
  return { name, variants, role, ...extra };
}
