import { fold } from '../text.js';
import { commonWordsOf, type HiddenContent } from './hidden.js';
import { isShort, keyOf, nameWords, WORD } from './name-words.js';

/**
 * The hidden spellings still readable in a text (folded, whole words): empty for a good public
 * copy. Checks every spelling the redaction hides whole, and every name word hidden alone unless
 * a name that stays public holds it or it is a place's name too (`commonWords`).
 */
export function hiddenSpellingsIn(text: string, hidden: HiddenContent): string[] {
  const folded = ` ${fold(text)} `;
  const keptWords = new Set((hidden.keep ?? []).flatMap(nameWords));
  const common = commonWordsOf(hidden);
  const found: string[] = [];
  for (const spellings of hidden.names) {
    for (const s of spellings) {
      const words = nameWords(s);
      const whole = words.length > 1 || (words.length === 1 && !isShort(words[0]!));
      if (whole && folded.includes(` ${words.join(' ')} `)) found.push(s);
      for (const w of words) if (!isShort(w) && !common.has(w) && !keptWords.has(w) && folded.includes(` ${w} `) && !found.includes(w)) found.push(w);
    }
  }
  for (const spellings of hidden.organizations ?? []) {
    for (const s of spellings) {
      const words = (s.match(WORD) ?? []).map(keyOf);
      if (words.length > 0 && folded.includes(` ${words.join(' ')} `)) found.push(s);
    }
  }
  return found;
}
