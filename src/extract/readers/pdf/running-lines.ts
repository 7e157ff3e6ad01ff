/**
 * Running headers, footers and page numbers: lines at the top or bottom of the page that repeat
 * on most pages (digits aside, so "Page 2 of 5" repeats) or that are only a page number. They
 * are layout, not the letter, and would break a paragraph that runs over the page. The Office's
 * address in the letterhead is one too, though often printed on the first page only.
 */
import type { Line } from './lines.js';

export interface PageLines {
  height: number;
  lines: Line[];
}

/** How many lines at each end of a page may be running lines. */
const EDGE_LINES = 3;
/** Lines in this share of the page height at the top or bottom may be running lines. */
const EDGE_ZONE = 0.12;

const PAGE_NUMBER = /^\s*(?:[-–—]\s*)?(?:(?:page|p\.|página|pagina)\s*)?\d{1,4}(?:\s*(?:of|de|sur|\/)\s*\d{1,4})?(?:\s*[-–—])?\s*$/i;

/** The Office's address, telephone or fax at the top or bottom of a letter (`PALAIS DES NATIONS • 1211 GENEVA 10, SWITZERLAND`). */
const LETTERHEAD_ADDRESS = /\bPalais\s+(?:des\s+Nations|Wilson)\b|\b1211\s+Gen(?:eva|[èe]ve)\b|^\s*(?:Tel(?:ephone|[ée]phone)?|Fax|T[ée]l[ée]copie)\b.*\+\s?41\b|@ohchr\.org\b/i;

export function dropRunningLines(pages: readonly PageLines[]): PageLines[] {
  const candidates = pages.map(edgeLines);
  const seen = new Map<string, number>();
  for (const edge of candidates) {
    for (const key of new Set([...edge].map(shapeOf))) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const repeats = (line: Line) => pages.length >= 2 && (seen.get(shapeOf(line)) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((page, i) => ({
    height: page.height,
    lines: page.lines.filter((line) => !(candidates[i]!.has(line) && (PAGE_NUMBER.test(line.text) || LETTERHEAD_ADDRESS.test(line.text) || repeats(line)))),
  }));
}

function edgeLines(page: PageLines): Set<Line> {
  const { lines, height } = page;
  const top = lines.slice(0, EDGE_LINES).filter((l) => l.y >= height * (1 - EDGE_ZONE));
  const bottom = lines.slice(-EDGE_LINES).filter((l) => l.y <= height * EDGE_ZONE);
  return new Set([...top, ...bottom]);
}

/** Digits folded, so that a header with the page number in it repeats too. */
function shapeOf(line: Line): string {
  return `${line.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase()}@${Math.round(line.y / 10)}`;
}
