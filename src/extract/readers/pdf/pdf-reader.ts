/**
 * PDF: text runs → lines → running lines dropped → footnotes set apart → paragraphs; pages joined
 * by `\f`, a paragraph that a page break cut in two joined again on the page where it starts.
 */
import { RapError } from '../../../domain/errors.js';
import { isPdf } from '../magic.js';
import { renderSegments } from '../marked-text.js';
import { normalizeText } from '../normalize-text.js';
import { refuseOverUnpacked, type DocumentReader, type ReadDocument } from '../reader.js';
import { buildLines, type Line } from './lines.js';
import { loadPdfPages } from './load-pdf-pages.js';
import { buildParagraphs, measureLayout } from './paragraphs.js';
import { dropRunningLines } from './running-lines.js';
import { markGluedMarkers, noteNumbers, splitFootnotes } from './footnotes.js';
import { inflatedStreamBytes } from './unpacked-streams.js';

/** Fewer letters than this in the whole document: a scan with at most a stray stamp of text. */
const MIN_TEXT_CHARS = 20;

export const pdfReader: DocumentReader = {
  name: 'pdf',
  accepts: (bytes) => (isPdf(bytes) ? 100 : 0),
  async read(bytes): Promise<ReadDocument> {
    refuseOverUnpacked("the PDF's compressed text and fonts unpack", (limit) => inflatedStreamBytes(bytes, limit));
    const pages = await loadPdfPages(bytes);
    const warnings: string[] = [];
    const chars = pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.text.trim().length, 0), 0);
    if (chars < MIN_TEXT_CHARS) {
      throw new RapError('RAP_ERR_PDF_NO_TEXT', `${pages.length} page(s) and ${chars} characters of text`);
    }
    const blank = pages.filter((p) => p.runs.length === 0).map((p) => p.number);
    if (blank.length) warnings.push(`page${blank.length > 1 ? 's' : ''} ${blank.join(', ')} ha${blank.length > 1 ? 've' : 's'} no text layer (scanned?): their text is missing`);

    const laidOut = dropRunningLines(pages.map((p) => ({ height: p.height, lines: buildLines(p.runs) })));
    const allLines: Line[] = laidOut.flatMap((p) => p.lines);
    const layout = measureLayout(allLines, laidOut.map((p) => p.lines));
    const pageTexts = laidOut.map((page) => {
      const { body, notes } = splitFootnotes(page.lines, layout);
      const paragraphs = buildParagraphs(body, layout);
      markGluedMarkers(paragraphs, noteNumbers(notes));
      return { body: blocksOf(paragraphs), notes: blocksOf(notes) };
    });
    joinCutParagraphs(pageTexts);
    const text = pageTexts
      .map(({ body, notes }) => (notes.length ? [...body, '---', ...notes] : body).join('\n\n'))
      .join('\n\f\n');
    return { text: normalizeText(text), format: 'pdf', pages: pages.length, encoding: null, warnings };
  },
};

/** Paragraphs (or notes) as the text's blocks, empty ones left out. */
const blocksOf = (paragraphs: ReadonlyArray<Parameters<typeof renderSegments>[0]>): string[] =>
  paragraphs.map(renderSegments).map((b) => b.trim()).filter(Boolean);

/** What ends a paragraph on purpose: a stop, a colon, a closing quote or bracket. */
const ENDS_PARAGRAPH = /[.:;!?…"”»)\]*]$/u;

/**
 * A page's last paragraph that stops mid-sentence, when the next page goes on in lower case, is
 * one paragraph: the rest is moved up to the page where it starts (before that page's notes).
 */
export function joinCutParagraphs(pages: Array<{ body: string[] }>): void {
  for (let i = 0; i + 1 < pages.length; i++) {
    const here = pages[i]!.body;
    const next = pages[i + 1]!.body;
    const last = here[here.length - 1];
    const first = next[0];
    if (last === undefined || first === undefined || ENDS_PARAGRAPH.test(last) || !/^\p{Ll}/u.test(first)) continue;
    here[here.length - 1] = /\p{L}-$/u.test(last) ? `${last}${first}` : `${last} ${first}`;
    next.shift();
  }
}
