/**
 * Formats we recognise but do not read. Recognising them is worth a reader of its own: a person
 * who drops a Word 97 file or a photo of a letter learns what to do instead of reading
 * "binary file".
 */
import { RapError } from '../../domain/errors.js';
import { indexOfAscii, isDocx, isOle2, isRtf, isZip, knownBinaryKind } from './magic.js';
import type { DocumentReader } from './reader.js';

/** Above text (which RTF also is), below the real readers of PDF and DOCX. */
const SCORE = 50;

function refusal(bytes: Uint8Array, fileName: string): RapError | null {
  if (isOle2(bytes)) {
    if (/\.(xls|ppt|msg)$/i.test(fileName)) {
      return new RapError('RAP_ERR_UNSUPPORTED_FORMAT', 'an Office 97-2003 file (.xls, .ppt, .msg) is not a letter; save the letter as .docx or PDF');
    }
    return new RapError('RAP_ERR_UNSUPPORTED_FORMAT', 'Word 97-2003 .doc is not supported; save it as .docx or PDF');
  }
  if (isRtf(bytes)) return new RapError('RAP_ERR_UNSUPPORTED_FORMAT', 'RTF is not supported; save it as .docx or PDF');
  if (isZip(bytes) && !isDocx(bytes)) {
    if (indexOfAscii(bytes, 'application/vnd.oasis.opendocument', 0, 200) >= 0) {
      return new RapError('RAP_ERR_UNSUPPORTED_FORMAT', 'OpenDocument (.odt) is not supported; save it as .docx or PDF');
    }
    return new RapError('RAP_ERR_UNSUPPORTED_FORMAT', 'a ZIP archive that is not a Word document; unpack it and extract its files one by one');
  }
  const kind = knownBinaryKind(bytes);
  if (kind) {
    const hint = kind.includes('image') ? ' (a scan needs OCR first; save the letter as PDF with text or as .docx)' : '';
    return new RapError('RAP_ERR_BINARY_FILE', `it is ${kind}${hint}`);
  }
  return null;
}

export const unsupportedReader: DocumentReader = {
  name: 'unsupported',
  accepts: (bytes, fileName) => (refusal(bytes, fileName) ? SCORE : 0),
  async read(bytes, ctx) {
    throw refusal(bytes, ctx.fileName) ?? new RapError('RAP_ERR_UNSUPPORTED_FORMAT');
  },
};
