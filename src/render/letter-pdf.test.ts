/**
 * The printed letter read back by Rapporteur's own PDF reader and extractor: it must be a letter
 * the extractor recognises as the one that was composed (the round trip of issue #5 on paper).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract/extract.js';
import { loadPdfPages } from '../extract/readers/pdf/load-pdf-pages.js';
import { readDocument } from '../extract/readers/read-document.js';
import { letterFonts, STANDARD_FONTS } from './letter-fonts.js';
import { renderLetterPdf } from './letter-pdf.js';
import { ACCENTED, accentedLetter, composedSample, LANGUAGES } from './testing/sample-letters.js';

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe.each(LANGUAGES)('a composed letter in %s as PDF', (language) => {
  const { composed, letter } = composedSample(language);
  const rendered = renderLetterPdf(letter);

  it('reads back with its reference, date, questions and signatories', async () => {
    const { text } = await readDocument(await rendered, 'letter.pdf');
    const flat = squash(text);
    expect(flat).toContain('AL XAB 3/2024');
    const date = composed.sections.find((s) => s.id === 'date')!.paragraphs[0]!;
    expect(flat).toContain(date);
    for (const q of composed.questions) expect(flat).toContain(q);
    for (const s of composed.signatories) {
      expect(flat).toContain(s.name);
      expect(flat).toContain(squash(s.title ?? ''));
    }
  });

  it('round-trips through the extractor: same reference, date, mandates, resolutions, questions, signatories, copies', async () => {
    const { text } = await readDocument(await rendered, 'letter.pdf');
    const record = extractDocument(text);
    expect(record.reference?.text).toBe('AL XAB 3/2024');
    expect(record.date).toBe('2024-04-16');
    expect(record.language).toBe(language);
    expect(record.mandates.map((m) => m.id)).toEqual(composed.mandates.map((m) => m.id));
    expect(record.resolutions).toEqual(composed.resolutions);
    expect(record.questions).toEqual(composed.questions);
    expect(record.signatories.map((s) => s.name)).toEqual(composed.signatories.map((s) => s.name));
    expect(record.copiedTo.map((c) => c.code)).toEqual(['XAC', 'XAA']);
  });

  it('is A4, numbers its pages "n of N" and starts the annex on a page of its own', async () => {
    const pages = await loadPdfPages(await rendered);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(Math.round(pages[0]!.width)).toBe(595);
    expect(Math.round(pages[0]!.height)).toBe(842);
    const of = { en: 'of', fr: 'sur', es: 'de' }[language];
    pages.forEach((page, k) => {
      const lowest = [...page.runs].sort((a, b) => a.y - b.y)[0]!;
      expect(lowest.text.trim()).toBe(`${k + 1} ${of} ${pages.length}`);
    });
    const last = pages[pages.length - 1]!;
    const top = [...last.runs].sort((a, b) => b.y - a.y)[0]!;
    expect(top.text).toBe(composed.sections.find((s) => s.id === 'annex')!.heading);
    const signaturePage = pages.findIndex((p) => p.runs.some((r) => r.text.includes(composed.signatories.at(-1)!.name)));
    expect(signaturePage).toBeGreaterThanOrEqual(0);
    expect(signaturePage).toBeLessThan(pages.length - 1);
  });
});

describe('the typeface', () => {
  it.each([
    ['the embedded serif (when one is installed)', letterFonts()],
    ['the built-in Times', STANDARD_FONTS],
  ])('prints French and Spanish letters and signs with %s', async (_name, fonts) => {
    const { text } = await readDocument(await renderLetterPdf(accentedLetter(), { fonts }), 'letter.pdf');
    const paragraphs = squash(text);
    expect(paragraphs).toContain(ACCENTED);
    expect(paragraphs).toContain(`**${ACCENTED}**`);
  });
});
