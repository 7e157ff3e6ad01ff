/** The letter as DOCX, read back by Rapporteur's own DOCX reader (mammoth) and extractor. */
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract/extract.js';
import { readDocument } from '../extract/readers/read-document.js';
import { renderLetterDocx } from './letter-docx.js';
import { ACCENTED, accentedLetter, composedSample, LANGUAGES } from './testing/sample-letters.js';

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe.each(LANGUAGES)('a composed letter in %s as DOCX', (language) => {
  const { composed, letter } = composedSample(language);
  const rendered = renderLetterDocx(letter);

  it('reads back with its reference, date, questions, signatories and annex headings', async () => {
    const { text, format } = await readDocument(await rendered, 'letter.docx');
    expect(format).toBe('docx');
    const flat = squash(text);
    expect(flat).toContain('AL XAB 3/2024');
    expect(flat).toContain(composed.sections.find((s) => s.id === 'date')!.paragraphs[0]!);
    composed.questions.forEach((q, k) => expect(flat).toContain(`${k + 1}. ${q}`));
    for (const s of composed.signatories) expect(flat).toContain(`${s.name} ${squash(s.title ?? '')}`);
    const annex = composed.sections.find((s) => s.id === 'annex')!;
    expect(text).toContain(`# **${annex.heading}**`);
    expect(text).toContain(`## **${annex.subheading}**`);
  });

  it('numbers the questions with a Word list, not typed numbers', async () => {
    const bytes = await rendered;
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    for (const q of composed.questions) {
      expect(value).toContain(q);
      expect(value).not.toMatch(new RegExp(`\\d\\.\\s+${q.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
  });

  it('round-trips through the extractor: same reference, date, mandates, resolutions, questions, signatories, copies', async () => {
    const { text } = await readDocument(await rendered, 'letter.docx');
    const record = extractDocument(text);
    expect(record.reference?.text).toBe('AL XAB 3/2024');
    expect(record.date).toBe('2024-04-16');
    expect(record.mandates.map((m) => m.id)).toEqual(composed.mandates.map((m) => m.id));
    expect(record.resolutions).toEqual(composed.resolutions);
    expect(record.questions).toEqual(composed.questions);
    expect(record.signatories.map((s) => s.name)).toEqual(composed.signatories.map((s) => s.name));
    expect(record.copiedTo.map((c) => c.code)).toEqual(['XAC', 'XAA']);
  });
});

it('keeps French and Spanish letters and signs, and bold runs', async () => {
  const { text } = await readDocument(await renderLetterDocx(accentedLetter()), 'letter.docx');
  expect(text).toContain(ACCENTED);
  expect(text).toContain(`**${ACCENTED}**`);
});
