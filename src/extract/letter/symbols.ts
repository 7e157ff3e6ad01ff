/** UN document symbols cited in a letter: `A/HRC/23/50`, `CCPR/C/GC/35`, `CAT/C/MNE/CO/3`, `A/HRC/29/25/Add.1`, `E/CN.4/2006/95`. */
import { allMatches } from '../all-matches.js';

const SYMBOL = /(?<![\w/.])(?:A|E|S|CCPR|CAT|CEDAW|CERD|CRC|CRPD|CED|CMW|HRI|ST|UNEP|DP|TD)(?:\/[A-Za-z0-9.\-()]+)+/g;

function trim(symbol: string): string {
  let s = symbol.replace(/[.,;:\-]+$/, '');
  while (s.endsWith(')') && (s.match(/\(/g)?.length ?? 0) < (s.match(/\)/g)?.length ?? 0)) s = s.slice(0, -1).replace(/[.,;:]+$/, '');
  return s;
}

export function findDocumentSymbols(text: string): string[] {
  return findDocumentSymbolsIn([text]);
}

/**
 * The symbols of texts joined by line breaks, in order, each once. No symbol runs over a line
 * break, and one may follow it: each text is read alone, and only when it has a `/`.
 */
export function findDocumentSymbolsIn(texts: string[]): string[] {
  const out: string[] = [];
  for (const text of texts) if (text.includes('/')) collect(text, out);
  return out;
}

function collect(text: string, out: string[]): void {
  for (const m of allMatches(SYMBOL, text)) {
    const s = trim(m[0]);
    if (!/\d/.test(s) || s.split('/').length < 3 && !/^[AES]\/\d/.test(s)) continue;
    if (!out.includes(s)) out.push(s);
  }
}
