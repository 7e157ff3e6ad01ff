/**
 * What is wrong with a draft, each problem naming the section it shows in and the draft field to
 * fix. Two kinds: a draft that cannot be composed at all (a malformed date, an unknown mandate:
 * composeLetter refuses it), and a draft that can be previewed but not sent (no subject, the lead
 * has not joined, no question in an urgent appeal).
 */
import { isoDate } from '../dates.js';
import { parseReference } from '../reference.js';
import type { DraftingContext } from './drafting-context.js';
import { FIXED_SECTIONS, LetterDraftSchema, SectionIdSchema, type LetterDraft, type SectionId } from './letter-draft.js';
import { paragraphsOf } from './words.js';

export interface DraftProblem {
  /** The section the problem shows in; null when it concerns the whole letter (its language). */
  section: SectionId | null;
  /** The draft field to fix: `subject`, `questions[2]`, `copiesTo[0]`, `overrides.reference`. */
  field: string;
  message: string;
}

/** The section a draft field shows in. */
const SECTION_OF: Record<keyof LetterDraft, SectionId | null> = {
  type: 'reference', recipient: 'reference', language: null, date: 'date', reference: 'reference',
  leadMandateId: 'header', mandateIds: 'header', subject: 'subject', persons: 'persons', facts: 'facts',
  earlierLetters: 'earlier', concerns: 'concerns', questions: 'questions', interimMeasures: 'interim-measures',
  pressRelease: 'press-release', copiesTo: 'copies', legalReferences: 'annex', overrides: null,
};

/** `['persons', 0, 'name']` → `persons[0].name`. */
const fieldOf = (path: ReadonlyArray<PropertyKey>) =>
  path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');

const isDay = (s: string) => isoDate(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10)) === s;

function schemaProblems(input: unknown): DraftProblem[] {
  const parsed = LetterDraftSchema.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    const first = String(path[0] ?? '');
    const second = SectionIdSchema.safeParse(path[1]);
    const section = first === 'recipient' && path[1] === 'name' ? 'addressee'
      : first === 'overrides' ? (second.success ? second.data : null)
      : SECTION_OF[first as keyof LetterDraft] ?? null;
    return { section, field: fieldOf(path) || 'draft', message: issue.message };
  });
}

/** Problems that make the draft impossible to compose; composeLetter throws the first as a RapError. */
export function inputProblems(input: unknown, context?: DraftingContext): DraftProblem[] {
  const shape = schemaProblems(input);
  if (shape.length) return shape;
  const d = input as LetterDraft;
  const out: DraftProblem[] = [];
  const add = (section: SectionId | null, field: string, message: string) => out.push({ section, field, message });
  const code = d.recipient.code;

  if (!isDay(d.date)) add('date', 'date', `${d.date} is not a day of the calendar`);
  if (code === 'OTH' && !d.recipient.name?.trim()) add('addressee', 'recipient.name', 'a letter to another actor (OTH) needs the recipient name');
  if (code !== 'OTH' && context && !context.stateName(code, d.language)) add('reference', 'recipient.code', `no State has the code ${code}`);
  if (d.reference !== null) {
    const ref = parseReference(d.reference);
    if (!ref) add('reference', 'reference', 'the reference must read TYPE CODE n/YYYY');
    else if (ref.type !== d.type || ref.recipient !== code || ref.year !== Number(d.date.slice(0, 4))) {
      add('reference', 'reference', `the reference ${ref.text} does not match the letter's type, recipient and year`);
    }
  }

  if (d.mandateIds.length === 0) add('header', 'mandateIds', 'no mandate has joined the letter');
  d.mandateIds.forEach((id, i) => {
    if (d.mandateIds.indexOf(id) !== i) add('header', `mandateIds[${i}]`, `the mandate ${id} has joined twice`);
    else if (context && !context.mandate(id, d.date, d.language)) add('header', `mandateIds[${i}]`, `the registry has no mandate ${id}`);
  });

  d.copiesTo.forEach((c, i) => {
    const field = `copiesTo[${i}]`;
    if (c === 'OTH') add('copies', field, 'a copy goes to a State, not to OTH');
    else if (c === code) add('copies', field, 'the recipient is not sent a copy of its own letter');
    else if (d.copiesTo.indexOf(c) !== i) add('copies', field, `${c} is listed twice`);
    else if (context && !context.stateName(c, d.language)) add('copies', field, `no State has the code ${c}`);
  });

  d.persons.forEach((p, i) => {
    if (!/\p{L}/u.test(p.name)) add('persons', `persons[${i}].name`, 'a person concerned has no name');
  });
  d.facts.forEach((f, i) => {
    const [y, m = '01', dd = '01'] = f.date.split('-');
    const digits = { year: 4, month: 7, day: 10 }[f.precision];
    if (f.date.length < digits || !isoDate(Number(y), Number(m), Number(dd))) {
      add('facts', `facts[${i}].date`, `a fact known to the ${f.precision} is dated ${f.precision === 'year' ? 'YYYY' : f.precision === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD'}`);
    }
    if (!f.text.trim()) add('facts', `facts[${i}].text`, 'a fact has no text');
  });
  d.earlierLetters.forEach((e, i) => {
    if (!parseReference(e.reference)) add('earlier', `earlierLetters[${i}].reference`, 'the reference of an earlier letter must read TYPE CODE n/YYYY');
    if (!isDay(e.date)) add('earlier', `earlierLetters[${i}].date`, `${e.date} is not a day of the calendar`);
    e.replies.forEach((r, k) => { if (!isDay(r)) add('earlier', `earlierLetters[${i}].replies[${k}]`, `${r} is not a day of the calendar`); });
  });
  d.legalReferences.forEach((r, i) => {
    if (context && !context.instrument(r.instrumentId, d.language)) add('annex', `legalReferences[${i}].instrumentId`, `the registry has no instrument ${r.instrumentId}`);
  });
  for (const key of Object.keys(d.overrides) as SectionId[]) {
    if (FIXED_SECTIONS.includes(key)) add(key, `overrides.${key}`, `the ${key} section is not edited by hand`);
  }
  return out;
}

const blank = (s: string) => s.trim() === '';
const overridden = (d: LetterDraft, id: SectionId) => d.overrides[id] !== undefined;

/** Problems that let the draft be previewed but not sent. */
function sendingProblems(d: LetterDraft): DraftProblem[] {
  const out: DraftProblem[] = [];
  const add = (section: SectionId, field: string, message: string) => out.push({ section, field, message });
  const urgentOrAllegation = d.type === 'UA' || d.type === 'AL';
  if (d.reference !== null) add('reference', 'reference', `the letter has already been sent as ${d.reference}`);
  if (blank(d.leadMandateId)) add('header', 'leadMandateId', 'the letter has no lead mandate');
  else if (!d.mandateIds.includes(d.leadMandateId)) add('header', 'leadMandateId', `the lead mandate ${d.leadMandateId} has not joined the letter`);
  if (blank(d.subject) && !overridden(d, 'subject')) add('subject', 'subject', 'the letter has no subject');
  if (urgentOrAllegation && !d.questions.some((q) => !blank(q)) && !overridden(d, 'questions')) {
    add('questions', 'questions', `${d.type === 'UA' ? 'an urgent appeal' : 'an allegation letter'} asks at least one question`);
  }
  d.questions.forEach((q, i) => { if (blank(q)) add('questions', `questions[${i}]`, `question ${i + 1} is empty`); });
  d.concerns.forEach((c, i) => { if (blank(c)) add('concerns', `concerns[${i}]`, `concern ${i + 1} is empty`); });
  if (urgentOrAllegation && d.facts.length === 0 && !overridden(d, 'facts')) add('facts', 'facts', 'the letter tells no facts');
  d.facts.forEach((f, i) => { if (f.date.slice(0, 10) > d.date) add('facts', `facts[${i}].date`, 'a fact is dated after the letter'); });
  d.earlierLetters.forEach((e, i) => { if (e.date >= d.date) add('earlier', `earlierLetters[${i}].date`, 'an earlier letter is dated on or after this one'); });
  if (d.legalReferences.length === 0 && !overridden(d, 'annex')) add('annex', 'legalReferences', 'the annex cites no instrument');
  const required: SectionId[] = ['header', 'salutation', 'capacity', 'subject', 'deadline', 'closing', 'signatures'];
  if (urgentOrAllegation) required.push('questions');
  for (const id of required) {
    if (overridden(d, id) && paragraphsOf(d.overrides[id]!).length === 0) add(id, `overrides.${id}`, `the ${id} section has been emptied`);
  }
  return out;
}

/** What the registry lacks for this letter on its date: a title in its language, a resolution, a holder to sign. */
function registryGaps(d: LetterDraft, context: DraftingContext): DraftProblem[] {
  const out: DraftProblem[] = [];
  d.mandateIds.forEach((id, i) => {
    const m = context.mandate(id, d.date, d.language);
    if (!m) return;
    const field = `mandateIds[${i}]`;
    if (!m.title) out.push({ section: 'header', field, message: `the registry has no title of ${id} in this language (${d.language})` });
    if (!m.resolution) out.push({ section: 'capacity', field, message: `the registry has no resolution of ${id} in force on ${d.date}` });
    if (!m.signatory) out.push({ section: 'signatures', field, message: `the registry knows no holder of ${id} on ${d.date}` });
  });
  return out;
}

/**
 * Everything that stops the draft from being sent. With the context, also the codes and ids the
 * registry does not know and what it lacks for the letter's date (a holder, a resolution, a title
 * in the letter's language).
 */
export function checkDraftForSending(input: LetterDraft, context?: DraftingContext): DraftProblem[] {
  const shape = schemaProblems(input);
  if (shape.length) return shape;
  return [...inputProblems(input, context), ...sendingProblems(input), ...(context ? registryGaps(input, context) : [])];
}
