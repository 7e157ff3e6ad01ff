/**
 * One file to one interchange record: check the file, read it as a document, extract the letter,
 * and say where the record came from. Every failure is a RapError placed at the file.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Communication } from '../domain/communication.js';
import { isRapError, RapError } from '../domain/errors.js';
import { LIMITS } from '../domain/limits.js';
import { extractDocument } from '../extract/extract.js';
import { formatBytes } from '../extract/readers/format-bytes.js';
import { readDocument } from '../extract/readers/read-document.js';

/** The letter extractor's signature (src/extract/extract.ts): pure, text in, record out. */
export type ExtractDocument = (text: string, options?: { fileName?: string }) => Communication;

export interface ExtractFileOptions {
  /** The extractor to use; the project's own by default. Tests pass their own. */
  extract?: ExtractDocument;
}

/** The record of the document at `path`, with `source` and the document `text` set. */
export async function extractFile(path: string, options: ExtractFileOptions = {}): Promise<Communication> {
  return extractFileBytes(path, readFileForExtraction(path), options);
}

/**
 * The file's bytes, read as `extractFile` reads them: the size is checked first, a failure is a
 * RapError placed at the file. An extraction worker starts this as soon as a file is handed to
 * it, so the file is read while the worker is still busy with the one before.
 */
export async function readFileForExtraction(path: string): Promise<Uint8Array> {
  try {
    return await readFileWithinLimit(path);
  } catch (e) {
    if (isRapError(e)) throw e.at({ file: path });
    throw e;
  }
}

/** `extractFile` once the bytes are being read (`readFileForExtraction`). */
export async function extractFileBytes(path: string, reading: Promise<Uint8Array>, options: ExtractFileOptions = {}): Promise<Communication> {
  const bytes = await reading;
  try {
    const fileName = basename(path);
    const doc = await readDocument(bytes, fileName);
    const extract = options.extract ?? extractDocument;
    const record = extract(doc.text, { fileName });
    const warnings = [...(record.warnings ?? []), ...doc.warnings];
    return {
      ...record,
      ...(warnings.length ? { warnings } : {}),
      // The name only: a record travels (exports, the public API) and a local path says too much.
      source: { file: fileName, sha256: sha256(bytes), format: doc.format, pages: doc.pages },
      text: doc.text,
    };
  } catch (e) {
    if (isRapError(e)) throw e.at({ file: path });
    throw e;
  }
}

/** Size is checked before reading: a 2 GB file is refused without being loaded. */
async function readFileWithinLimit(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new RapError('RAP_ERR_READ', 'it is a directory, not a file');
    if (!info.isFile()) throw new RapError('RAP_ERR_READ', 'it is not a regular file');
    if (info.size > LIMITS.maxFileBytes) {
      throw new RapError('RAP_ERR_FILE_TOO_LARGE', `${formatBytes(info.size)}; the limit is ${formatBytes(LIMITS.maxFileBytes)}`);
    }
    return new Uint8Array(await readFile(path));
  } catch (e) {
    if (isRapError(e)) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new RapError('RAP_ERR_NOT_FOUND', 'no such file');
    if (code === 'EACCES' || code === 'EPERM') throw new RapError('RAP_ERR_READ', 'permission denied');
    if (code === 'EISDIR') throw new RapError('RAP_ERR_READ', 'it is a directory, not a file');
    throw new RapError('RAP_ERR_READ', e instanceof Error ? e.message.split('\n')[0] : String(e));
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
