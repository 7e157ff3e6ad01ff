/**
 * Every message a user sees comes from here, behind a stable code, so that the CLI, the API
 * and the tests speak of the same failure in the same words. A RapError is an expected failure
 * (bad input, a lock held, a record not found): it is printed as one line, never as a stack.
 */
export const ERROR_CODES = {
  RAP_ERR_EMPTY_FILE: 'the file is empty',
  RAP_ERR_BINARY_FILE: 'the file is binary, not a text, PDF or DOCX document',
  RAP_ERR_UNSUPPORTED_FORMAT: 'the file format is not supported',
  RAP_ERR_FILE_TOO_LARGE: 'the file is larger than the limit',
  RAP_ERR_PDF_ENCRYPTED: 'the PDF is encrypted',
  RAP_ERR_PDF_BROKEN: 'the PDF is damaged or truncated',
  RAP_ERR_PDF_NO_TEXT: 'the PDF has no text layer (a scan needs OCR first)',
  RAP_ERR_DOCX_BROKEN: 'the DOCX file is damaged',
  RAP_ERR_ENCODING: 'the text encoding could not be recognised',
  RAP_ERR_NO_REFERENCE: 'the letter has no reference number',
  RAP_ERR_UNKNOWN_RECIPIENT: 'the reference names an unknown recipient code',
  RAP_ERR_BAD_REFERENCE: 'the reference is not of the form TYPE CODE n/YYYY',
  RAP_ERR_BAD_RECORD: 'the record does not match the interchange schema',
  RAP_ERR_NOT_FOUND: 'not found',
  RAP_ERR_DATA_LOCKED: 'the data directory is in use by another process',
  RAP_ERR_DATABASE: 'the database could not be opened',
  RAP_ERR_READ: 'the file could not be read',
  RAP_ERR_FILE_CHANGED: 'the file changed while it was being imported',
  RAP_ERR_USAGE: 'the command was not used correctly',
  RAP_ERR_TEXT_TOO_LONG: 'the document text is longer than the limit',
  RAP_ERR_KEY: 'the encryption key is missing or not usable',
  RAP_ERR_SEALED: 'a confidential value could not be opened',
  RAP_ERR_INVALID: 'the input is not valid',
  RAP_ERR_FORBIDDEN: 'this account may not do that',
  RAP_ERR_CONFLICT: 'the record changed or already exists',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Where in the input a problem lies: as precise as the reader knows. */
export interface ErrorLocation {
  file?: string;
  line?: number;
  field?: string;
}

export class RapError extends Error {
  readonly code: ErrorCode;
  readonly detail: string | undefined;
  readonly location: ErrorLocation;

  constructor(code: ErrorCode, detail?: string, location: ErrorLocation = {}) {
    super(detail ? `${ERROR_CODES[code]}: ${detail}` : ERROR_CODES[code]);
    this.name = 'RapError';
    this.code = code;
    this.detail = detail;
    this.location = location;
  }

  /** The same error, placed: fields already known are kept. */
  at(location: ErrorLocation): RapError {
    return new RapError(this.code, this.detail, { ...location, ...this.location });
  }

  /** One line for a person: `file:line (field): message [CODE]`. */
  toLine(): string {
    const { file, line, field } = this.location;
    const place = file ? (line ? `${file}:${line}` : file) : undefined;
    const where = [place, field && `(${field})`].filter(Boolean).join(' ');
    return `${where ? `${where}: ` : ''}${this.message} [${this.code}]`;
  }
}

export function isRapError(e: unknown): e is RapError {
  return e instanceof RapError;
}

/** The one line to show for any failure; an unexpected error keeps its first line, never its stack. */
export function describeError(e: unknown, file?: string): string {
  if (isRapError(e)) return (file ? e.at({ file }) : e).toLine();
  const msg = e instanceof Error ? e.message : String(e);
  return `${file ? `${file}: ` : ''}${msg.split('\n')[0]}`;
}
