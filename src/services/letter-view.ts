/**
 * A stored letter with everything around it: mandates, persons, organisations, replies, the
 * letters it cites and the letters citing it. What `rapporteur show` prints and what a staff
 * page shows.
 */
import { RapError } from '../domain/errors.js';
import type { Queryable } from '../store/database.js';
import {
  citationsFrom,
  citationsTo,
  findCommunicationForReference,
  mandatesOf,
  type CitationRow,
  type CommunicationFull,
  type MandateRow,
} from '../store/communications.repo.js';
import { entitiesOfCommunication, type MentionInLetter } from '../store/people.repo.js';
import { repliesOf, type ReplyRow } from '../store/replies.repo.js';
import { referenceKey } from './reference-key.js';

export interface LetterView {
  letter: CommunicationFull;
  mandates: MandateRow[];
  persons: MentionInLetter[];
  organizations: MentionInLetter[];
  replies: ReplyRow[];
  cites: CitationRow[];
  citedBy: CitationRow[];
}

/** The letter with this reference (`AL KAZ 1/2024`, `al kaz 1/2024`, or `KAZ 1/2024` without the type). */
export async function getCommunicationByReference(db: Queryable, input: string): Promise<CommunicationFull | null> {
  const k = referenceKey(input);
  if (!k) throw new RapError('RAP_ERR_BAD_REFERENCE', input);
  return findCommunicationForReference(db, k.text, k.key);
}

export async function letterView(db: Queryable, input: string): Promise<LetterView> {
  const letter = await getCommunicationByReference(db, input);
  if (!letter) throw new RapError('RAP_ERR_NOT_FOUND', `no letter ${input.trim()}`);
  const [mandates, persons, organizations, replies, cites, citedBy] = await Promise.all([
    mandatesOf(db, letter.id),
    entitiesOfCommunication(db, 'person', letter.id),
    entitiesOfCommunication(db, 'organization', letter.id),
    repliesOf(db, letter.id),
    citationsFrom(db, letter.id),
    citationsTo(db, letter.id),
  ]);
  return { letter, mandates, persons, organizations, replies, cites, citedBy };
}
