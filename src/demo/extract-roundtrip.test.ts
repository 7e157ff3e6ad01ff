/**
 * The letter extractor reads generated letters back: every field the generator knows (the ground
 * truth) must come out of the text.
 */
import { describe, expect, it } from 'vitest';
import type { Communication } from '../domain/communication.js';
import { fold } from '../domain/text.js';
import { extractDocument } from '../extract/extract.js';
import { generateArchive } from './generate-archive.js';
import type { Language } from './language.js';
import type { LetterTruth } from './truth.js';


function lettersOf(count: number, seed: number, languages: Language[]) {
  return [...generateArchive({ letters: count, seed, words: 1500, languages, lettersOnly: true })].map((d) => ({
    file: d.file,
    text: d.text,
    truth: d.truth as LetterTruth,
  }));
}

/** What the extractor got wrong in one letter, field by field (empty when all is right). */
function differences(truth: LetterTruth, got: Communication): string[] {
  const out: string[] = [];
  const same = (field: string, want: unknown, have: unknown) => {
    if (JSON.stringify(want) !== JSON.stringify(have)) out.push(`${field}: want ${JSON.stringify(want)}, got ${JSON.stringify(have)}`);
  };
  same('reference', truth.reference.text, got.reference?.text ?? null);
  same('date', truth.date, got.date);
  same('recipient', truth.recipient.code, got.recipient?.code ?? null);
  same('copiedTo', truth.copiedTo.map((c) => c.code).sort(), got.copiedTo.map((c) => c.code).sort());
  same('mandates', truth.mandates.map((m) => m.id), got.mandates.map((m) => m.id));
  same('resolutions', truth.resolutions, got.resolutions);
  same('questions', truth.questions.length, got.questions.length);
  same('signatories', truth.signatories.map((s) => s.name), got.signatories.map((s) => s.name));
  same('relatedCommunications', truth.relatedCommunications.map((r) => r.reference).sort(), got.relatedCommunications.map((r) => r.reference).sort());
  const names = new Map<string, string>();
  for (const p of got.persons) for (const n of [p.name, ...p.variants]) names.set(fold(n), p.role);
  for (const p of truth.persons) {
    const role = names.get(fold(p.name));
    if (!role) out.push(`persons: ${p.role} "${p.name}" not found`);
    else if (p.role === 'victim' && role !== 'victim') out.push(`persons: "${p.name}" should be a victim, got ${role}`);
  }
  return out;
}

describe('the extractor reads generated letters back', () => {
  it('finds every field of 30 English letters', async () => {
    const extract = extractDocument;
    const failures: string[] = [];
    for (const l of lettersOf(30, 11, ['en'])) {
      for (const d of differences(l.truth, extract(l.text, { fileName: l.file.split('/').pop() }))) failures.push(`${l.file}: ${d}`);
    }
    expect(failures).toEqual([]);
  });

  const headOf = (l: { truth: LetterTruth }, got: Communication) => ({
    want: { reference: l.truth.reference.text, date: l.truth.date, recipient: l.truth.recipient.code, mandates: l.truth.mandates.map((m) => m.id) },
    have: { reference: got.reference?.text ?? null, date: got.date, recipient: got.recipient?.code ?? null, mandates: got.mandates.map((m) => m.id) },
  });

  it('finds the reference, date, recipient and mandates of French letters to States', async () => {
    const extract = extractDocument;
    const failures: string[] = [];
    const letters = lettersOf(60, 12, ['fr']).filter((l) => l.truth.recipient.code !== 'OTH').slice(0, 20);
    for (const l of letters) {
      const { want, have } = headOf(l, extract(l.text, { fileName: l.file.split('/').pop() }));
      if (JSON.stringify(want) !== JSON.stringify(have)) failures.push(`${l.file}: want ${JSON.stringify(want)}, got ${JSON.stringify(have)}`);
    }
    expect(letters.length).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });

  // Salutations to companies and Spanish ones ending with a colon end the head (src/extract/letter/salutation.ts).
  it('finds the reference, date, recipient and mandates of Spanish letters and French letters to companies', async () => {
    const extract = extractDocument;
    const failures: string[] = [];
    const letters = lettersOf(60, 12, ['fr', 'es']).filter((l) => l.truth.language === 'es' || l.truth.recipient.code === 'OTH');
    for (const l of letters) {
      const { want, have } = headOf(l, extract(l.text, { fileName: l.file.split('/').pop() }));
      if (JSON.stringify(want) !== JSON.stringify(have)) failures.push(`${l.file}: want ${JSON.stringify(want)}, got ${JSON.stringify(have)}`);
    }
    expect(failures).toEqual([]);
  });
});
