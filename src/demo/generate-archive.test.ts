import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CommunicationSchema } from '../domain/communication.js';
import { fold } from '../domain/text.js';
import { holdersIn, instruments, mandateById, mandates } from '../reference-data/index.js';
import { demoRecords } from './demo-records.js';
import { generateArchive } from './generate-archive.js';
import type { GeneratedDocument, LetterTruth, ReplyTruth } from './truth.js';

const archive = (letters: number, seed = 5, words = 1500, languages: Array<'en' | 'fr' | 'es'> = ['en']) =>
  [...generateArchive({ letters, seed, words, languages })];
const letters = (docs: GeneratedDocument[]) => docs.filter((d) => d.truth.kind === 'communication').map((d) => d.truth as LetterTruth);

describe('generateArchive', () => {
  const docs = archive(400, 5, 800, ['en', 'fr', 'es']);
  const all = letters(docs);

  it('gives byte-identical documents for the same seed, and different ones for another seed', () => {
    const again = archive(400, 5, 800, ['en', 'fr', 'es']);
    expect(again.map((d) => d.text)).toEqual(docs.map((d) => d.text));
    expect(archive(20, 6).map((d) => d.text)).not.toEqual(archive(20, 5).map((d) => d.text));
  });

  it('numbers references per recipient per year across types, in date order, never twice', () => {
    const seen = new Set<string>();
    const last = new Map<string, { n: number; date: string }>();
    for (const l of all) {
      const key = `${l.reference.recipient} ${l.reference.year}`;
      expect(seen.has(`${key} ${l.reference.number}`)).toBe(false);
      seen.add(`${key} ${l.reference.number}`);
      const prev = last.get(key) ?? { n: 0, date: '' };
      expect(l.reference.number).toBe(prev.n + 1);
      expect(l.date >= prev.date).toBe(true);
      last.set(key, { n: l.reference.number, date: l.date });
      expect(l.reference.text).toBe(`${l.type} ${l.reference.recipient} ${l.reference.number}/${l.reference.year}`);
    }
  });

  it('writes letters to fictional States and non-State actors with a realistic mix of types and joint letters', () => {
    const types = { UA: 0, AL: 0, OL: 0 };
    for (const l of all) types[l.type]++;
    expect(types.AL).toBeGreaterThan(types.UA);
    expect(types.UA).toBeGreaterThan(types.OL);
    expect(types.OL).toBeGreaterThan(0);
    expect(all.every((l) => /^(X[A-L]{2}|OTH)$/.test(l.recipient.code))).toBe(true);
    expect(all.some((l) => l.recipient.code === 'OTH')).toBe(true);
    const joint = all.filter((l) => l.joint).length / all.length;
    expect(joint).toBeGreaterThan(0.7);
    expect(Math.max(...all.map((l) => l.mandates.length))).toBeGreaterThanOrEqual(6);
    expect(all.some((l) => l.language === 'fr') && all.some((l) => l.language === 'es')).toBe(true);
  });

  it('prints the anatomy of a letter: header, reference, date, salutation, subject, facts, questions, notice, closing, annex', () => {
    const doc = docs.find((d) => d.truth.kind === 'communication' && d.truth.language === 'en' && d.truth.type === 'AL')!;
    const t = doc.truth as LetterTruth;
    const text = doc.text;
    const order = ['**Mandates of the ', `Ref.: ${t.reference.text}`, '(Please use this reference in your reply)', 'Excellency,',
      'pursuant to Human Rights Council resolution', 'information we have received concerning **', 'According to the information received:',
      '1. ', 'within 60 days', 'Please accept, Excellency', t.signatories[0]!.name, '## **Annex**'];
    let at = 0;
    for (const part of order) {
      const i = text.indexOf(part, at);
      expect(i, part).toBeGreaterThanOrEqual(0);
      at = i;
    }
    for (const p of t.persons.filter((x) => x.role === 'victim')) expect(text).toContain(`**${p.name}**`);
  });

  it('signs with the registry holders of the joined mandates in the letter year, and cites their resolutions', () => {
    for (const l of all) {
      l.signatories.forEach((s, k) => {
        const m = mandateById(l.mandates[k]!.id!)!;
        expect(holdersIn(m, l.reference.year).map((h) => h.name)).toContain(s.name);
        expect(m.resolutions).toContain(l.resolutions[k]);
      });
    }
  });

  it('tells dated facts in date order before the letter date', () => {
    for (const l of all) {
      expect(l.events.length).toBeGreaterThan(0);
      for (const e of l.events) expect(e.date <= l.date).toBe(true);
    }
  });

  it('follows people across letters and States, citing the earlier letters, with spelling variants', () => {
    const followUps = all.filter((l) => l.relatedCommunications.length > 0);
    expect(followUps.length).toBeGreaterThan(20);
    const byRef = new Map(all.map((l) => [l.reference.text, l]));
    for (const f of followUps) {
      const first = byRef.get(f.relatedCommunications[0]!.reference)!;
      expect(first.date < f.date).toBe(true);
      const doc = docs.find((d) => d.file === f.file)!;
      expect(doc.text).toContain(`(${first.reference.text})`);
    }
    expect(followUps.some((f) => byRef.get(f.relatedCommunications[0]!.reference)!.recipient.code !== f.recipient.code)).toBe(true);
    // The same person written differently in different letters.
    const spellings = new Map<string, Set<string>>();
    for (const l of all) for (const p of l.persons) (spellings.get(p.id) ?? spellings.set(p.id, new Set()).get(p.id)!).add(p.name);
    const varied = [...spellings.values()].filter((s) => s.size > 1);
    expect(varied.length).toBeGreaterThan(5);
    expect(varied.some((s) => new Set([...s].map(fold)).size < s.size || [...s].some((n) => n !== fold(n)))).toBe(true);
  });

  it('adds replies that cite the letter, some late, some letters with two', () => {
    const replies = docs.filter((d) => d.truth.kind === 'reply');
    const truths = replies.map((d) => d.truth as ReplyTruth);
    expect(replies.length).toBeGreaterThan(all.length / 3);
    expect(truths.some((r) => r.late) && truths.some((r) => !r.late)).toBe(true);
    expect(truths.some((r) => r.sequence === 2)).toBe(true);
    for (const r of replies) {
      const t = r.truth as ReplyTruth;
      expect(r.text).toContain(t.replyTo);
      expect(t.date > t.letterDate).toBe(true);
    }
  });

  it('makes letters about as long as asked', () => {
    for (const words of [1500, 3000]) {
      const ls = letters(archive(20, 9, words));
      const mean = ls.reduce((a, l) => a + l.words, 0) / ls.length;
      expect(mean).toBeGreaterThan(words * 0.85);
      expect(mean).toBeLessThan(words * 1.25);
    }
  });
});

describe('demoRecords', () => {
  it('gives valid interchange records, letters and replies, without files', () => {
    const records = [...demoRecords(40, 3)];
    expect(records.filter((r) => r.kind === 'communication')).toHaveLength(40);
    expect(records.some((r) => r.kind === 'reply')).toBe(true);
    for (const r of records) expect(() => CommunicationSchema.parse(r)).not.toThrow();
  });
});

// The corpus letters are real: no passage of 80 characters of them may be reproduced.
const corpusDir = new URL('../../../shared/corpus/', import.meta.url);
describe.skipIf(!existsSync(corpusDir))('copy check against the real letters', () => {
  it('generates no 80-character passage of the corpus letters, registry titles and names aside', () => {
    // Mandate and instrument titles and holders' names are registry facts printed in every real letter: cut them out first.
    const facts = [
      ...mandates().flatMap((m) => [m.title, ...m.holders.map((h) => h.name)]),
      ...instruments().map((i) => i.title),
      'Annex', 'Reference to international human rights law',
    ].map((t) => t.toLowerCase()).sort((a, b) => b.length - a.length);
    const squash = (s: string) => {
      let t = s.replace(/[*#_>\s]+/g, ' ').toLowerCase();
      for (const f of facts) t = t.split(f).join(' \u00a7 ');
      return t;
    };
    const windows = new Set<string>();
    for (const f of readdirSync(corpusDir).filter((f) => f.endsWith('.txt'))) {
      const text = squash(readFileSync(new URL(f, corpusDir), 'utf8'));
      for (let i = 0; i + 80 <= text.length; i += 1) windows.add(text.slice(i, i + 80));
    }
    const hits = new Set<string>();
    for (const doc of archive(150, 21, 1500)) {
      const text = squash(doc.text);
      for (let i = 0; i + 80 <= text.length; i += 4) {
        const w = text.slice(i, i + 80);
        if (!w.includes('\u00a7') && windows.has(w)) hits.add(w);
      }
    }
    expect([...hits].slice(0, 20)).toEqual([]);
  });
});
