/** Plain text, passed through as written once decoded. */
import { normalizeText } from '../normalize-text.js';
import type { DocumentReader } from '../reader.js';
import { decodeText, looksLikeText } from './decode-text.js';

export const TEXT_SCORE = 10;

export const textReader: DocumentReader = {
  name: 'text',
  accepts: (bytes) => (looksLikeText(bytes) ? TEXT_SCORE : 0),
  async read(bytes) {
    const { text, encoding } = decodeText(bytes);
    return { text: normalizeText(text), format: 'text', pages: null, encoding, warnings: [] };
  },
};
