/**
 * The stored text of a letter laid out as a reader expects it: paragraphs, bold runs, numbered
 * questions as a list, footnote marks. The text is never injected as HTML: every piece becomes
 * a Preact text node, so markup in a letter shows as written.
 */
import type { ComponentChildren } from 'preact';

export type Block = { kind: 'p'; text: string } | { kind: 'ol'; items: string[] } | { kind: 'h'; text: string };

const LIST_ITEM = /^\s*(\d{1,2})[.)]\s+(.*)$/s;
const HEADING = /^#{1,4}\s+(.*)$/s;

/** Split a letter's text into display blocks: blank lines part paragraphs; `1. ...` lines form a list. */
export function letterBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const push = (para: string) => {
    para = para.trim();
    if (!para || /^-{3,}$/.test(para)) return;
    const item = LIST_ITEM.exec(para);
    const heading = HEADING.exec(para);
    const last = blocks[blocks.length - 1];
    if (item) {
      if (last?.kind === 'ol') last.items.push(item[2]!);
      else blocks.push({ kind: 'ol', items: [item[2]!] });
    } else if (heading) {
      blocks.push({ kind: 'h', text: heading[1]!.replace(/\*\*/g, '') });
    } else {
      blocks.push({ kind: 'p', text: para });
    }
  };
  for (const raw of text.replace(/\f/g, '\n\n').split(/\n\s*\n/)) {
    // Inside a paragraph, a line that starts with a number starts a new list item.
    let current = '';
    for (const line of raw.split('\n')) {
      if (LIST_ITEM.test(line) && current) {
        push(current);
        current = line;
      } else {
        current = current ? `${current} ${line.trim()}` : line.trim();
      }
    }
    push(current);
  }
  return blocks;
}

/**
 * Inline marks: `**bold**`, `<sup>n</sup>` footnote marks and `[text](address)` links (shown as
 * their text); everything else is plain text. A link's text stops at the next `[` and its address
 * at the next `(`, so a line of brackets is read once, not once from each bracket.
 */
const INLINE = /\*\*(.+?)\*\*|<sup>(\d{1,3})<\/sup>|\[([^[\]]*)\]\([^()]*\)/g;

export function Inline({ text }: { text: string }) {
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
  return <>{parts}</>;
}

export function LetterText({ text }: { text: string }) {
  return (
    <div class="letter-text">
      {letterBlocks(text).map((b) =>
        b.kind === 'p' ? (
          <p><Inline text={b.text} /></p>
        ) : b.kind === 'h' ? (
          <h3><Inline text={b.text} /></h3>
        ) : (
          <ol>{b.items.map((i) => <li><Inline text={i} /></li>)}</ol>
        ),
      )}
    </div>
  );
}
