/**
 * The frame of a letter: every part the letter's anatomy gives (header, reference, date, capacity,
 * subject, questions, deadline, copies, closing, signatories, annex), read by the recognisers of
 * this folder. Persons, organisations, events and countries are read by ../entities from the
 * `entityInput` this returns.
 */
import { emptyCommunication, type Communication, type MandateRef } from '../../domain/communication.js';
import type { Language } from '../../domain/dates.js';
import { findCitations, formatKey } from '../../domain/reference.js';
import { holdersIn, isRecipientCode, mandateById, stateByCode } from '../../reference-data/index.js';
import type { EntityInput } from '../entities/index.js';
import { readAnatomy } from './anatomy.js';
import { readCapacity } from './capacity.js';
import { readCopies } from './copies.js';
import { readDeadline } from './deadline.js';
import { readHead } from './head.js';
import { readLegalReferences } from './legal-references.js';
import { readMandatesHeader } from './mandates.js';
import { plain, plainParts } from './normalize.js';
import { readQuestions } from './questions.js';
import { countRedactionsIn } from './redactions.js';
import { readSignatories } from './signatories.js';
import { readSubject } from './subject.js';
import { findDocumentSymbolsIn } from './symbols.js';

export interface LetterFrame {
  record: Communication;
  entityInput: EntityInput;
}

/** `notes`: the text of the letter's footnotes, whose citations of documents and letters are the letter's. */
export function readLetter(paragraphs: string[], language: Language | null, notes: readonly string[] = []): LetterFrame {
  const record = emptyCommunication('communication');
  const warnings: string[] = [];
  record.language = language;
  const anatomy = readAnatomy(paragraphs);
  const headParagraphs = paragraphs.slice(...anatomy.head);
  const body = paragraphs.slice(...anatomy.body);
  const signatureBlock = paragraphs.slice(...anatomy.signatures);
  const annex = anatomy.annex >= 0 ? paragraphs.slice(anatomy.annex) : [];

  const head = readHead(headParagraphs);
  record.reference = head.reference;
  record.date = head.date;
  if (head.reference) {
    const code = head.reference.recipient;
    const state = stateByCode(code);
    if (state) record.recipient = { code, name: state.name.en };
    else {
      record.recipient = { code, name: null };
      // Fictional States of tests and demos use XAA-XZZ; any other code the registry lacks is worth a look.
      if (!/^X[A-Z]{2}$/.test(code)) warnings.push(`unknown recipient code ${code}`);
    }
  } else warnings.push('no reference found');
  if (!record.date) warnings.push('no date found');

  let mandates: MandateRef[] | null = null;
  for (const p of headParagraphs) mandates ??= readMandatesHeader(p, language);
  const capacity = readCapacity(body, language);
  if (!mandates?.length && capacity?.mandates.length) mandates = capacity.mandates;
  record.resolutions = capacity?.resolutions ?? [];

  const year = record.date ? Number(record.date.slice(0, 4)) : head.reference?.year ?? null;
  record.signatories = readSignatories(signatureBlock, year);
  if (!mandates?.length) {
    mandates = record.signatories
      .map((s) => (s.mandateId ? mandateById(s.mandateId) : undefined))
      .filter((m) => m !== undefined)
      .map((m) => ({ id: m.id, title: m.title }));
  }
  record.mandates = mandates ?? [];
  record.joint = head.jointPrefix || record.mandates.length > 1 || record.signatories.length > 1
    ? true
    : record.mandates.length === 1 || record.signatories.length === 1 ? false : null;

  const subject = readSubject(body);
  record.title = subject?.subject ?? null;
  record.questions = readQuestions(body);
  record.replyDeadlineDays = readDeadline(body);
  record.copiedTo = readCopies(body, record.recipient?.code ?? null);

  const own = record.reference ? formatKey(record.reference) : null;
  for (const c of findCitations([...[...body, ...annex].map(plain), ...notes].join('\n'), isRecipientCode)) {
    if (c.key !== own) record.relatedCommunications.push({ reference: c.text, date: c.date });
  }
  record.documentSymbols = findDocumentSymbolsIn([...plainParts(paragraphs), ...notes]);
  record.legalReferences = readLegalReferences([...body, ...annex]);
  record.redactions = countRedactionsIn(paragraphs);
  if (warnings.length) record.warnings = warnings;

  const exclude = new Set(record.signatories.map((s) => s.name));
  // The holders of the letter's mandates in its year: one of them may be named in the text (`Ms. Lawlor`).
  for (const m of record.mandates) {
    const mandate = m.id ? mandateById(m.id) : undefined;
    for (const h of mandate ? (year ? holdersIn(mandate, year) : mandate.holders) : []) exclude.add(h.name);
  }
  const listed = anatomy.listed.flatMap((range) => paragraphs.slice(...range));
  const entityInput: EntityInput = {
    language: language ?? 'en',
    paragraphs: listed.length ? [...body, ...listed] : body,
    subject: subject?.subject ?? null,
    exclude: [...exclude],
  };
  if (anatomy.facts) entityInput.facts = anatomy.facts;
  if (listed.length) entityInput.listed = { start: body.length, end: body.length + listed.length };
  return { record, entityInput };
}
