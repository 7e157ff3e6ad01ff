/**
 * mammoth's HTML to the text convention: paragraphs separated by a blank line, `**bold**`,
 * headings as `## **Heading**`, table rows as lines of cells joined by ` | `, footnote markers as
 * `<sup>n</sup>` and the notes themselves after a `---` line at the end. mammoth writes simple,
 * well-formed HTML with no layout white space, so a small tokenizer is enough.
 */
import { pushSegment, renderSegments, type Segment } from '../marked-text.js';

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*?)\/?>|([^<]+)/g;
const NOTE_ITEM = /id="((?:footnote|endnote)-\d+)"/;
const NOTE_BACKLINK = /href="#(?:footnote|endnote)-ref-\d+"/;
/** A marker's link to its note: the note's id, which is not its number (a DOCX from LibreOffice starts footnotes at 2). */
const NOTE_LINK = /href="#((?:footnote|endnote)-\d+)"/;

interface Block {
  segments: Segment[];
  heading: number;
}

interface ListFrame {
  ordered: boolean;
  count: number;
}

export function htmlToText(html: string): string {
  const blocks: string[] = [];
  const notes: string[] = [];
  const lists: ListFrame[] = [];
  let block: Block | null = null;
  let bold = 0;
  let sup = 0;
  let skipText = 0;
  let note: Segment[] | null = null;
  /** A note's id → the number its marker shows in the text. */
  const noteNumbers = new Map<string, string>();
  let linkedNote: string | null = null;
  let table: { rows: string[]; cells: string[]; cell: Segment[] | null; depth: number } | null = null;

  /** Where text goes now: a table cell, a note, or the current block. */
  const target = (): Segment[] => {
    if (table?.cell) return table.cell;
    if (note) return note;
    block ??= { segments: [], heading: 0 };
    return block.segments;
  };
  const endBlock = () => {
    if (!block) return;
    let text = renderSegments(block.segments).replace(/[ \t]+\n/g, '\n').trim();
    if (text && block.heading) text = `${'#'.repeat(block.heading)} ${text.startsWith('**') ? text : `**${text}**`}`;
    if (text) blocks.push(text);
    block = null;
  };
  const write = (text: string) => {
    if (skipText) return;
    const value = decodeEntities(text).replace(/\t+/g, ' ');
    if (sup && /^\[?\d{1,3}\]?$/.test(value.trim())) {
      const number = value.trim().replace(/[[\]]/g, '');
      if (linkedNote && !noteNumbers.has(linkedNote)) noteNumbers.set(linkedNote, number);
      pushSegment(target(), `<sup>${number}</sup>`, false);
    }
    else pushSegment(target(), value, bold > 0 && !!value.trim());
  };

  for (const m of html.matchAll(TOKEN)) {
    const [, closing, rawName, attrs = '', text] = m;
    if (text !== undefined) {
      write(text);
      continue;
    }
    const name = (rawName ?? '').toLowerCase();
    const open = !closing;
    switch (name) {
      case 'p':
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        if (table?.cell || note) {
          // Paragraphs inside a cell or a note run on in one line.
          if (open && target().length) pushSegment(target(), ' ', false);
          break;
        }
        // A paragraph inside a list item continues the item that holds its number.
        const onlyPrefix = block?.segments.length === 1 && /^\s*(\d+\.|-) $/.test(block.segments[0]?.text ?? '');
        if (open && onlyPrefix) break;
        if (open) {
          endBlock();
          block = { segments: [], heading: name === 'p' ? 0 : Number(name[1]) };
        } else endBlock();
        break;
      }
      case 'strong':
      case 'b':
        bold += open ? 1 : -1;
        break;
      case 'sup':
        sup += open ? 1 : -1;
        break;
      case 'br':
        pushSegment(target(), '\n', false);
        break;
      case 'a':
        // The note's "↑" link back to its marker is not text.
        if (open && NOTE_BACKLINK.test(attrs)) skipText++;
        else if (!open && skipText) skipText--;
        else linkedNote = open ? (NOTE_LINK.exec(attrs)?.[1] ?? null) : null;
        break;
      case 'ol':
      case 'ul':
        if (open) lists.push({ ordered: name === 'ol', count: 0 });
        else lists.pop();
        break;
      case 'li': {
        const id = NOTE_ITEM.exec(attrs);
        if (open && id) {
          endBlock();
          note = [{ text: `<sup>${noteNumbers.get(id[1]!) ?? /\d+$/.exec(id[1]!)![0]}</sup> `, bold: false }];
        } else if (!open && note) {
          const text = renderSegments(note).replace(/\s+/g, ' ').trim();
          if (text) notes.push(text);
          note = null;
        } else if (open) {
          endBlock();
          const frame = lists[lists.length - 1];
          if (frame) frame.count++;
          block = { segments: [{ text: listPrefix(lists), bold: false }], heading: 0 };
        } else endBlock();
        break;
      }
      case 'table':
        if (open) {
          if (table) table.depth++;
          else {
            endBlock();
            table = { rows: [], cells: [], cell: null, depth: 1 };
          }
        } else if (table && --table.depth === 0) {
          if (table.rows.length) blocks.push(table.rows.join('\n'));
          table = null;
        }
        break;
      case 'tr':
        if (!table || table.depth > 1) break;
        if (open) table.cells = [];
        else table.rows.push(table.cells.join(' | '));
        break;
      case 'td':
      case 'th':
        if (!table) break;
        if (table.depth > 1) {
          if (!open && table.cell) pushSegment(table.cell, ' ', false);
        } else if (open) table.cell = [];
        else {
          table.cells.push(renderSegments(table.cell ?? []).replace(/\s+/g, ' ').trim());
          table.cell = null;
        }
        break;
      default:
        break;
    }
  }
  endBlock();
  const body = blocks.join('\n\n');
  return notes.length ? `${body}\n\n---\n\n${notes.join('\n\n')}` : body;
}

/** For lists mammoth still writes (numbering our transform did not see): `1. ` or `- `. */
function listPrefix(lists: readonly ListFrame[]): string {
  const frame = lists[lists.length - 1];
  if (!frame) return '';
  const indent = '   '.repeat(lists.length - 1);
  return frame.ordered ? `${indent}${frame.count}. ` : `${indent}- `;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}
