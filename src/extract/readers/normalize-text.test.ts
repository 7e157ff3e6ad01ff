import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text.js';

describe('normalizeText', () => {
  it('writes ligatures as their letters, line ends as LF and accents composed', () => {
    expect(normalizeText('\ufeffShe \ufb01led it at the O\ufb03ce.\r\nCafe\u0301\r')).toBe('She filed it at the Office.\nCafé\n');
  });
});
