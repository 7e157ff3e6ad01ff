/**
 * Estimating the width of a word inside a run whose total width pdf.js gives: relative widths of
 * a common proportional face (in thousandths of the font size) scaled to the run. An `m` is four
 * times an `i`; counting letters alone misjudges short words such as "made" or "will".
 */
const WIDTHS: Record<string, number> = {};
const GROUPS: Array<[string, number]> = [
  ['ijl\'', 222],
  ['ft .,:;!/I[]', 278],
  ['r()-`', 333],
  ['"', 355],
  ['ckszvxyJ', 500],
  ['abdeghnopqu0123456789$#?_L', 556],
  ['FTZ', 611],
  ['ABEKPSVXY&', 667],
  ['CDHNRUw', 722],
  ['GOQ', 778],
  ['mM%', 833],
  ['W@', 944],
];
for (const [chars, width] of GROUPS) for (const c of chars) WIDTHS[c] = width;

const DEFAULT_WIDTH = 556;

export function relativeWidth(text: string): number {
  let w = 0;
  for (const c of text) w += WIDTHS[c] ?? DEFAULT_WIDTH;
  return w;
}

/** Width in points of `part`, a piece of `whole`, whose width in points is `wholeWidth`. */
export function widthOfPart(part: string, whole: string, wholeWidth: number): number {
  const total = relativeWidth(whole);
  return total > 0 ? (relativeWidth(part) / total) * wholeWidth : 0;
}
