/**
 * Word's automatic numbering is not in the text: mammoth only says that a paragraph is an item
 * of an ordered or bulleted list. We count the items ourselves, in document order, and write the
 * number into the paragraph (`1. `), so that question 3 is still "3." after an interrupting
 * paragraph, and the HTML needs no lists at all.
 */

interface NumberingLevel {
  isOrdered: boolean;
  level: string;
}

interface DocElement {
  type: string;
  children?: DocElement[];
  numbering?: NumberingLevel | null;
}

const INDENT = '   ';

/** A `transformDocument` for mammoth: mutates and returns the document. */
export function numberListParagraphs<T>(document: T): T {
  // Keyed by mammoth's level object, which is shared by every paragraph of the same list level.
  const counters = new Map<NumberingLevel, number>();
  const visit = (element: DocElement): void => {
    if (element.type === 'paragraph' && element.numbering) {
      const level = element.numbering;
      const depth = Number(level.level) || 0;
      let prefix = `${INDENT.repeat(depth)}- `;
      if (level.isOrdered) {
        const n = (counters.get(level) ?? 0) + 1;
        counters.set(level, n);
        // A new item of a level restarts the deeper levels below it.
        for (const other of counters.keys()) if ((Number(other.level) || 0) > depth) counters.delete(other);
        prefix = `${INDENT.repeat(depth)}${n}. `;
      }
      element.children = [textRun(prefix), ...(element.children ?? [])];
      element.numbering = null;
    }
    for (const child of element.children ?? []) visit(child);
  };
  visit(document as unknown as DocElement);
  return document;
}

/** A plain run in mammoth's document model (see mammoth's documents.js `Run`). */
function textRun(value: string): DocElement {
  return {
    type: 'run',
    children: [{ type: 'text', value } as DocElement],
    styleId: null,
    styleName: null,
    isBold: false,
    isUnderline: false,
    isItalic: false,
    isStrikethrough: false,
    isAllCaps: false,
    isSmallCaps: false,
    verticalAlignment: 'baseline',
    font: null,
    fontSize: null,
    highlight: null,
  } as DocElement;
}
