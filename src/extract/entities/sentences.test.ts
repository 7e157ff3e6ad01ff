import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('does not end a sentence after an abbreviation, an initial or a dotted acronym', () => {
    const text = 'Ms. Ilka Moravec met J. Doe in the U.S. Embassy. She left. Then XAB officials arrived.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Ms. Ilka Moravec met J. Doe in the U.S. Embassy.',
      'She left.',
      'Then XAB officials arrived.',
    ]);
  });

  it('ends a sentence after a word of one small letter, and reads initials beyond ASCII', () => {
    expect(splitSentences('He wrote plan b. Then he left.').map((s) => s.text)).toEqual(['He wrote plan b.', 'Then he left.']);
    expect(splitSentences('She met É. Varga there.').map((s) => s.text)).toEqual(['She met É. Varga there.']);
  });

  it('ends a sentence after a company\'s legal form, but not between two of them', () => {
    expect(splitSentences('Guards employed by Coldmere Mining Ltd. threatened him. On 2 May 2023, the radio was raided by Vantor Co. Ltd. staff.').map((s) => s.text)).toEqual([
      'Guards employed by Coldmere Mining Ltd. threatened him.',
      'On 2 May 2023, the radio was raided by Vantor Co. Ltd. staff.',
    ]);
    expect(splitSentences('He worked for Orbis Inc. The company denied it.').map((s) => s.text)).toEqual(['He worked for Orbis Inc.', 'The company denied it.']);
  });
});
