/**
 * Snippets: the stretch of a passage around the words that matched, hits marked. The passage is
 * chosen by the database (the one matching best); its words are told apart here, and whether a
 * word is a hit is asked of the caller (who knows each word's lexemes: search/lexicon.ts).
 */
import type { Snippet } from '../domain/search-query.js';

/** What marks a hit in a marked string (never present in stored passages: they are removed first). */
export const HIT_START = '\u0001';
export const HIT_STOP = '\u0002';

/** How many words a snippet shows at most. */
export const SNIPPET_WORDS = 32;

/**
 * The stored text's markup (see the readers' text convention) as a reader of a snippet should not
 * see it: bold markers, heading marks, footnote markers and the footnotes' rule.
 */
const MARKUP = /\*\*|<sup>[^<]{0,8}<\/sup>|(?<=^|\s)(?:#{1,6}|-{3,})(?=\s|$)/g;

/** A word as the text search parsers see one: letters, marks and digits. */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]+$/u;

/** Whether each character of the Basic Multilingual Plane is part of a word: 1 yes, 2 no, 0 not asked yet. */
const wordChar = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) wordChar[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;

/** A passage's words: where each starts and ends, and each lowercased. */
export interface PassageWords {
  text: string;
  starts: number[];
  ends: number[];
  keys: string[];
}

/** The words of a passage, in one pass; the footnote markers' numbers (`<sup>3</sup>`) are not words. */
export function passageWords(text: string): PassageWords {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    let size = 1;
    let word: boolean;
    const low = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      size = 2;
      word = WORD_CHAR.test(text.slice(i, i + 2));
    } else {
      if (wordChar[c] === 0) wordChar[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
      word = wordChar[c] === 1;
    }
    if (word) {
      if (start < 0) start = i;
    } else {
      if (start >= 0) {
        starts.push(start);
        ends.push(i);
        start = -1;
      }
      if (c === 0x3c && text.startsWith('<sup>', i)) {
        const close = text.indexOf('</sup>', i);
        if (close > 0 && close - i <= 13) size = close + 6 - i;
      }
    }
    i += size;
  }
  if (start >= 0) {
    starts.push(start);
    ends.push(text.length);
  }
  const lower = text.toLowerCase();
  // Lowercasing keeps the length for all but a few letters (`İ`): then word by word.
  const keys = lower.length === text.length
    ? starts.map((s, i) => lower.slice(s, ends[i]))
    : starts.map((s, i) => text.slice(s, ends[i]).toLowerCase());
  return { text, starts, ends, keys };
}

/** A stretch of the text as a reader sees it: no markup, no highlight marks, spaces squashed. */
const shown = (text: string) => text.replace(/[\u0001\u0002]/g, '').replace(MARKUP, '').replace(/\s+/g, ' ');

function push(parts: Snippet, text: string, hit: boolean): void {
  const t = text.replace(/ {2,}/g, ' ');
  if (!t) return;
  const last = parts[parts.length - 1];
  if (last && last.hit === hit) last.text += t;
  else parts.push({ text: t, hit });
}

/**
 * The stretch of at most `maxWords` words holding the most different hits (then the most hits,
 * then the earliest), widened evenly on both sides; the first words when nothing is a hit.
 * `matched` holds, for each of the passage's words, what it matched (two forms of one word,
 * `article` and `articles`, are one hit twice), or null.
 */
export function highlightPassage(
  passage: PassageWords, matched: ReadonlyArray<string | null>, maxWords = SNIPPET_WORDS,
): Snippet {
  const { text, starts, ends, keys } = passage;
  if (keys.length === 0) {
    const whole = shown(text).trim();
    return whole ? [{ text: whole, hit: false }] : [];
  }
  const hits: number[] = [];
  for (let i = 0; i < matched.length; i++) if (matched[i] !== null) hits.push(i);
  let first = 0;
  let last = Math.min(keys.length, maxWords) - 1;
  if (hits.length > 0) {
    let best = { distinct: -1, count: 0, from: 0, to: 0 };
    for (let h = 0; h < hits.length; h++) {
      const seen = new Set<string>();
      let to = h;
      while (to < hits.length && hits[to]! - hits[h]! < maxWords) seen.add(matched[hits[to++]!]!);
      const count = to - h;
      if (seen.size > best.distinct || (seen.size === best.distinct && count > best.count)) {
        best = { distinct: seen.size, count, from: hits[h]!, to: hits[to - 1]! };
      }
    }
    const spare = maxWords - (best.to - best.from + 1);
    first = Math.max(0, best.from - Math.floor(spare / 2));
    last = Math.min(keys.length - 1, first + maxWords - 1);
    first = Math.max(0, last - maxWords + 1);
  }
  const parts: Snippet = [];
  let at = starts[first]!;
  for (let i = first; i <= last; i++) {
    if (matched[i] === null) continue;
    push(parts, shown(text.slice(at, starts[i])), false);
    push(parts, text.slice(starts[i], ends[i]), true);
    at = ends[i]!;
  }
  push(parts, shown(text.slice(at, ends[last])), false);
  return parts;
}

/** `a \x01b\x02 c` → `[{a, false}, {b, true}, {c, false}]`; the stored text's markup dropped. */
export function readSnippet(marked: string): Snippet {
  const parts: Snippet = [];
  const add = (text: string, hit: boolean) => push(parts, text.replace(MARKUP, ''), hit);
  let rest = marked.replace(/\s+/g, ' ').trim();
  for (;;) {
    const start = rest.indexOf(HIT_START);
    if (start < 0) break;
    const stop = rest.indexOf(HIT_STOP, start + 1);
    if (stop < 0) break;
    add(rest.slice(0, start), false);
    add(rest.slice(start + 1, stop), true);
    rest = rest.slice(stop + 1);
  }
  add(rest.replace(/[\u0001\u0002]/g, ''), false);
  return parts;
}
