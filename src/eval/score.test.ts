import { describe, expect, it } from 'vitest';
import { nameMatch, scoreExtraction, scoreFold } from './score.js';

const gold = {
  kind: 'communication', reference: 'AL XAB 1/2024', date: '2024-01-05', recipient: 'XAB', copiedTo: ['XAD'],
  mandates: ['Special Rapporteur on the right to food'], resolutions: ['49/13'], victims: ['Orla Vantrees'], people: ['Orla Vantrees'],
  organizations: ['Lantern Legal Aid Centre'], questions: 2, replyDeadlineDays: 60, signatories: ['Ada Quell'], relatedCommunications: [],
  documentSymbols: ['A/HRC/1/2'], redactions: 0, events_sample: [{ date: '2023-12-01', contains: 'arrested' }],
};
const good = {
  kind: 'communication', reference: { text: 'AL XAB 1/2024' }, date: '2024-01-05', recipient: { code: 'XAB' }, copiedTo: [{ code: 'XAD' }],
  mandates: [{ title: 'Special Rapporteur on the Right to Food' }], resolutions: ['49/13'],
  persons: [{ name: 'Orla Vantrées', role: 'victim' }], organizations: [{ name: 'the Lantern Legal Aid Centre' }],
  questions: ['a', 'b'], replyDeadlineDays: 60, signatories: [{ name: 'Ada Quell' }], relatedCommunications: [],
  documentSymbols: ['A/HRC/1/2'], redactions: 0, events: [{ date: '2023-12-01', text: 'She was Arrested.' }],
};

describe('scoreExtraction', () => {
  it('passes every check of a correct extraction, folding case and accents', () => {
    expect(scoreExtraction(gold, good).filter((c) => !c.ok)).toEqual([]);
  });
  it('fails the checks a wrong extraction gets wrong, with what it got', () => {
    const bad = { ...good, date: '2024-01-06', persons: [...good.persons, { name: 'Ada Quell', role: 'mentioned' }], documentSymbols: [] };
    const failed = scoreExtraction(gold, bad).filter((c) => !c.ok);
    expect(failed.map((c) => c.name)).toEqual(['date', 'people.precision', 'documentSymbols']);
    expect(failed[0]!.detail).toBe('got "2024-01-06"');
  });
  it('scores a source on its title, people, organisations and countries', () => {
    const checks = scoreExtraction({ kind: 'source', title: 'Borelia: “lawyer” detained', people: ['Orla Vantrees'], organizations: [], countries: ['XAB'] },
      { kind: 'source', title: 'Borelia: "lawyer" detained', persons: [{ name: 'Orla Vantrees' }], organizations: [], countries: ['XAB', 'XAD'] });
    expect(checks.every((c) => c.ok)).toBe(true);
  });
});

describe('the scorer fold and name match', () => {
  it('matches by folding, containment and token subsets like the Python tool', () => {
    expect(scoreFold('“NeMolchi.KZ” (Fund)')).toBe('nemolchi kz fund');
    expect(nameMatch('Orla Vantrees', 'Ms Orla Vantrees')).toBe(true);
    expect(nameMatch('Orla', 'Vantrees')).toBe(false);
  });
});
