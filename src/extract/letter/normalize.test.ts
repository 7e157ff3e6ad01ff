import { describe, expect, it } from 'vitest';
import { plain, plainParts, toParagraphs } from './normalize.js';

describe('toParagraphs', () => {
  it('joins hard-wrapped lines and keeps bold markers', () => {
    expect(toParagraphs('**Mandates of the Special Rapporteur on X;\nthe Working Group on Y**\n\nRef.: AL XAB 1/2024')).toEqual([
      '**Mandates of the Special Rapporteur on X; the Working Group on Y**',
      'Ref.: AL XAB 1/2024',
    ]);
  });

  it('removes footnote markers, links, the page break and its footnote block, and rejoins the cut paragraph', () => {
    const text = 'On 2 May 2023 she was held without<sup>1</sup> access to a\nlawyer for ten\n\n---\n\n<sup>1</sup> <https://example.org>\n\n2\n\ndays, see the [website](#).';
    expect(toParagraphs(text)).toEqual(['On 2 May 2023 she was held without access to a lawyer for ten days, see the website.']);
  });

  it('drops numbered footnotes at the foot of a PDF page and the page number', () => {
    const text = 'Le 3 mars 2023, M. Ferrandel a été arrêté et conduit\n1 Voir A/HRC/45/16.\n2 Ibid.\n- 2 -\n\fau poste de police central.';
    expect(toParagraphs(text)).toEqual(['Le 3 mars 2023, M. Ferrandel a été arrêté et conduit au poste de police central.']);
    const notes: string[] = [];
    toParagraphs(text, notes);
    expect(notes).toEqual(['1 Voir A/HRC/45/16.', '2 Ibid.']);
    const marked: string[] = [];
    toParagraphs('Held.<sup>1</sup>\n\n---\n\n<sup>1</sup> See the [report](https://example.org),\nA/HRC/47/38.\n\nNext paragraph.', marked);
    expect(marked).toEqual(['See the report, A/HRC/47/38.']);
  });

  it('keeps the rows of a table on lines of their own, and joins the lines of a wrapped paragraph', () => {
    expect(toParagraphs('Ana Orvel Special Rapporteur on X | Li Dorn Special Rapporteur on Y\nTeo Marsh Chair of Z |\n\nA paragraph\nwrapped once.')).toEqual([
      'Ana Orvel Special Rapporteur on X | Li Dorn Special Rapporteur on Y\nTeo Marsh Chair of Z |',
      'A paragraph wrapped once.',
    ]);
  });

  it('keeps each numbered question apart', () => {
    expect(toParagraphs('las cuestiones siguientes:\n1. Sírvase proporcionar\ninformación.\n2. Sírvase indicar.')).toEqual([
      'las cuestiones siguientes:',
      '1. Sírvase proporcionar información.',
      '2. Sírvase indicar.',
    ]);
  });

  it('splits PDF text that has no blank lines at the reference, the date and the salutation', () => {
    const pdf = 'Mandates of the Special Rapporteur on the situation of human rights defenders\nRef.: AL XAC 2/2021\n(Please use this reference in your reply)\n4 May 2021\nExcellency,\nWe have the honour to address you.';
    expect(toParagraphs(pdf)).toEqual([
      'Mandates of the Special Rapporteur on the situation of human rights defenders',
      'Ref.: AL XAC 2/2021',
      '(Please use this reference in your reply)',
      '4 May 2021',
      'Excellency,',
      'We have the honour to address you.',
    ]);
  });

  it('reads each line as a paragraph when lines were never wrapped and no blank line parts them, joining a wrapped heading', () => {
    const sentence = 'On 3 May 2022 the police dispersed the strike of the teachers in front of the Ministry of Education in the capital, '
      + 'and arrested twelve members of the union, among them its deputy chair';
    const text = [
      'Mandates of the Special Rapporteur on the right to food;',
      'the Independent Expert on the enjoyment of all human rights by older persons',
      'Excellency,',
      `${sentence} who had gathered there.`,
      `${sentence} after the speeches.`,
      '<sup>1</sup> A footnote that a page break left here.',
      `${sentence} before noon.`,
    ].join('\n');
    expect(toParagraphs(text)).toEqual([
      'Mandates of the Special Rapporteur on the right to food; the Independent Expert on the enjoyment of all human rights by older persons',
      'Excellency,',
      `${sentence} who had gathered there.`,
      `${sentence} after the speeches.`,
      `${sentence} before noon.`,
    ]);
  });

  it('collapses runs of spaces inside a line, in plain lines and where markup was taken out', () => {
    expect(toParagraphs('Ms. Ilka  Moravec was held\nin   XAB.\n\nHeld without<sup>2</sup> <sup>3</sup> charge.\n\nNo run here.')).toEqual([
      'Ms. Ilka Moravec was held in XAB.',
      'Held without charge.',
      'No run here.',
    ]);
  });

  it('gives the same paragraphs for a text with a wider character, Latin-1 lines and a letter whose low byte is a line break', () => {
    const text = 'Señora Núñez\n\nl\u2019homme \u010a here\nthen «XAB»\r\nand ¿qué?\n\nLast line é.';
    expect(toParagraphs(text)).toEqual(['Señora Núñez', 'l\u2019homme \u010a here then «XAB» and ¿qué?', 'Last line é.']);
  });

  it('plain() takes the bold markers away', () => {
    expect(plain('Ms. **Orla Vantrees** is')).toBe('Ms. Orla Vantrees is');
  });
});

// Hostile files: each of these took from half a minute to hours before (a scan or a copy of the
// whole line or paragraph at each step), holding up an import. They are linear now: a generous
// timeout (they take well under a second) is what tells a hang from an answer.
const HANG = 5_000;
describe('toParagraphs on hostile text', () => {
  it('reads a block of 200,000 one-word lines as one paragraph', () => {
    const paragraphs = toParagraphs('a\n'.repeat(200_000));
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]!.length).toBe(2 * 200_000 - 1);
  }, HANG);
  it('reads a line of 100,000 opening brackets and parentheses, keeping them', () => {
    const line = `${'['.repeat(100_000)}${'('.repeat(100_000)}`;
    expect(toParagraphs(line)).toEqual([line]);
    expect(toParagraphs('See [the report](https://example.org/r) and <b>this</b>.')).toEqual(['See the report and this.']);
  }, HANG);
  it('stops joining paragraphs across blank lines once one is longer than any real paragraph', () => {
    const paragraphs = toParagraphs('a\n\n'.repeat(100_000));
    expect(paragraphs.length).toBeGreaterThan(1);
    expect(paragraphs.join(' ')).toBe(Array(100_000).fill('a').join(' '));
  }, HANG);
});

describe('plainParts', () => {
  it('gives each paragraph\'s plain form when their join is the plain form of the joined text', () => {
    const paragraphs = ['**Ms. Ilka Moravec**', 'Ref.: AL XAB 1/2024'];
    expect(plainParts(paragraphs)).toEqual(['Ms. Ilka Moravec', 'Ref.: AL XAB 1/2024']);
    expect(plainParts(paragraphs).join('\n')).toBe(plain(paragraphs.join('\n')));
  });

  it('gives the joined text\'s plain form alone when a paragraph would join runs of white space', () => {
    for (const paragraphs of [['a', '', 'b'], ['a ', 'b'], ['**  a**', 'b']]) {
      expect(plainParts(paragraphs)).toEqual([plain(paragraphs.join('\n'))]);
    }
  });
});
