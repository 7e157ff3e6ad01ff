/**
 * A document's text (markdown from a converter, plain text from a PDF or DOCX) as paragraphs:
 * markup and page artefacts (page breaks, footnote blocks, page numbers) removed, hard-wrapped
 * lines joined, and paragraphs that a page break cut in two joined again. Markdown bold markers
 * are kept: the subject and names are often bold.
 */
import { oneByteLines, WIDE_CHAR } from './one-byte.js';

const PAGE_BREAK_LINE = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;
const PAGE_NUMBER = /^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$|^\s*(?:Page|Página)\s+\d+(?:\s+(?:of|sur|de)\s+\d+)?\s*$|^\s*\d{1,3}\s*\/\s*\d{1,3}\s*$/i;
const FOOTNOTE_MARKDOWN = /^\s*(?:<sup>\s*\d+\s*<\/sup>|\[\^\d+\]:)/;
const FOOTNOTE_PLAIN = /^\s*(\d{1,3})\s+\S/;
/** The bullets a list item may open with, a symbol font's private-use ones among them. */
const BULLETS = String.raw`[-•*▪◦\uf020-\uf0ff]`;
/** A bullet and the space after it, at the start of a paragraph. */
export const BULLET_START = new RegExp(String.raw`^${BULLETS}\s+`);
const LIST_ITEM = new RegExp(String.raw`^\s*(?:\**\s*\(?\d{1,2}[.)]\**\s+|${BULLETS}\s+|\(?[a-h]\)\s+|\(?[ivx]{1,4}\)\s+)`);
const TERMINAL_CHARS = new Set('.:;!?…"”»)]');
const SALUTATION = /^\**\s*(?:Excellenc(?:y|ies)|Excellence|Excelencia|Excelentísim[oa]|Monsieur|Madame|Mesdames|Messieurs|Señor(?:a|as|es)?|Estimad[oa]s?|Distinguid[oa]s?|Dear\s+\w+)\b[^.]{0,40}[,:]?\**\s*$/i;
const ANCHOR_START = /^\s*\**\s*(?:Ref(?:erence|\.)?\b|R[ée]f(?:[ée]rence|\.)?\b|Referencia\b|REFERENCE\b|\(Please use|\(Veuillez|\(Por favor|\(Sírvase|Annex(?:e)?\b|Anexo\b|According to the (?:new |additional |further )?information|Selon les (?:nouvelles )?informations|Según (?:la|las) (?:nuevas? )?informaci)/i;
const DATE_LINE = /^\s*(?:[A-ZÀ-Ý][\p{L}]+,\s*(?:le\s+)?)?\d{1,2}(?:er|st|nd|rd|th)?\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+)?\d{4}\s*$|^\s*\p{L}+\s+\d{1,2},\s+\d{4}\s*$/u;

const COLON = new Set(':');

/**
 * `/[chars]\**$/.test(text)`: the last character before any closing bold stars is one of `chars`.
 * A loop from the end: the regex tried every position of the paragraph.
 */
function endsWithBefore(text: string, chars: Set<string>): boolean {
  let i = text.length - 1;
  while (i >= 0 && text[i] === '*') i--;
  return i >= 0 && chars.has(text[i]!);
}

// A character of markup, or a run of spaces: one scan tells both (the run alone cost as much again).
const MARKUP_CHAR_OR_RUN = /[<[#*\\\t\u00a0\u2000-\u200b\u202f]| {2}/;

/**
 * Inline markup that carries nothing for the reader: footnote markers, links, italics, escapes,
 * headings. No pattern here may run over the start of the next one (`[^[\]…]`, `[^<>…]`): a line of
 * thousands of `[` or `<` would otherwise cost a scan to the line's end at each of them.
 */
function cleanInline(line: string): string {
  // Each pattern runs only when the line has the character it needs (no step adds one): a line with
  // bold markers alone skips most of them. White space is many characters: always looked for.
  const lt = line.includes('<');
  const bracket = line.includes('[');
  let out = line;
  if (lt) out = out.replace(/<sup>[^<]*<\/sup>/g, '');
  if (bracket) out = out.replace(/\[\^\d+\]/g, '').replace(/!?\[([^[\]\n]*)\]\([^()\n]*\)/g, '$1');
  if (lt) out = out.replace(/<(https?:\/\/[^<>\s]+)>/g, '$1').replace(/<\/?[a-z][a-z0-9]*[^<>]*>/gi, '');
  if (line.includes('#')) out = out.replace(/^\s*#{1,6}\s+/, '');
  const star = line.includes('*');
  if (star) out = out.replace(/(?<![*\w])\*(?!\*)([^*\n]+?)(?<!\*)\*(?![*\w])/g, '$1');
  if (line.includes('\\')) out = out.replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
  if (star) out = out.replace(/\*\*\s*\*\*/g, '');
  return out.replace(/[\u00a0\u2000-\u200b\u202f\t]+/g, ' ').trimEnd();
}

/** Footnotes at the foot of a PDF page: numbered lines, increasing by one, running to the page's end. */
function dropPageFootnotes(lines: string[], notes?: string[]): string[] {
  let end = lines.length;
  while (end > 0 && (!lines[end - 1]!.trim() || PAGE_NUMBER.test(lines[end - 1]!))) end--;
  const from = Math.max(0, end - 15);
  for (let i = from; i < end; i++) {
    const first = FOOTNOTE_PLAIN.exec(lines[i]!);
    if (!first || LIST_ITEM.test(lines[i]!)) continue;
    let expected = Number(first[1]) + 1;
    let ok = true;
    for (let j = i + 1; j < end; j++) {
      const m = FOOTNOTE_PLAIN.exec(lines[j]!);
      if (m && Number(m[1]) === expected) expected++;
      else if (m && Number(m[1]) < 1000 && /^\s*\d{1,3}\s+[A-Z]/.test(lines[j]!)) { ok = false; break; }
    }
    if (ok && i > 0) {
      notes?.push(...lines.slice(i, end).map((l) => l.trim()));
      return lines.slice(0, i);
    }
  }
  return lines.slice(0, end);
}

/** A line this long is a whole paragraph: wrapped text (a PDF's, a hard-wrapped file's) is narrower. */
const UNWRAPPED_LINE = 160;

interface Block {
  lines: string[];
  /** The first block of a page after the first page. */
  afterBreak: boolean;
  /** Some line may hold a run of spaces. */
  spaceRuns: boolean;
}

function toBlocks(text: string, notes?: string[]): Block[] {
  const pages: string[][] = [[]];
  const formFeeds = text.includes('\f');
  const unix = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const lines = unix.split('\n');
  // Cut from a text with wider characters, lines are two-byte strings even when Latin-1 (see one-byte.ts).
  for (const line of WIDE_CHAR.test(text) ? oneByteLines(unix, lines) : lines) {
    // Most texts have no form feed: their lines are not split again.
    const parts = formFeeds ? line.split('\f') : [line];
    parts.forEach((part, k) => {
      if (k > 0) pages.push([]);
      if (PAGE_BREAK_LINE.test(part)) pages.push([]);
      else pages[pages.length - 1]!.push(part);
    });
  }
  const blocks: Block[] = [];
  pages.forEach((page, p) => {
    const lines = formFeeds ? dropPageFootnotes(page, notes) : page;
    let current: string[] = [];
    let first = p > 0;
    let spaceRuns = false;
    const flush = () => {
      if (current.length) blocks.push({ lines: current, afterBreak: first, spaceRuns });
      if (current.length) first = false;
      current = [];
      spaceRuns = false;
    };
    let inFootnote = false;
    for (const raw of lines) {
      if (!raw.trim()) { flush(); inFootnote = false; continue; }
      if (FOOTNOTE_MARKDOWN.test(raw)) {
        flush();
        inFootnote = true;
        notes?.push(cleanInline(raw.replace(FOOTNOTE_MARKDOWN, '')).trim());
        continue;
      }
      // A footnote goes on to the next blank line, unless a whole paragraph's line comes first (text without blank lines).
      if (inFootnote && raw.length > UNWRAPPED_LINE) inFootnote = false;
      if (inFootnote && notes?.length) notes[notes.length - 1] += ` ${cleanInline(raw).trim()}`;
      if (inFootnote || PAGE_NUMBER.test(raw)) continue;
      // Most lines carry no markup and no run of spaces: only their trailing space to remove.
      const bare = !MARKUP_CHAR_OR_RUN.test(raw);
      const line = bare ? raw.trimEnd() : cleanInline(raw);
      if (line.trim()) {
        current.push(line);
        if (!bare) spaceRuns ||= line.includes('  ');
      }
    }
    flush();
  });
  return blocks;
}

const startsBreak = (line: string) => LIST_ITEM.test(line) || ANCHOR_START.test(line) || SALUTATION.test(line) || DATE_LINE.test(line);
const endsBreak = (line: string) => SALUTATION.test(line) || DATE_LINE.test(line) || endsWithBefore(line, COLON) || /^\s*\(.*\)\s*$/.test(line);

const SENTENCE_END = new Set('.:!?…');
const LOWER_START = /^\p{Ll}/u;

/** In a block of unwrapped lines, a line that still goes on from a wrapped one: short, open, followed in lower case. */
const wrappedOn = (prev: string, line: string) => prev.length <= UNWRAPPED_LINE && !endsWithBefore(prev, SENTENCE_END) && LOWER_START.test(line);

/** The longest paragraph a page break or a stray blank line may still be joined to. */
const MAX_JOINED = 20_000;

/** A paragraph's last two characters when it ends with a word cut by a hyphen (`informa-`). */
const HYPHENATED = /^[A-Za-zÀ-ÿ]-$/;

/** A paragraph's parts joined, kept when not empty (a module function: tsx names a closure at every call). */
function pushJoined(out: string[], parts: string[]): void {
  const paragraph = parts.join('');
  if (paragraph) out.push(paragraph);
}

/** A row of a table (`cell | cell`, as the DOCX reader writes one): the rows of a table keep their line breaks. */
const TABLE_ROW = /(?:^|\s)\|(?:\s|$)/;

/** Lines of one block into paragraphs: list items, anchors and short lines ending a sentence start new ones. */
function splitBlock(lines: string[]): string[] {
  const sorted = lines.map((l) => l.trim().length).sort((a, b) => a - b);
  const typical = lines.length >= 4 ? sorted[Math.floor(sorted.length * 0.8)]! : 0;
  // Lines longer than any page is wide (as the longer lines of the block go) were never wrapped: each
  // is a paragraph (text saved with one line per paragraph and no blank line between them).
  const unwrapped = typical > UNWRAPPED_LINE;
  const out: string[] = [];
  // A paragraph's lines are joined once it ends: a string grown line by line would be copied
  // whole at each look at its end, and a block of many thousand lines would take minutes.
  let parts: string[] = [];
  let tail = '';
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const prev = i > 0 ? lines[i - 1]!.trim() : '';
    const newParagraph = i === 0 || startsBreak(line) || endsBreak(prev)
      || (unwrapped ? !wrappedOn(prev, line) : endsWithBefore(prev, TERMINAL_CHARS) && prev.length < typical * 0.7);
    if (newParagraph) {
      pushJoined(out, parts);
      parts = [line];
      tail = '';
    } else if (line.includes('|') && prev.includes('|') && TABLE_ROW.test(line) && TABLE_ROW.test(prev)) parts.push(`\n${line}`);
    else parts.push(HYPHENATED.test(tail) && /^[a-zà-ÿ]/.test(line) ? line : ` ${line}`);
    tail = (tail + line).slice(-2);
  });
  pushJoined(out, parts);
  return out;
}

/** A paragraph cut by a page break or a stray blank line: it ends mid-sentence and the next goes on in lower case. */
function continues(prev: string, next: string, afterBreak: boolean): boolean {
  if (endsWithBefore(prev, TERMINAL_CHARS) || SALUTATION.test(prev) || LIST_ITEM.test(next)) return false;
  if (/^[a-zà-ÿ]/.test(next)) return true;
  // The last characters only: a pattern ending in `$` tries every position of a long paragraph.
  const last = prev.slice(-2);
  if (prev.length > 200 && /[\p{Ll},]$/u.test(last) && /^(?:No\.|n[°º]|\d)/.test(next)) return true;
  return afterBreak && prev.length > 200 && /[\p{L},]$/u.test(last) && !startsBreak(next);
}

/**
 * The text's paragraphs, without its footnotes; `notes`, when given, receives the footnotes' text
 * (one line each, markup removed): what they cite is the letter's too.
 */
export function toParagraphs(text: string, notes?: string[]): string[] {
  const out: string[] = [];
  const blocks = toBlocks(text, notes);
  for (const block of blocks) {
    const paragraphs = splitBlock(block.lines);
    paragraphs.forEach((p, k) => {
      const prev = out[out.length - 1];
      // No real paragraph is this long: past it, joining would copy the whole text at each block.
      if (k === 0 && prev !== undefined && prev.length < MAX_JOINED && continues(prev, p, block.afterBreak)) out[out.length - 1] = `${prev} ${p}`;
      else out.push(p);
    });
  }
  // Lines are joined by one space and trimmed: runs of spaces come only from inside a line.
  const spaceRuns = blocks.some((b) => b.spaceRuns);
  return out.map((p) => (spaceRuns ? p.replace(/ {2,}/g, ' ') : p).trim()).filter((p) => p && !/^\**$/.test(p));
}

// Every recogniser asks for the plain form of the same paragraphs: a bounded cache of the last ones.
const plainOf = new Map<string, string>();
const PLAIN_CACHE_SIZE = 5_000;
const PLAIN_CACHE_MAX_LENGTH = 5_000;

/** Without markdown bold markers: for recognisers that read words, not emphasis. */
export function plain(paragraph: string): string {
  const hit = plainOf.get(paragraph);
  if (hit !== undefined) return hit;
  const out = (paragraph.includes('**') ? paragraph.replace(/\*\*/g, '') : paragraph).replace(/\s{2,}/g, ' ').trim();
  // A whole document is asked for once: caching it would only keep it alive.
  if (paragraph.length > PLAIN_CACHE_MAX_LENGTH) return out;
  if (plainOf.size >= PLAIN_CACHE_SIZE) plainOf.clear();
  plainOf.set(paragraph, out);
  return out;
}

const SPACE = /\s/;
// Two one-character tests: `/^\s|\s$/` would try every position of the text.
const edgeSpace = (text: string) => SPACE.test(text[0]!) || SPACE.test(text[text.length - 1]!);

/**
 * Parts whose join by `\n` is `plain(paragraphs.join('\n'))`: the paragraphs' cached plain forms
 * whenever no paragraph, its bold markers removed, is empty or starts or ends with white space
 * (checked); otherwise that one text. A scan that no match of runs over a line break can read the
 * parts one by one.
 */
export function plainParts(paragraphs: string[]): string[] {
  for (const p of paragraphs) {
    if (p === '' || edgeSpace(p)) return [plain(paragraphs.join('\n'))];
    if (p[0] === '*' || p[p.length - 1] === '*') {
      const unmarked = p.replace(/\*\*/g, '');
      if (unmarked === '' || edgeSpace(unmarked)) return [plain(paragraphs.join('\n'))];
    }
  }
  return paragraphs.map(plain);
}
