/**
 * A case event as its row stores it, both ways: the columns of a checked event, and the words
 * or the whole event read back from a row. A confidential event's words are sealed together in
 * one column and give no search words.
 */
import type { ValidEvent } from '../domain/case-event.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { SEALED } from '../security/sealed-columns.js';
import type { EventFields, EventRow } from '../store/case-events.repo.js';

function sourceColumns(v: ValidEvent): Pick<EventFields, 'sourceSubmissionId' | 'sourceFileId' | 'sourceNote'> {
  const s = v.source;
  return {
    sourceSubmissionId: s.kind === 'submission' ? s.submissionId : null,
    sourceFileId: s.kind === 'file' ? s.fileId : null,
    sourceNote: s.kind === 'note' ? s.note : null,
  };
}

/** The words of a confidential event, sealed together: a place can endanger someone as much as a description. */
interface EventWords {
  description: string;
  place: string | null;
  note: string | null;
}

/** The words of a stored event: opened from the sealed value of a confidential one, else its columns. */
export function eventWords(cipher: FieldCipher, row: EventRow): EventWords {
  if (row.descriptionSealed === null) return { description: row.description ?? '', place: row.place, note: row.sourceNote };
  return JSON.parse(cipher.open(row.descriptionSealed, SEALED.eventDescription.context)) as EventWords;
}

/** The columns of an event: a confidential event's words sealed, and no search words from it. */
export function eventColumns(cipher: FieldCipher, v: ValidEvent): EventFields {
  const source = sourceColumns(v);
  if (!v.confidential) {
    return { eventDate: v.date.date, precision: v.date.precision, place: v.place, description: v.description, descriptionSealed: null, ...source, searchable: { description: v.description, place: v.place } };
  }
  const words: EventWords = { description: v.description, place: v.place, note: source.sourceNote };
  return {
    eventDate: v.date.date,
    precision: v.date.precision,
    place: null,
    description: null,
    descriptionSealed: cipher.seal(JSON.stringify(words), SEALED.eventDescription.context),
    ...source,
    sourceNote: null,
    searchable: null,
  };
}

/** A stored event as the checked input that would store it again (its description opened). */
export function storedEvent(cipher: FieldCipher, row: EventRow): ValidEvent {
  const { description, place, note } = eventWords(cipher, row);
  const source: ValidEvent['source'] =
    row.sourceSubmissionId !== null ? { kind: 'submission', submissionId: row.sourceSubmissionId }
    : row.sourceFileId !== null ? { kind: 'file', fileId: row.sourceFileId }
    : note !== null ? { kind: 'note', note }
    : { kind: 'none' };
  return { date: { date: row.eventDate, precision: row.precision }, description, place, source, confidential: row.confidential };
}
