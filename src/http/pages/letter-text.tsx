/**
 * The stored text of a letter laid out as a reader expects it: paragraphs, bold runs, numbered
 * questions as a list, footnote marks. The text is never injected as HTML: every piece becomes
 * a Preact text node, so markup in a letter shows as written.
 */
import type { ComponentChildren } from 'preact';

export type Block = { kind: 'p'; text: string } | { kind: 'ol'; items: string[] } | { kind: 'h'; text: string };

const LIST_ITEM = /^\s*(\d{1,2})[.)]\s+(.*)$/s;
const HEADING = /^#{1,4}\s+(.*)$/s;

/** Adds a paragraph as a block: a numbered item joins the list before it; `---` rules are dropped. */
function pushBlock(blocks: Block[], para: string): void {
  para = para.trim();
  if (!para || /^-{3,}$/.test(para)) return;
  const item = startsWithNumber(para) ? LIST_ITEM.exec(para) : null;
  const heading = para.charCodeAt(0) === 35 /* # */ ? HEADING.exec(para) : null;
  const last = blocks[blocks.length - 1];
  if (item) {
    if (last?.kind === 'ol') last.items.push(item[2]!);
    else blocks.push({ kind: 'ol', items: [item[2]!] });
  } else if (heading) {
    blocks.push({ kind: 'h', text: heading[1]!.replace(/\*\*/g, '') });
  } else {
    blocks.push({ kind: 'p', text: para });
  }
}

/** Whether a trimmed line starts with a digit: only such a line may be a numbered item. */
const startsWithNumber = (line: string) => {
  const c = line.charCodeAt(0);
  return c >= 48 && c <= 57;
};

/**
 * Split a letter's text into display blocks: blank lines (and page breaks) part paragraphs; a line
 * that starts with a number (`1. ...`) starts a list item, and items in a row form one list.
 */
export function letterBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current = '';
  for (const line of (text.includes('\f') ? text.replace(/\f/g, '\n\n') : text).split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) {
      pushBlock(blocks, current);
      current = '';
    } else if (current && startsWithNumber(trimmed) && LIST_ITEM.test(trimmed)) {
      pushBlock(blocks, current);
      current = trimmed;
    } else {
      current = current ? `${current} ${trimmed}` : trimmed;
    }
  }
  pushBlock(blocks, current);
  return blocks;
}

/**
 * Inline marks: `**bold**`, `<sup>n</sup>` footnote marks and `[text](address)` links (shown as
 * their text); everything else is plain text. A link's text stops at the next `[` and its address
 * at the next `(`, so a line of brackets is read once, not once from each bracket.
 */
const INLINE = /\*\*(.+?)\*\*|<sup>(\d{1,3})<\/sup>|\[([^[\]]*)\]\([^()]*\)/g;
/** A character one of the marks starts with: most paragraphs have none and are their own text. */
const MARK_START = /[*<[]/;

function inlineMarks(text: string): ComponentChildren {
  if (!MARK_START.test(text)) return text;
  const parts: ComponentChildren[] = [];
  const re = new RegExp(INLINE);
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > at) parts.push(text.slice(at, m.index));
    if (m[1] !== undefined) parts.push(<strong>{m[1]}</strong>);
    else if (m[2] !== undefined) parts.push(<sup>{m[2]}</sup>);
    else parts.push(m[3]);
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

export function LetterText({ text }: { text: string }) {
  return (
    <div class="letter-text">
      {letterBlocks(text).map((b) =>
        b.kind === 'p' ? (
          <p>{inlineMarks(b.text)}</p>
        ) : b.kind === 'h' ? (
          <h3>{inlineMarks(b.text)}</h3>
        ) : (
          <ol>{b.items.map((i) => <li>{inlineMarks(i)}</li>)}</ol>
        ),
      )}
    </div>
  );
}
