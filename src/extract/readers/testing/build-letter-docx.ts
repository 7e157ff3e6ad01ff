/**
 * The sample letter as a DOCX made with the `docx` package, the way Word writes it: real list
 * numbering for the questions (the numbers are not in the text), bold runs, a footnote, headings
 * for the annex and a small table.
 */
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { SAMPLE_LETTER as L } from './sample-letter.js';

export async function buildLetterDocx(): Promise<Uint8Array> {
  const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'questions',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    footnotes: { 1: { children: [p(L.footnote)] } },
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: L.header, bold: true })] }),
          new Paragraph({ children: [new TextRun(L.reference), new TextRun({ text: L.referenceNote, break: 1 })] }),
          p(L.date),
          p(L.salutation),
          p(L.capacity),
          new Paragraph({
            children: [new TextRun(L.personBefore), new TextRun({ text: L.personName, bold: true }), new TextRun(L.personAfter)],
          }),
          new Paragraph({ children: [new TextRun(L.cooperative), new FootnoteReferenceRun(1)] }),
          p(L.informationReceived),
          p(L.facts),
          p(L.concern),
          p(L.questionsIntro),
          ...L.questions.map((q) => new Paragraph({ numbering: { reference: 'questions', level: 0 }, children: [new TextRun(q)] })),
          p(L.deadline),
          p(L.closing),
          ...L.signatories.flatMap((s) => [p(s.name), p(s.title)]),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(L.annexTitle)] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(L.annexSubtitle)] }),
          p(L.annex),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [p('Instrument')] }), new TableCell({ children: [p('Date')] })] }),
              new TableRow({ children: [new TableCell({ children: [p('ICCPR')] }), new TableCell({ children: [p('4 May 1998')] })] }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
