/** DOCX through mammoth: Word's document to HTML, then to the text convention (html-to-text.ts). */
import mammoth from 'mammoth';
import { RapError } from '../../../domain/errors.js';
import { LIMITS } from '../../../domain/limits.js';
import { isDocx } from '../magic.js';
import { normalizeText } from '../normalize-text.js';
import type { DocumentReader, ReadDocument } from '../reader.js';
import { htmlToText } from './html-to-text.js';
import { unpackedSize } from './unpacked-size.js';
import { numberListParagraphs } from './word-numbering.js';

const MB = 1024 * 1024;

/** mammoth reports every paragraph style it has no mapping for: noise for a person. */
const STYLE_NOISE = /^Unrecognised (paragraph|run|table|character) style/i;

export const docxReader: DocumentReader = {
  name: 'docx',
  accepts: (bytes) => (isDocx(bytes) ? 100 : 0),
  async read(bytes): Promise<ReadDocument> {
    const limit = LIMITS.maxUnpackedBytes;
    if (unpackedSize(bytes, limit) > limit) {
      throw new RapError('RAP_ERR_FILE_TOO_LARGE', `the DOCX unpacks to more than ${limit / MB} MB, the most a document may hold`);
    }
    let result: { value: string; messages: Array<{ type: string; message: string }> };
    try {
      result = await mammoth.convertToHtml(
        { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
        { transformDocument: numberListParagraphs, ignoreEmptyParagraphs: true },
      );
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      throw new RapError('RAP_ERR_DOCX_BROKEN', msg.split('\n')[0]);
    }
    const warnings = [...new Set(result.messages.filter((m) => !STYLE_NOISE.test(m.message)).map((m) => m.message))];
    return { text: normalizeText(htmlToText(result.value)), format: 'docx', pages: null, encoding: null, warnings };
  },
};
