/**
 * The signatories after the closing formula: a name, then a title (`Mary Lawlor` / `Special
 * Rapporteur on ...`), on separate lines or joined into one paragraph by the reader of a PDF. Each
 * is matched to its mandate by the title, or by the registry's holders when the title is missing.
 */
import type { Signatory } from '../../domain/communication.js';
import { fold } from '../../domain/text.js';
import { holdersIn, mandates } from '../../reference-data/index.js';
import { MANDATE_BODY_PATTERN, isWholeMandateTitle, matchMandate } from './mandates.js';
import { plain } from './normalize.js';

const TITLE = String.raw`(?:(?:(?:Chair|Chairperson|Vice-Chair|Member)(?:-Rapporteur)?\s+(?:on\s+Communications\s+)?of|Pr[ée]sident(?:e)?-Rapporteu(?:r|se)|Vice-pr[ée]sident(?:e)?|Presidente?(?:a)?-Relator(?:a)?|Vicepresident[ea])\b|${MANDATE_BODY_PATTERN}\b)`;
/** Where a title starts inside a signature: at the start or after a space. */
const TITLE_START = new RegExp(String.raw`(?:^|\s)(?=${TITLE})`, 'i');
const TITLE_AT_START = new RegExp(`^${TITLE}`, 'i');
const NAME = /^[\p{Lu}][\p{L}'’.-]*(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|de|da|del|van|von|der|le|la|al|el|bin|ibn|y|e|dos|das|di))*$/u;

function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 1 && words.length <= 7 && NAME.test(text) && !/\d/.test(text);
}

function matchByHolder(name: string, year: number | null): string | null {
  const key = fold(name);
  for (const m of mandates()) {
    const holders = year ? holdersIn(m, year) : m.holders;
    if (holders.some((h) => fold(h.name) === key)) return m.id;
  }
  return null;
}

const CELL_SEPARATOR = /\s+\|\s+/;

const holdersOf = new Map<number | null, string[]>();

/** Names of holders of that year, for cutting signatures that a PDF's reader ran together (kept a year). */
function holderNames(year: number | null): string[] {
  let names = holdersOf.get(year);
  if (!names) holdersOf.set(year, (names = [...new Set(mandates().flatMap((m) => (year ? holdersIn(m, year) : m.holders).map((h) => h.name)))]));
  return names;
}

/** A cell that holds a name and the start of a title (rows of a table run together): the two apart. */
function splitAtTitle(cell: string): string[] {
  const at = TITLE_START.exec(cell);
  return at && at.index > 0 ? [cell.slice(0, at.index).trim(), cell.slice(at.index).trim()] : [cell.trim()];
}

const cellsOf = (row: string): string[] =>
  plain(row).replace(/^\s*\||\|\s*$/g, '').split(CELL_SEPARATOR).map((c) => c.trim()).filter(Boolean);

/** A cell that holds a whole signature (`Mary Lawlor Special Rapporteur on …`). */
function isSignatureCell(cell: string): boolean {
  const [name, title] = splitAtTitle(cell);
  return title !== undefined && looksLikeName(name!);
}

/** A row of names, then a row of their titles (`Mary Lawlor | Irene Khan`), paired by column. */
function pairedColumns(names: string[], titles: string[]): string[] | null {
  if (names.length === 0 || names.length !== titles.length) return null;
  if (!names.every(looksLikeName) || !titles.every((t) => TITLE_AT_START.test(t))) return null;
  return names.map((n, i) => `${n} ${titles[i]}`);
}

/**
 * A table of signatures as one `name title` a signatory, in reading order, or null when the cells
 * are not laid out as one: each cell a whole signature; rows of names each followed by a row of
 * titles; or such rows run together into one line (a PDF's).
 */
function tableSignatures(raw: string): string[] | null {
  const rows = raw.split('\n').map(cellsOf).filter((r) => r.length > 0);
  if (rows.length > 0 && rows.every((r) => r.every(isSignatureCell))) return rows.flat();
  if (rows.length >= 2 && rows.length % 2 === 0) {
    const byRows: string[] = [];
    for (let i = 0; i < rows.length; i += 2) {
      const pair = pairedColumns(rows[i]!, rows[i + 1]!);
      if (!pair) break;
      byRows.push(...pair);
      if (i + 2 === rows.length) return byRows;
    }
  }
  const cells = cellsOf(raw.replace(/\n/g, ' ')).flatMap(splitAtTitle);
  const firstTitle = cells.findIndex((c) => TITLE_AT_START.test(c));
  return firstTitle < 1 ? null : pairedColumns(cells.slice(0, firstTitle), cells.slice(firstTitle));
}

/**
 * The signature block as one paragraph a signatory: a table's names and titles paired by column,
 * and a paragraph holding several signatories (lines without a blank one between them) cut before
 * each holder's name after the first.
 */
function blocks(paragraphs: string[], year: number | null): string[] {
  const out: string[] = [];
  const holders = holderNames(year);
  for (const raw of paragraphs) {
    const table = raw.includes('|') ? tableSignatures(raw) : null;
    if (table) {
      out.push(...table);
      continue;
    }
    const starts = holders.flatMap((h) => {
      const at = raw.indexOf(h);
      return at > 0 ? [at] : [];
    }).sort((a, b) => a - b);
    let from = 0;
    for (const at of starts) {
      out.push(raw.slice(from, at));
      from = at;
    }
    out.push(raw.slice(from));
  }
  return out;
}

/** A line that ends the title before it: it goes on in lower case, or makes a part of a title a whole one (`… on Arbitrary` + `Detention`). */
function continuesTitle(title: string | null, line: string): boolean {
  if (!title || line.split(/\s+/).length > 6) return false;
  return /^\p{Ll}/u.test(line) || (!isWholeMandateTitle(title) && isWholeMandateTitle(`${title} ${line}`));
}

export function readSignatories(paragraphs: string[], year: number | null): Signatory[] {
  const out: Signatory[] = [];
  let pending: string | null = null;
  const push = (name: string, title: string | null) => {
    const mandate = title ? matchMandate(title) : undefined;
    out.push({ name, title, mandateId: mandate?.id ?? matchByHolder(name, year) });
  };
  for (const raw of blocks(paragraphs, year)) {
    const p = plain(raw).replace(/[,;]\s*$/, '').trim();
    if (!p) continue;
    if (p.length > 400 || /^(?:Annex|Annexe|Anexo)\b/i.test(p)) break;
    const at = TITLE_START.exec(p);
    const cut = at ? at.index + (at[0].length) : -1;
    // `Mary Lawlor, Special Rapporteur on …`: the name without the comma before its title.
    const name = (at ? p.slice(0, at.index) : p).replace(/[\s,;:–-]+$/u, '').trim();
    const title = at ? p.slice(cut).trim() : null;
    if (title !== null && name && looksLikeName(name)) {
      if (pending) push(pending, null);
      pending = null;
      push(name, title);
    } else if (title !== null && pending) {
      push(pending, title);
      pending = null;
    } else if (title === null && !pending && continuesTitle(out[out.length - 1]?.title ?? null, p)) {
      // The end of a title that a narrow column (a table's cell) wrapped onto a line of its own.
      const last = out[out.length - 1]!;
      last.title = `${last.title} ${p}`;
      last.mandateId = matchMandate(last.title)?.id ?? last.mandateId;
    } else if (title === null && looksLikeName(p)) {
      if (pending) push(pending, null);
      pending = p;
    } else if (title !== null && out.length && out[out.length - 1]!.title) {
      // A title wrapped onto a second line.
      out[out.length - 1]!.title += ` ${title}`;
    }
  }
  if (pending) push(pending, null);
  return out;
}
