/**
 * The submission form's body, read whole: its fields, and its files buffered within the limits
 * of UPLOAD_LIMITS. A file past a limit is not kept, but the rest of the body is still read, so
 * that the form can come back with what was typed and the error. Empty file inputs (nothing
 * chosen) are skipped.
 */
import type { FastifyRequest } from 'fastify';
import { UPLOAD_LIMITS } from '../../domain/uploads.js';
import type { UploadedFile } from '../../services/staff-files.js';

export type UploadProblem =
  | { kind: 'file-too-large'; fileName: string }
  | { kind: 'total-too-large' }
  | { kind: 'too-many-files' };

export interface ReadForm {
  /** The first value of each field. */
  fields: Map<string, string>;
  files: UploadedFile[];
  problem: UploadProblem | null;
  /** The body could not be parsed as a form at all. */
  malformed: boolean;
}

/**
 * Larger than the longest field may be (20,000 characters of three-byte letters, line breaks as
 * CRLF): a value cut at this size is still longer than any limit, and validation says so.
 */
const FIELD_BYTES = 128 * 1024;

/**
 * `throwFileSizeLimit: false`: a file over the limit is cut and marked `truncated` rather than
 * failing the whole body, so that the error can name it. (The plugin reads the option in
 * `parts()`; its types list it only for `file()`.)
 */
const PARTS_OPTIONS = { limits: { fieldSize: FIELD_BYTES }, throwFileSizeLimit: false } as Parameters<FastifyRequest['parts']>[0];

interface MultipartLimitError {
  code?: string;
}

export async function readForm(req: FastifyRequest): Promise<ReadForm> {
  const form: ReadForm = { fields: new Map(), files: [], problem: null, malformed: false };
  if (!req.isMultipart()) {
    const body = req.body;
    if (body && typeof body === 'object') {
      for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
        const first = Array.isArray(value) ? value[0] : value;
        if (typeof first === 'string' && !form.fields.has(name)) form.fields.set(name, first);
      }
    }
    return form;
  }
  let total = 0;
  try {
    for await (const part of req.parts(PARTS_OPTIONS)) {
      if (part.type === 'field') {
        if (typeof part.value === 'string' && !form.fields.has(part.fieldname)) form.fields.set(part.fieldname, part.value);
        continue;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of part.file as AsyncIterable<Buffer>) {
        size += chunk.length;
        total += chunk.length;
        if (!form.problem && total <= UPLOAD_LIMITS.totalBytes) chunks.push(chunk);
      }
      if (size === 0 && !part.filename) continue;
      if (form.problem) continue;
      if (part.file.truncated || size > UPLOAD_LIMITS.fileBytes) form.problem = { kind: 'file-too-large', fileName: part.filename };
      else if (total > UPLOAD_LIMITS.totalBytes) form.problem = { kind: 'total-too-large' };
      else form.files.push({ fileName: part.filename, bytes: Buffer.concat(chunks) });
    }
  } catch (e) {
    const code = (e as MultipartLimitError).code;
    if (code === 'FST_FILES_LIMIT') form.problem ??= { kind: 'too-many-files' };
    else if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') form.malformed = true;
    else if (code === 'FST_REQ_FILE_TOO_LARGE') form.problem ??= { kind: 'total-too-large' };
    else form.malformed = true;
  }
  if (form.problem) form.files = [];
  return form;
}
