/**
 * The round trip of issue #5: a letter Rapporteur composes, read back by Rapporteur's own
 * extractor, gives the same reference, date, recipient, copies, mandates, resolutions,
 * questions, signatories and cited letters, in English, French and Spanish.
 */
import { describe, expect, it } from 'vitest';
import type { Language } from '../dates.js';
import { fold } from '../text.js';
import { extractDocument } from '../../extract/extract.js';
import { composeLetter } from './compose-letter.js';
import type { LetterDraft } from './letter-draft.js';
import { buildDraft } from './testing/build-draft.js';
import { testContext } from './testing/test-context.js';

const LANGUAGES: Language[] = ['en', 'fr', 'es'];

function readBack(draft: LetterDraft) {
  const letter = composeLetter(draft, testContext);
  return { letter, record: extractDocument(letter.text) };
}

describe.each(LANGUAGES)('a sent joint letter in %s, read back', (language) => {
  const draft = buildDraft({ language });
  const { letter, record } = readBack(draft);

  it('has the reference, date and recipient it was sent with', () => {
    expect(record.kind).toBe('communication');
    expect(record.reference?.text).toBe('AL XAB 3/2024');
    expect(record.date).toBe('2024-04-16');
    expect(record.recipient?.code).toBe('XAB');
    expect(record.language).toBe(language);
  });

  it('has the States sent a copy, in order', () => {
    expect(record.copiedTo.map((c) => c.code)).toEqual(['XAC', 'XAA']);
  });

  it('has the joined mandates in their order, with their resolutions and signatories', () => {
    expect(record.mandates.map((m) => m.id)).toEqual(draft.mandateIds);
    expect(record.resolutions).toEqual(['52/4', '50/17', '42/22']);
    expect(record.resolutions).toEqual(letter.resolutions);
    expect(record.signatories.map((s) => s.name)).toEqual(['Mary Lawlor', 'Gina Romero', 'Elina Steinerte']);
    expect(record.signatories.map((s) => s.mandateId)).toEqual(draft.mandateIds);
    expect(record.joint).toBe(true);
  });

  it('has every question, word for word', () => {
    expect(record.questions).toHaveLength(3);
    expect(record.questions).toEqual(draft.questions);
  });

  it('has the earlier letters it cites, with the dates they were sent', () => {
    expect(record.relatedCommunications).toEqual(draft.earlierLetters.map((e) => ({ reference: e.reference, date: e.date })));
  });

  it('has the subject, the deadline, the persons concerned and the instruments of the annex', () => {
    expect(record.title).toBe(draft.subject);
    expect(record.replyDeadlineDays).toBe(60);
    const names = record.persons.map((p) => fold(p.name));
    for (const p of draft.persons) expect(names).toContain(fold(p.name));
    expect(record.legalReferences.map((r) => r.instrumentId)).toEqual(expect.arrayContaining(['iccpr', 'declaration-hrd']));
    expect(record.legalReferences.find((r) => r.instrumentId === 'iccpr')?.articles).toEqual(['9', '14', '19']);
  });
});

describe.each(LANGUAGES)('a preview in %s (no reference yet), read back', (language) => {
  const draft = buildDraft({ language, reference: null });
  const { letter, record } = readBack(draft);

  it('has no reference and no recipient taken from a reference, but everything else', () => {
    expect(letter.text).toContain(language === 'en' ? 'Ref.: [' : language === 'fr' ? 'Réf. : [' : 'Referencia: [');
    expect(record.reference).toBeNull();
    expect(record.recipient).toBeNull();
    expect(record.date).toBe('2024-04-16');
    expect(record.mandates.map((m) => m.id)).toEqual(draft.mandateIds);
    expect(record.questions).toEqual(draft.questions);
    expect(record.relatedCommunications.map((r) => r.reference)).toEqual(['AL XAB 7/2022', 'UA XAC 2/2023']);
  });
});

describe.each(LANGUAGES)('other letters in %s, read back', (language) => {
  it('an urgent appeal of one mandate to a company (OTH)', () => {
    const draft = buildDraft({
      language, type: 'UA', reference: 'UA OTH 12/2024', recipient: { code: 'OTH', name: 'Halvard Mining Corporation' },
      leadMandateId: 'sr-human-rights-defenders', mandateIds: ['sr-human-rights-defenders'], copiesTo: ['XAB'], pressRelease: true,
      earlierLetters: [{ reference: 'AL XAB 3/2024', date: '2024-04-16', replies: [] }], date: '2024-06-03',
    });
    const { letter, record } = readBack(draft);
    expect(letter.text).toContain('Halvard Mining Corporation');
    expect(record.reference?.text).toBe('UA OTH 12/2024');
    expect(record.recipient?.code).toBe('OTH');
    expect(record.date).toBe('2024-06-03');
    expect(record.copiedTo.map((c) => c.code)).toEqual(['XAB']);
    expect(record.mandates.map((m) => m.id)).toEqual(['sr-human-rights-defenders']);
    expect(record.resolutions).toEqual(['52/4']);
    expect(record.signatories.map((s) => s.name)).toEqual(['Mary Lawlor']);
    expect(record.questions).toEqual(draft.questions);
    expect(record.relatedCommunications).toEqual([{ reference: 'AL XAB 3/2024', date: '2024-04-16' }]);
  });

  it('a letter on a law (OL) with mandates in another order, no persons, no facts and no copies', () => {
    const draft = buildDraft({
      language, type: 'OL', reference: 'OL XAC 1/2021', recipient: { code: 'XAC' }, date: '2021-02-09',
      leadMandateId: 'sr-freedom-of-expression', mandateIds: ['sr-freedom-of-expression', 'sr-human-rights-defenders'],
      persons: [], facts: [], copiesTo: [], earlierLetters: [], interimMeasures: false,
    });
    const { record } = readBack(draft);
    expect(record.reference?.text).toBe('OL XAC 1/2021');
    expect(record.date).toBe('2021-02-09');
    expect(record.copiedTo).toEqual([]);
    expect(record.mandates.map((m) => m.id)).toEqual(['sr-freedom-of-expression', 'sr-human-rights-defenders']);
    expect(record.resolutions).toEqual(['43/4', '43/16']);
    expect(record.signatories.map((s) => s.name)).toEqual(['Irene Khan', 'Mary Lawlor']);
    expect(record.questions).toEqual(draft.questions);
    expect(record.relatedCommunications).toEqual([]);
  });

  it('an edited questions section: the officer\u2019s questions are the ones read back', () => {
    const edited = language === 'en'
      ? '1. Please say where Ms. Varnhold is held.\n\n2. Please say when she will be brought before a judge.'
      : language === 'fr'
        ? '1. Veuillez indiquer où Mme Varnhold est détenue.\n\n2. Veuillez indiquer quand elle sera présentée à un juge.'
        : '1. Sírvanse indicar dónde está detenida la Sra. Varnhold.\n\n2. Sírvanse indicar cuándo será llevada ante un juez.';
    const intro = composeLetter(buildDraft({ language }), testContext).sections.find((s) => s.id === 'questions')!.paragraphs[0]!;
    const draft = buildDraft({ language, overrides: { questions: `${intro}\n\n${edited}` } });
    const { letter, record } = readBack(draft);
    expect(letter.questions).toHaveLength(2);
    expect(record.questions).toEqual(letter.questions);
    expect(record.questions[0]).toMatch(/Varnhold/);
  });
});
