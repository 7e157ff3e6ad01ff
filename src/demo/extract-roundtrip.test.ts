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

/** What the extractor got wrong in the frame of one letter (the parts the composer writes), field by field. */
function frameDifferences(truth: LetterTruth, got: Communication): string[] {
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
  same('questions', truth.questions, got.questions);
  same('signatories', truth.signatories.map((s) => s.name), got.signatories.map((s) => s.name));
  same('relatedCommunications', truth.relatedCommunications, got.relatedCommunications);
  return out;
}

/** What the extractor got wrong in one letter, field by field (empty when all is right). */
function differences(truth: LetterTruth, got: Communication): string[] {
  const out = frameDifferences(truth, got);
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

  // The frame comes from the composer (src/domain/drafting): French and Spanish letters read back as fully as English ones.
  it.each(['fr', 'es'] as const)('finds the frame of %s letters: reference, date, recipient, copies, mandates, resolutions, questions, signatories, cited letters', (language) => {
    const failures: string[] = [];
    const letters = lettersOf(60, 12, [language]).filter((l) => l.truth.language === language);
    for (const l of letters) {
      for (const d of frameDifferences(l.truth, extractDocument(l.text, { fileName: l.file.split('/').pop() }))) failures.push(`${l.file}: ${d}`);
    }
    expect(letters.length).toBeGreaterThan(40);
    expect(letters.some((l) => l.truth.recipient.code === 'OTH')).toBe(true);
    expect(letters.some((l) => l.truth.relatedCommunications.length > 0)).toBe(true);
    expect(failures).toEqual([]);
  });
});
