/** DOCX through mammoth: Word's document to HTML, then to the text convention (html-to-text.ts). */
import mammoth from 'mammoth';
import { RapError } from '../../../domain/errors.js';
import { isDocx } from '../magic.js';
import { normalizeText } from '../normalize-text.js';
import { refuseOverUnpacked, type DocumentReader, type ReadDocument } from '../reader.js';
import { htmlToText } from './html-to-text.js';
import { unpackedSize } from './unpacked-size.js';
import { numberListParagraphs } from './word-numbering.js';

/** mammoth reports every paragraph style it has no mapping for: noise for a person. */
const STYLE_NOISE = /^Unrecognised (paragraph|run|table|character) style/i;

export const docxReader: DocumentReader = {
  name: 'docx',
  accepts: (bytes) => (isDocx(bytes) ? 100 : 0),
  async read(bytes): Promise<ReadDocument> {
    refuseOverUnpacked('the DOCX unpacks', (limit) => unpackedSize(bytes, limit));
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
