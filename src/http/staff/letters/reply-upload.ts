/**
 * The reply form's body: multipart when a file comes with it (the form's own encoding), or
 * urlencoded when only text is sent. Fields are read as text; the one file is `file`.
 */
import type { FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../domain/case-event.js';
import { UPLOAD_LIMITS } from '../../../domain/uploads.js';
import { formatBytes } from '../../../extract/readers/format-bytes.js';
import type { UploadedFile } from '../../../services/staff-files.js';

export const REPLY_FIELDS = ['date', 'sender', 'language', 'text'] as const;

export interface ReplyUpload {
  values: Record<string, string>;
  file: UploadedFile | null;
}

/** The form as sent, or the problem that kept it from being read (with its status). */
export async function readReplyUpload(req: FastifyRequest): Promise<ReplyUpload | { errors: FieldErrors; status: number; values: Record<string, string> }> {
  const values: Record<string, string> = {};
  if (!req.isMultipart()) {
    const body = (req.body ?? {}) as Record<string, unknown>;
    for (const k of REPLY_FIELDS) values[k] = typeof body[k] === 'string' ? body[k] : '';
    return { values, file: null };
  }
  let file: UploadedFile | null = null;
  let reading = '';
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        reading = part.filename;
        const bytes = await part.toBuffer();
        if (part.fieldname === 'file' && !file && part.filename && bytes.length > 0) file = { fileName: part.filename, bytes };
      } else if ((REPLY_FIELDS as readonly string[]).includes(part.fieldname) && typeof part.value === 'string') {
        if (part.valueTruncated) return { errors: { [part.fieldname]: 'This field is too long to send with the form: attach the reply as a file instead.' }, status: 400, values };
        values[part.fieldname] = part.value;
      }
    }
  } catch (e) {
    const status = (e as { statusCode?: number }).statusCode;
    if (status === 413) {
      const what = reading ? `${reading.slice(0, 120)} is` : 'The file is';
      return { errors: { file: `${what} larger than the limit of ${formatBytes(UPLOAD_LIMITS.fileBytes)}. Nothing was stored.` }, status: 413, values };
    }
    if (status && status < 500) return { errors: { file: 'The form could not be read: send it again with one file at most.' }, status: 400, values };
    throw e;
  }
  return { values, file };
}
