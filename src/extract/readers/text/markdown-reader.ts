/**
 * Markdown is text too: the content cannot tell the two apart reliably, so the name decides
 * (`.md`, `.markdown`) and the text is passed through as written, its markup kept.
 */
import { normalizeText } from '../normalize-text.js';
import type { DocumentReader } from '../reader.js';
import { decodeText, looksLikeText } from './decode-text.js';
import { TEXT_SCORE } from './text-reader.js';

const MARKDOWN_NAME = /\.(md|markdown|mdown|mkd)$/i;

export const markdownReader: DocumentReader = {
  name: 'markdown',
  accepts: (bytes, fileName) => (MARKDOWN_NAME.test(fileName) && looksLikeText(bytes) ? TEXT_SCORE + 1 : 0),
  async read(bytes) {
    const { text, encoding } = decodeText(bytes);
    return { text: normalizeText(text), format: 'markdown', pages: null, encoding, warnings: [] };
  },
};
