/**
 * Any document to text: the readers score the bytes, the best one reads them. Bounds and empty
 * or binary input are checked here once, for every format.
 */
import { LIMITS } from '../../domain/limits.js';
import { RapError } from '../../domain/errors.js';
import { docxReader } from './docx/docx-reader.js';
import { pdfReader } from './pdf/pdf-reader.js';
import type { DocumentReader, ReadDocument } from './reader.js';
import { markdownReader } from './text/markdown-reader.js';
import { textReader } from './text/text-reader.js';
import { unsupportedReader } from './unsupported-reader.js';
import { formatBytes } from './format-bytes.js';

export type { DocumentFormat, ReadDocument } from './reader.js';

export const READERS: readonly DocumentReader[] = [pdfReader, docxReader, unsupportedReader, markdownReader, textReader];

/** The reader with the highest score for these bytes, or null when none can read them. */
export function chooseReader(bytes: Uint8Array, fileName: string, readers: readonly DocumentReader[] = READERS): DocumentReader | null {
  let best: DocumentReader | null = null;
  let bestScore = 0;
  for (const reader of readers) {
    const score = reader.accepts(bytes, fileName);
    if (score > bestScore) [best, bestScore] = [reader, score];
  }
  return best;
}

export async function readDocument(bytes: Uint8Array, fileName: string): Promise<ReadDocument> {
  if (bytes.length === 0) throw new RapError('RAP_ERR_EMPTY_FILE', '0 bytes');
  if (bytes.length > LIMITS.maxFileBytes) {
    throw new RapError('RAP_ERR_FILE_TOO_LARGE', `${formatBytes(bytes.length)}; the limit is ${formatBytes(LIMITS.maxFileBytes)}`);
  }
  const reader = chooseReader(bytes, fileName);
  if (!reader) throw new RapError('RAP_ERR_BINARY_FILE', 'it holds NUL bytes or control characters where a text would have letters');
  const doc = await reader.read(bytes, { fileName });
  if (doc.text.length > LIMITS.maxTextChars) {
    throw new RapError(
      'RAP_ERR_TEXT_TOO_LONG',
      `${doc.text.length.toLocaleString('en')} characters; the limit is ${LIMITS.maxTextChars.toLocaleString('en')}`,
    );
  }
  if (!doc.text.trim()) throw new RapError('RAP_ERR_EMPTY_FILE', `the ${doc.format} document holds only white space`);
  return doc;
}
