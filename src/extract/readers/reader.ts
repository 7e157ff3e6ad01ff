/**
 * The contract every document reader meets. Readers are chosen by content: each one scores how
 * well it can read the bytes (0 = not at all) and the highest score wins; the file name only
 * breaks ties (a `.md` name turns plain text into markdown).
 */
import { RapError } from '../../domain/errors.js';
import { LIMITS } from '../../domain/limits.js';

export type DocumentFormat = 'text' | 'markdown' | 'pdf' | 'docx';

/**
 * A document as text, in the convention the letter extractor expects: LF line ends, NFC,
 * paragraphs separated by a blank line, `**bold**`, numbered lists as `1. text`, footnote
 * markers as `<sup>n</sup>` with the notes after a `---` line, pages separated by `\f`.
 */
export interface ReadDocument {
  text: string;
  format: DocumentFormat;
  /** Number of pages where the format has pages (PDF), null otherwise. */
  pages: number | null;
  /** The character encoding the text was decoded from (plain text and markdown), null otherwise. */
  encoding: string | null;
  /** What the reader noticed but could work around, in words for a person. */
  warnings: string[];
}

/** What a reader may know besides the bytes. Read-only: readers share nothing. */
export interface ReadContext {
  readonly fileName: string;
}

export interface DocumentReader {
  readonly name: string;
  /** How well this reader can read these bytes: 0 = not at all; the highest score is chosen. */
  accepts(bytes: Uint8Array, fileName: string): number;
  read(bytes: Uint8Array, ctx: ReadContext): Promise<ReadDocument>;
}

/**
 * Refuses a document that unpacks to more than a document may hold (a "zip bomb"), before its
 * library unpacks it: `unpacked(limit)` measures what `what` unpack to, stopping past the limit.
 */
export function refuseOverUnpacked(what: string, unpacked: (limit: number) => number): void {
  const limit = LIMITS.maxUnpackedBytes;
  if (unpacked(limit) > limit) {
    throw new RapError('RAP_ERR_FILE_TOO_LARGE', `${what} to more than ${limit / (1024 * 1024)} MB, the most a document may hold`);
  }
}
