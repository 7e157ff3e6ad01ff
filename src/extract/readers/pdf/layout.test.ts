import { describe, expect, it } from 'vitest';
import { renderSegments } from '../marked-text.js';
import { buildLines, type Line } from './lines.js';
import { buildParagraphs, measureLayout } from './paragraphs.js';
import { dropRunningLines } from './running-lines.js';
import type { TextRun } from './text-runs.js';

/** A run of 11 pt text whose width follows its length (about 5.5 pt a letter). */
const run = (text: string, x: number, y: number, extra: Partial<TextRun> = {}): TextRun => ({
  text,
  x,
  y,
  width: text.length * 5.5,
  size: 11,
  bold: false,
  ...extra,
});

/** Lines of a page, each [text, x] placed 13 pt apart unless a gap is given. */
function page(rows: Array<[string, number, number?]>): Line[] {
  let y = 700;
  const runs = rows.map(([text, x, gap]) => {
    y -= gap ?? 13;
    return run(text, x, y);
  });
  return buildLines(runs);
}

function paragraphsOf(lines: Line[]): string[] {
  return buildParagraphs(lines, measureLayout(lines, [lines])).map(renderSegments);
}

const FULL = 'x'.repeat(80); // reaches the right edge: 72 + 440 pt

describe('lines', () => {
  it('puts back the spaces a PDF leaves out and keeps runs glued when they touch', () => {
    const [line] = buildLines([run('Ms.', 72, 700), run('Tolvo', 72 + 16.5 + 3, 700, { bold: true }), run('s', 72 + 16.5 + 3 + 27.5, 700)]);
    expect(renderSegments(line!.segments)).toBe('Ms. **Tolvo**s');
  });

  it('turns a small raised number into a footnote marker, even a little above the line', () => {
    const lines = buildLines([run('as reported.', 72, 700), run('3', 72 + 66.5, 704.5, { size: 7, width: 3.9 })]);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.text).toBe('as reported.<sup>3</sup>');
  });

  it('reads a bullet from a symbol font (a private-use character) as a bullet', () => {
    const lines = buildLines([run('\uf0b7', 72, 700, { width: 4 }), run('Please explain.', 90, 700)]);
    expect(renderSegments(lines[0]!.segments)).toBe('• Please explain.');
  });
});

describe('paragraphs', () => {
  it('joins wrapped lines, starts a paragraph after a gap or an indented first line', () => {
    const lines = page([
      [FULL, 72],
      ['end of one.', 72],
      [FULL, 72, 26],
      ['end of two.', 72],
      ['Indented start of three', 108],
    ]);
    expect(paragraphsOf(lines)).toEqual([`${FULL} end of one.`, `${FULL} end of two.`, 'Indented start of three']);
  });

  it('keeps a short line as its own line inside the paragraph (an address, a signature)', () => {
    expect(paragraphsOf(page([['Ref.: AL XAB 3/2023', 72], ['(Please use this reference in your reply)', 72]]))).toEqual([
      'Ref.: AL XAB 3/2023\n(Please use this reference in your reply)',
    ]);
  });

  it('measures the line spacing on wrapped lines, so a letter of short paragraphs a little apart keeps them apart', () => {
    // Three one-line paragraphs 18 pt apart outnumber the two wrapped lines 13 pt apart.
    const lines = page([
      [FULL, 72],
      ['end of one.', 72],
      ['Two, in one line.', 72, 18],
      ['Three, in one line.', 72, 18],
      ['Four, in one line.', 72, 18],
      [FULL, 72, 18],
      ['end of five.', 72],
      [FULL, 72, 18],
      ['end of six.', 72],
    ]);
    expect(paragraphsOf(lines)).toEqual([
      `${FULL} end of one.`,
      'Two, in one line.',
      'Three, in one line.',
      'Four, in one line.',
      `${FULL} end of five.`,
      `${FULL} end of six.`,
    ]);
  });

  it('starts a paragraph at each numbered item even without a gap', () => {
    expect(paragraphsOf(page([['1. Please provide information.', 72], ['2. Please explain.', 72]]))).toEqual([
      '1. Please provide information.',
      '2. Please explain.',
    ]);
  });

  it('keeps the hyphen of a compound at a line end and drops it only when the document spells the word whole', () => {
    const wrap = (first: string, next: string, elsewhere: string) =>
      paragraphsOf(page([[`${'x'.repeat(80 - first.length - 1)} ${first}`, 72], [next, 72], [elsewhere, 72, 30]]))[0]!.replace(/^x+ /, '');
    expect(wrap('gender-', 'based violence', 'no other use')).toBe('gender-based violence');
    expect(wrap('criminal-', 'ise it', 'to criminalise dissent')).toBe('criminalise it');
    expect(wrap('criminal-', 'ise it', 'to criminal-ise dissent')).toBe('criminal-ise it');
  });
});

describe('two columns side by side', () => {
  /** A run of `text` centred on `centre`. */
  const centred = (text: string, centre: number, y: number) => run(text, centre - (text.length * 5.5) / 2, y);

  it('reads two centred columns (signatures in a table) one after the other, each cell wrapped as one paragraph', () => {
    const lines = buildLines([
      centred('Ana Orvel', 180, 300),
      centred('Li Dorn', 410, 300),
      centred('Special Rapporteur on the right', 180, 280),
      centred('Independent Expert on the', 410, 280),
      centred('to food', 180, 267),
      centred('enjoyment of all human rights', 410, 267),
      centred('by older persons', 410, 254),
    ]);
    expect(paragraphsOf(lines)).toEqual([
      'Ana Orvel',
      'Special Rapporteur on the right to food',
      'Li Dorn',
      'Independent Expert on the enjoyment of all human rights by older persons',
    ]);
  });

  it('keeps the rows of a table aligned left (a list of names and dates)', () => {
    const lines = buildLines([
      run('Tamsin Hale', 72, 300),
      run('3 May 2023', 300, 300),
      run('Oskar Brenn-Valdez', 72, 287),
      run('14 June 2023', 300, 287),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['Tamsin Hale 3 May 2023', 'Oskar Brenn-Valdez 14 June 2023']);
  });
});

describe('running lines', () => {
  it('drops headers repeated on every page and lone page numbers, and keeps the text', () => {
    const pageOf = (n: number) => ({
      height: 842,
      lines: buildLines([run(`AL XAB 3/2023 page ${n}`, 72, 800), run(`Body text of page ${n}.`, 72, 600), run(String(n), 290, 40)]),
    });
    const kept = dropRunningLines([pageOf(1), pageOf(2), pageOf(3)]).map((p) => p.lines.map((l) => l.text));
    expect(kept).toEqual([['Body text of page 1.'], ['Body text of page 2.'], ['Body text of page 3.']]);
  });

  it("drops the Office's address at the foot of a one-page letter, which nothing repeats", () => {
    const lines = buildLines([
      run('Special Rapporteur on the situation of human rights defenders', 120, 300),
      run('PALAIS DES NATIONS • 1211 GENEVA 10, SWITZERLAND', 150, 60),
      run('Telephone: +41 22 917 0000 • Fax: +41 22 917 0001', 150, 48),
      run('E-mail: registry@ohchr.org', 150, 36),
    ]);
    expect(dropRunningLines([{ height: 842, lines }])[0]!.lines.map((l) => l.text)).toEqual(['Special Rapporteur on the situation of human rights defenders']);
  });
});
