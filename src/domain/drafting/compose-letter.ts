/**
 * A draft and the registry's look-ups to the letter itself: its sections in the order of a
 * Special Procedures letter, and the whole text in the corpus convention (`**bold**`, paragraphs
 * separated by blank lines, the annex headings as `## **Annex**`), which the project's extractor
 * reads back. Pure: the same draft and context give the same letter.
 */
import type { Signatory } from '../communication.js';
import { RapError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { parseReference } from '../reference.js';
import { squash } from '../text.js';
import { citationParagraph } from './annex.js';
import type { DraftingContext, MandateOnDate } from './drafting-context.js';
import { inputProblems } from './draft-problems.js';
import { FORMULAS, type Formulas, type Voice } from './formulas.js';
import { SECTION_IDS, type LetterDraft, type SectionId } from './letter-draft.js';
import { factParagraph, factsInOrder, personParagraph } from './narrative.js';
import { paragraphsOf } from './words.js';

export interface LetterSection {
  id: SectionId;
  /** Printed above the paragraphs: the annex's `Annex`, then its title. */
  heading?: string;
  subheading?: string;
  /** In the corpus text convention: `**bold**` inline, `\n` a line break inside a paragraph. */
  paragraphs: string[];
  /** The officer's text replaced the composed one. */
  edited: boolean;
}

export interface ComposedLetter {
  language: LetterDraft['language'];
  /** The canonical reference, or null for a preview before sending. */
  reference: string | null;
  /** In the printed order; a section with nothing to say is left out unless it was edited. */
  sections: LetterSection[];
  text: string;
  /** The joined mandates as printed (title in the letter's language). */
  mandates: Array<{ id: string; title: string }>;
  /** Cited in the capacity paragraph, in the mandates' order, each once. */
  resolutions: string[];
  signatories: Signatory[];
  /** The numbered questions as printed, without their numbers. */
  questions: string[];
}

const NUMBERED = /^(\d{1,2})\.\s+/;

/** The numbered paragraphs of the questions section, in sequence from 1. */
function numberedQuestions(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    const m = NUMBERED.exec(p);
    if (m && Number(m[1]) === out.length + 1) out.push(p.slice(m[0].length));
  }
  return out;
}

function composedSections(d: LetterDraft, context: DraftingContext, F: Formulas, mandates: MandateOnDate[]) {
  const lang = d.language;
  const code = d.recipient.code;
  const v: Voice = { joint: d.mandateIds.length > 1, toState: code !== 'OTH' };
  const titles = mandates.map((m) => m.title ?? `${F.missing.title} (${m.id})`);
  const resolutions = [...new Set(mandates.map((m) => m.resolution ?? F.missing.resolution))];
  // The subject is printed in bold: bold marks typed into it would close the bold early.
  const subject = squash(d.subject.replace(/\*\*/g, '')) || F.missing.subject;
  const reference = d.reference === null ? null : parseReference(d.reference)!.text;
  const questions = d.questions.map(squash).filter(Boolean);
  const concerns = d.concerns.flatMap(paragraphsOf);
  const partyTo = (instrumentId: string) => {
    const status = code === 'OTH' ? null : context.treatyStatus(code, instrumentId, d.date);
    return status ? { state: context.stateName(code, lang)!, status } : null;
  };
  const citations = d.legalReferences.map((r, k) => citationParagraph(
    { instrument: context.instrument(r.instrumentId, lang)!, articles: r.articles.map(squash), party: partyTo(r.instrumentId), note: r.note ? squash(r.note) : undefined },
    lang, v, k === 0,
  ));
  const hasAnnex = citations.length > 0 || paragraphsOf(d.overrides.annex ?? '').length > 0;

  const composed: Record<SectionId, string[]> = {
    header: [`**${F.mandatesHeader(titles)}**`],
    reference: [F.referenceLine(reference)],
    date: [F.date(d.date)],
    addressee: code === 'OTH' ? [squash(d.recipient.name ?? '')] : [],
    salutation: [F.salutation(v)],
    capacity: [F.capacity(titles, resolutions, v)],
    subject: [F.subject(subject, v)],
    persons: d.persons.map((p) => personParagraph(p, lang)),
    earlier: d.earlierLetters.map((e) => {
      const ref = parseReference(e.reference)!;
      const sameRecipient = ref.recipient === code && code !== 'OTH';
      const otherState = !sameRecipient && ref.recipient !== 'OTH' ? context.stateName(ref.recipient, lang) : null;
      return F.earlier({ reference: ref.text, date: e.date, sameRecipient, otherState, replies: [...e.replies].sort() }, v);
    }),
    facts: d.facts.length ? [F.according, ...factsInOrder(d.facts).map((f) => factParagraph(f, lang))] : [],
    concerns: [F.concernsOpening(subject, v), ...concerns, ...(hasAnnex ? [F.annexPointer] : [])],
    questions: questions.length ? [F.questionsIntro(v), ...questions.map((q, k) => `${k + 1}. ${q}`)] : [],
    deadline: [F.deadline(LIMITS.replyDeadlineDays, v)],
    'interim-measures': d.interimMeasures ? [F.interim(v)] : [],
    'press-release': d.pressRelease ? [F.pressRelease(v)] : [],
    copies: d.copiesTo.length ? [F.copy(d.copiesTo.map((c) => context.stateName(c, lang)!))] : [],
    closing: [F.closing(v)],
    signatures: mandates.map((m, k) => `${m.signatory ?? F.missing.signatory}\n${F.signatureTitle(titles[k]!, m.body)}`),
    annex: citations.length ? [F.annexIntro(v), ...citations] : [],
  };
  return { composed, titles, resolutions };
}

function render(sections: LetterSection[]): string {
  const blocks: string[] = [];
  for (const s of sections) {
    if (s.paragraphs.length === 0) continue;
    if (s.heading) blocks.push(`## **${s.heading}**`);
    if (s.subheading) blocks.push(`### **${s.subheading}**`);
    blocks.push(...s.paragraphs);
  }
  return `${blocks.join('\n\n')}\n`;
}

/**
 * The letter a draft makes, with the registry's titles, resolutions, holders, State names and
 * ratification dates for its date and language. A draft that cannot be composed (see
 * inputProblems) is refused with a RapError naming the field; an incomplete one is composed with
 * visible placeholders, and checkDraftForSending says what is missing.
 */
export function composeLetter(draft: LetterDraft, context: DraftingContext): ComposedLetter {
  const problem = inputProblems(draft, context)[0];
  if (problem) throw new RapError('RAP_ERR_INVALID', problem.message, { field: problem.field });
  const F = FORMULAS[draft.language];
  // inputProblems has made sure the registry knows every joined mandate.
  const mandates = draft.mandateIds.map((id) => context.mandate(id, draft.date, draft.language)!);
  const { composed, titles, resolutions } = composedSections(draft, context, F, mandates);

  const sections: LetterSection[] = [];
  for (const id of SECTION_IDS) {
    const override = draft.overrides[id];
    const paragraphs = override !== undefined ? paragraphsOf(override) : composed[id];
    if (override === undefined && paragraphs.length === 0) continue;
    const section: LetterSection = { id, paragraphs, edited: override !== undefined };
    if (id === 'annex') Object.assign(section, { heading: F.annexHeading, subheading: F.annexTitle });
    sections.push(section);
  }

  return {
    language: draft.language,
    reference: draft.reference === null ? null : parseReference(draft.reference)!.text,
    sections,
    text: render(sections),
    mandates: mandates.map((m, k) => ({ id: m.id, title: titles[k]! })),
    resolutions,
    signatories: mandates.map((m, k) => ({ name: m.signatory ?? F.missing.signatory, title: F.signatureTitle(titles[k]!, m.body), mandateId: m.id })),
    questions: numberedQuestions(sections.find((s) => s.id === 'questions')?.paragraphs ?? []),
  };
}
