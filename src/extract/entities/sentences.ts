/**
 * Sentence splitting that survives the abbreviations letters are full of: `Ms.`, `Mr.`, `M.`,
 * `Sra.`, `No.`, `art.`, initials (`J. Doe`), `U.S.`.
 */

export interface Sentence {
  text: string;
  /** Offset of the sentence in its paragraph. */
  start: number;
}

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'messrs', 'mmes', 'mme', 'mlle', 'mm', 'm', 'me', 'sr', 'sra',
    'srta', 'sres', 'sras', 'dña', 'dn', 'd', 'no', 'nos', 'nº', 'art', 'arts', 'para', 'paras', 'p', 'pp',
    'vol', 'ch', 'sec', 'st', 'jr', 'sen', 'rep', 'gen', 'col', 'lt', 'capt',
    'vs', 'cf', 'e.g', 'i.e', 'etc', 'al', 'approx', 'núm', 'num', 'av', 'ave', 'ref', 'op', 'cit', 'ibid',
  ],
);

// A candidate end: `.`, `!`, `?`, `…` and closing quotes/brackets, then space, then an opening.
const END = /[.!?…]+["'”’»)\]]*\s+(?=["'“‘«(¿¡\[]?[\p{Lu}\p{N}])/gu;

export function splitSentences(paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(paragraph); m; m = END.exec(paragraph)) {
    if (m[0].startsWith('.') && isAbbreviation(paragraph, m.index, m.index + m[0].length)) continue;
    const end = m.index + m[0].trimEnd().length;
    const text = paragraph.slice(start, end).trim();
    if (text) out.push({ text, start });
    start = m.index + m[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push({ text: rest, start });
  return out;
}

/** A company's legal form ends its name: `… Mining Ltd. On 2 May …` ends a sentence, `Tata Co. Ltd.` does not. */
const COMPANY_FORMS = new Set(['ltd', 'inc', 'corp', 'co']);
const NEXT_WORD = /^[\p{L}]+/u;
const OTHER_FORM = /^(?:ltd|inc|corp|co|LLC|PLC|S\.?A|GmbH|Limited)$/i;

/** Whether the full stop at `dot` ends an abbreviation rather than the sentence; `next` is where the next sentence would start. */
function isAbbreviation(text: string, dot: number, next: number): boolean {
  let i = dot;
  while (i > 0 && letterOrDot(text.charCodeAt(i - 1))) i--;
  const word = text.slice(i, dot);
  if (!word) return false;
  const lower = word.toLowerCase();
  if (COMPANY_FORMS.has(lower)) {
    const after = NEXT_WORD.exec(text.slice(next, next + 30))?.[0];
    return after === undefined || OTHER_FORM.test(after);
  }
  if (ABBREVIATIONS.has(lower)) return true;
  // An initial (`J.`) or a dotted acronym (`U.S.`, `U.N.`).
  if (isAsciiLetters(word)) return word.length === 1 ? word <= 'Z' : false;
  return /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/** Only ASCII letters (no dot): an initial when one capital, never a dotted acronym. */
function isAsciiLetters(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}

const LETTER_OR_DOT = /[\p{L}.]/u;

/** `/[\p{L}.]/u` on one UTF-16 unit, ASCII answered without the regex. */
function letterOrDot(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;
  return LETTER_OR_DOT.test(String.fromCharCode(c));
}
