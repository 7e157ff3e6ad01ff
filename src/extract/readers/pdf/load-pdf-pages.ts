/**
 * Opening a PDF with pdf.js (through unpdf) and taking out its text runs with their place, size
 * and weight. pdf.js failures become the catalogue's errors here, and nowhere else.
 */
import { getDocumentProxy } from 'unpdf';
import { RapError } from '../../../domain/errors.js';
import { lastIndexOfAscii } from '../magic.js';
import { ensureArrayBufferTransfer } from './array-buffer-transfer.js';
import type { PdfPage, TextRun } from './text-runs.js';

/** pdf.js `VerbosityLevel.ERRORS`: it must never write warnings to a user's console. */
const PDFJS_ERRORS_ONLY = 0;

/** Subset prefixes (`ABCDEF+Arial-BoldMT`) aside, these words name a heavy face. */
const BOLD_FONT_NAME = /bold|black|heavy|demi/i;

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;
type PdfPageProxy = Awaited<ReturnType<PdfDocument['getPage']>>;

export async function loadPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  // A truncated download still parses (pdf.js rebuilds what it can) and would give half a letter.
  if (lastIndexOfAscii(bytes, '%%EOF', 4096) < 0) {
    throw new RapError('RAP_ERR_PDF_BROKEN', 'the file ends before the PDF end marker (%%EOF): it is truncated');
  }
  ensureArrayBufferTransfer();
  const pdf = await open(bytes);
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) pages.push(await readPage(pdf, n));
    return pages;
  } catch (e) {
    throw e instanceof RapError ? e : new RapError('RAP_ERR_PDF_BROKEN', firstLine(e));
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

async function open(bytes: Uint8Array): Promise<PdfDocument> {
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: give it a copy.
    return await getDocumentProxy(bytes.slice(), { verbosity: PDFJS_ERRORS_ONLY, stopAtErrors: false });
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException') {
      throw new RapError('RAP_ERR_PDF_ENCRYPTED', 'it needs a password to open; save an unprotected copy');
    }
    throw new RapError('RAP_ERR_PDF_BROKEN', firstLine(e));
  }
}

async function readPage(pdf: PdfDocument, number: number): Promise<PdfPage> {
  const page = await pdf.getPage(number);
  const [, , width, height] = page.view as [number, number, number, number];
  const content = await page.getTextContent();
  const boldFonts = await boldFontNames(page, Object.keys(content.styles));
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || !item.str.trim()) continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    // Rotated text (stamps, margin notes) is not part of the letter's flow.
    if (Math.abs(b ?? 0) > 0.01 || Math.abs(c ?? 0) > 0.01) continue;
    runs.push({
      text: item.str,
      x: e ?? 0,
      y: f ?? 0,
      width: item.width,
      size: Math.abs(d ?? a ?? 0) || item.height,
      bold: boldFonts.has(item.fontName),
    });
  }
  page.cleanup();
  return { number, width, height, runs };
}

/**
 * pdf.js tells the real font (`Helvetica-Bold`) only once it has built the page's operator list;
 * the text content names fonts by an internal id. Without it the text is still right, only
 * unmarked, so a failure here costs the bold and nothing else.
 */
async function boldFontNames(page: PdfPageProxy, ids: string[]): Promise<Set<string>> {
  const bold = new Set<string>();
  try {
    await page.getOperatorList();
  } catch {
    return bold;
  }
  for (const id of ids) {
    if (!page.commonObjs.has(id)) continue;
    const font = page.commonObjs.get(id) as { name?: string; bold?: boolean; black?: boolean } | null;
    const name = (font?.name ?? '').replace(/^[A-Z]{6}\+/, '');
    if (font?.bold || font?.black || BOLD_FONT_NAME.test(name)) bold.add(id);
  }
  return bold;
}

function firstLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n')[0] ?? msg;
}
