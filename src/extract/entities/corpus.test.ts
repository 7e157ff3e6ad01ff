/**
 * The recognisers on the real letters of ../shared/corpus (read at run time, skipped when absent),
 * with a naive paragraph split: the frame's own split may differ, so this also checks robustness.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEvents, extractOrganizations, extractPersons, type EntityInput } from './index.js';

const corpus = new URL('../../../../shared/corpus/', import.meta.url);
const letters = ['AL_KAZ_1_2024', 'AL_MNE_2_2024'];

function naiveInput(text: string, signatories: string[], hardWrapped: boolean): EntityInput {
  const all = text.split(/\n\s*\n/).map((p) => (hardWrapped ? p : p.replace(/\n/g, ' ')).trim()).filter(Boolean);
  const paragraphs = all.slice(all.findIndex((p) => p.startsWith('Excellency')) + 1, all.findIndex((p) => p.startsWith('Please accept')));
  const subjectParagraph = paragraphs.find((p) => p.includes('information we have received concerning')) ?? '';
  return {
    language: 'en',
    paragraphs,
    subject: subjectParagraph.split('information we have received concerning')[1] ?? null,
    exclude: signatories,
  };
}

describe.each(letters)('the real letter %s', (name) => {
  const file = new URL(`${name}.txt`, corpus);
  it.skipIf(!existsSync(file))('gives the persons, organisations and events of the expected file', () => {
    const gold = JSON.parse(readFileSync(new URL(`${name}.expected.json`, corpus), 'utf8'));
    for (const hardWrapped of [false, true]) {
      const input = naiveInput(readFileSync(file, 'utf8'), gold.signatories, hardWrapped);
      const persons = extractPersons(input);
      expect(persons.map((p) => p.name).sort()).toEqual([...gold.people].sort());
      const victims = persons.filter((p) => p.role === 'victim').map((p) => p.name);
      expect(victims).toEqual(expect.arrayContaining(gold.victims));
      const orgs = extractOrganizations(input).map((o) => o.name);
      expect(orgs).toEqual(expect.arrayContaining(gold.organizations));
      const events = extractEvents(input);
      for (const s of gold.events_sample) {
        expect(events.some((e) => e.date === s.date && e.text.toLowerCase().includes(s.contains.toLowerCase()))).toBe(true);
      }
    }
  });
});
