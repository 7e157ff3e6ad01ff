import { describe, expect, it } from 'vitest';
import { checkDraftForSending, type DraftProblem } from './draft-problems.js';
import type { DraftingContext } from './drafting-context.js';
import type { LetterDraft } from './letter-draft.js';
import { buildDraft } from './testing/build-draft.js';
import { testContext } from './testing/test-context.js';

/** A draft ready to send: everything written, no reference yet. */
const ready = (overrides: Partial<LetterDraft> = {}) => buildDraft({ reference: null, ...overrides });
const where = (problems: DraftProblem[]) => problems.map((p) => `${p.section ?? '-'} ${p.field}`);

describe('checkDraftForSending', () => {
  it('finds nothing wrong with a complete draft, with or without the registry', () => {
    for (const language of ['en', 'fr', 'es'] as const) {
      expect(checkDraftForSending(ready({ language }))).toEqual([]);
      expect(checkDraftForSending(ready({ language }), testContext)).toEqual([]);
    }
    expect(checkDraftForSending(ready({ type: 'OL', questions: [], facts: [], persons: [] }), testContext)).toEqual([]);
  });

  it('blocks a letter the lead mandate has not joined', () => {
    const problems = checkDraftForSending(ready({ leadMandateId: 'sr-torture' }));
    expect(problems).toEqual([{ section: 'header', field: 'leadMandateId', message: 'the lead mandate sr-torture has not joined the letter' }]);
    expect(where(checkDraftForSending(ready({ leadMandateId: '' })))).toEqual(['header leadMandateId']);
  });

  it('blocks a letter without a subject, unless the officer wrote the subject paragraph', () => {
    expect(where(checkDraftForSending(ready({ subject: '  ' })))).toEqual(['subject subject']);
    expect(checkDraftForSending(ready({ subject: '', overrides: { subject: 'We write about the raid on "Open Lantern".' } }))).toEqual([]);
  });

  it('blocks an urgent appeal or an allegation letter without a question or without facts, not a letter on a law', () => {
    expect(where(checkDraftForSending(ready({ type: 'UA', questions: [] })))).toEqual(['questions questions']);
    expect(where(checkDraftForSending(ready({ type: 'AL', questions: ['   '] })))).toEqual(['questions questions', 'questions questions[0]']);
    expect(where(checkDraftForSending(ready({ type: 'AL', facts: [] })))).toEqual(['facts facts']);
    expect(checkDraftForSending(ready({ type: 'OL', questions: [], facts: [] }))).toEqual([]);
  });

  it('blocks empty questions and concerns, an annex without instruments, and required sections edited to nothing', () => {
    const problems = checkDraftForSending(ready({
      questions: ['Where is she held?', ''], concerns: [' '], legalReferences: [],
      overrides: { signatures: '', closing: '\n\n', copies: '' },
    }));
    expect(where(problems)).toEqual(['questions questions[1]', 'concerns concerns[0]', 'annex legalReferences', 'closing overrides.closing', 'signatures overrides.signatures']);
  });

  it('blocks a letter already sent, facts after its date and earlier letters that are not earlier', () => {
    expect(checkDraftForSending(ready({ reference: 'AL XAB 3/2024' }))).toEqual([
      { section: 'reference', field: 'reference', message: 'the letter has already been sent as AL XAB 3/2024' },
    ]);
    const late = checkDraftForSending(ready({
      facts: [{ date: '2024-05', precision: 'month', place: null, text: 'Released.' }],
      earlierLetters: [{ reference: 'AL XAB 4/2024', date: '2024-04-16', replies: [] }],
    }));
    expect(where(late)).toEqual(['facts facts[0].date', 'earlier earlierLetters[0].date']);
  });

  it('reports a malformed draft field by field, each in its section, without going further', () => {
    const problems = checkDraftForSending({ ...ready(), language: 'de', copiesTo: ['xab'], persons: [{ name: 'Ilsa', gender: 'x' }] } as unknown as LetterDraft);
    expect(where(problems)).toEqual(['- language', 'persons persons[0].gender', 'persons persons[0].descriptors', 'persons persons[0].organization', 'copies copiesTo[0]']);
  });

  it('with the registry, blocks unknown codes and what the registry lacks on the letter\u2019s date', () => {
    expect(where(checkDraftForSending(ready({ copiesTo: ['XQQ'] }), testContext))).toEqual(['copies copiesTo[0]']);
    const lacking: DraftingContext = {
      ...testContext,
      mandate: (id, date, lang) => (id === 'wg-arbitrary-detention' ? { ...testContext.mandate(id, date, lang)!, title: null, signatory: null, resolution: null } : testContext.mandate(id, date, lang)),
    };
    expect(checkDraftForSending(ready(), lacking)).toEqual([
      { section: 'header', field: 'mandateIds[2]', message: 'the registry has no title of wg-arbitrary-detention in this language (en)' },
      { section: 'capacity', field: 'mandateIds[2]', message: 'the registry has no resolution of wg-arbitrary-detention in force on 2024-04-16' },
      { section: 'signatures', field: 'mandateIds[2]', message: 'the registry knows no holder of wg-arbitrary-detention on 2024-04-16' },
    ]);
  });
});
