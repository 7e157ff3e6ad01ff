/**
 * The draft's sections as plain form fields and back: a person, a fact or a legal reference per
 * line, with its parts separated by `|` (or `:` for an instrument and its articles), so that the
 * whole letter can be edited without client scripts. Reading a form gives the content, or a
 * message per field that names the line at fault.
 */
import type { FieldErrors } from '../../../domain/case-event.js';
import type { DraftFact, DraftLegalReference, DraftPerson } from '../../../domain/drafting/index.js';
import type { DraftContent } from './draft-from-case.js';

/** The edit form's fields for the sections, in page order. */
export const SECTION_FIELDS = ['subject', 'persons', 'facts', 'concerns', 'questions', 'interim_measures', 'press_release', 'copies_to', 'legal_references'] as const;
export type SectionField = (typeof SECTION_FIELDS)[number];

const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const parts = (line: string, sep: string) => line.split(sep).map((p) => p.trim());

const factDate = (f: DraftFact) => (f.precision === 'year' ? f.date.slice(0, 4) : f.precision === 'month' ? f.date.slice(0, 7) : f.date.slice(0, 10));

/** The text of each section field, as the form shows it. */
export function sectionValues(c: DraftContent): Record<SectionField, string> {
  return {
    subject: c.subject,
    persons: c.persons.map((p) => [p.name, p.gender ?? '', p.descriptors.join(', '), p.organization ?? ''].join(' | ').replace(/(\s\|\s)+$/, '')).join('\n'),
    facts: c.facts.map((f) => [factDate(f), f.place ?? '', f.text].join(' | ')).join('\n'),
    concerns: c.concerns.join('\n\n'),
    questions: c.questions.join('\n'),
    interim_measures: c.interimMeasures ? 'yes' : '',
    press_release: c.pressRelease ? 'yes' : '',
    copies_to: c.copiesTo.join(' '),
    legal_references: c.legalReferences.map((r) => `${r.instrumentId}: ${r.articles.join(', ')}`).join('\n'),
  };
}

function readPersons(text: string, errors: FieldErrors, before: DraftPerson[]): DraftPerson[] {
  return lines(text).map((line, i) => {
    const [name = '', gender = '', descriptors = '', organization = ''] = parts(line, '|');
    if (!/\p{L}/u.test(name)) errors.persons ??= `Line ${i + 1} of the persons has no name.`;
    if (gender && gender !== 'female' && gender !== 'male') errors.persons ??= `Line ${i + 1} of the persons: write female, male or leave the gender empty.`;
    const same = before.find((p) => p.name === name);
    return {
      name,
      gender: gender === 'female' || gender === 'male' ? gender : null,
      ...(same?.honorific !== undefined ? { honorific: same.honorific } : {}),
      descriptors: descriptors ? parts(descriptors, ',').filter(Boolean) : [],
      organization: organization || null,
    };
  });
}

const PRECISION: Record<number, DraftFact['precision']> = { 4: 'year', 7: 'month', 10: 'day' };

function readFacts(text: string, errors: FieldErrors): DraftFact[] {
  return lines(text).map((line, i) => {
    const [date = '', place = '', ...rest] = parts(line, '|');
    const precision = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(date) ? PRECISION[date.length] : undefined;
    if (!precision) errors.facts ??= `Line ${i + 1} of the facts: begin with its date as YYYY, YYYY-MM or YYYY-MM-DD, then | the place | what happened.`;
    const said = rest.join(' | ');
    if (!said) errors.facts ??= `Line ${i + 1} of the facts does not say what happened.`;
    return { date, precision: precision ?? 'day', place: place || null, text: said };
  });
}

function readReferences(text: string, errors: FieldErrors, before: DraftLegalReference[]): DraftLegalReference[] {
  return lines(text).map((line, i) => {
    const at = line.indexOf(':');
    const instrumentId = (at < 0 ? line : line.slice(0, at)).trim().toLowerCase();
    if (!instrumentId) errors.legal_references ??= `Line ${i + 1} of the legal references names no instrument.`;
    const articles = at < 0 ? [] : parts(line.slice(at + 1), ',').filter(Boolean);
    const note = before.find((r) => r.instrumentId === instrumentId)?.note;
    return { instrumentId, articles, ...(note !== undefined ? { note } : {}) };
  });
}

/** The sections read from a form over the stored content (what the form does not show, such as edited sections, is kept). */
export function readSections(body: Record<SectionField, string>, stored: DraftContent): { content: DraftContent; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const subject = body.subject.replace(/\s+/g, ' ').trim();
  const copiesTo = body.copies_to.toUpperCase().split(/[\s,;]+/).filter(Boolean);
  const badCopy = copiesTo.find((c) => !/^[A-Z]{3}$/.test(c));
  if (badCopy) errors.copies_to = `${badCopy.slice(0, 20)} is not a three-letter State code such as XAB.`;
  const content: DraftContent = {
    ...stored,
    subject,
    persons: readPersons(body.persons, errors, stored.persons),
    facts: readFacts(body.facts, errors),
    concerns: body.concerns.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter(Boolean),
    questions: lines(body.questions),
    interimMeasures: body.interim_measures === 'yes',
    pressRelease: body.press_release === 'yes',
    copiesTo,
    legalReferences: readReferences(body.legal_references, errors, stored.legalReferences),
  };
  return { content, errors };
}
