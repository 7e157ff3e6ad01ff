/**
 * The public record as open data: whole interchange records of published letters for the open
 * API, and bulk export of a search or of the whole archive as JSON lines or CSV, streamed in
 * batches so that exporting tens of thousands of letters never holds them all in memory.
 * Reads the public tables only (through the public search and `public-export.repo`).
 */
import type { Communication, CommunicationType } from '../domain/communication.js';
import { MAX_PAGE_SIZE, type SearchQuery, type SearchResult } from '../domain/search-query.js';
import type { Database } from '../store/database.js';
import {
  countPublicLetters, publicLetter, publicLetterBatch, publicLettersByReference, publicRepliesOf,
  type ExportCursor, type PublicLetterRow,
} from '../store/public-export.repo.js';
import { csvRow, type CsvCell } from './export-csv.js';
import { searchPublicLetters } from './public-search.js';
import { referenceKey } from './reference-key.js';

/** A published letter as exported: its record (with its text when asked) and its reply facts. */
export interface ExportedLetter {
  record: Communication;
  replyCount: number;
  firstReplyDate: string | null;
}

export interface LetterExport {
  /** How many letters match, counted when the export starts. */
  total: number;
  /** The letters in the search's order, a batch at a time. */
  batches: AsyncIterable<ExportedLetter[]>;
}

export interface ExportOptions {
  /** Put each letter's published text in its record (JSON lines); CSV has no use for it. */
  withText: boolean;
  /** Letters read per query (at most 100 when the search has words: the search's page size). */
  batchSize?: number;
}

export type ExportFormat = 'jsonl' | 'csv';

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
};

export interface LetterWithReplies {
  record: Communication;
  replies: Communication[];
}

/** What the open API reads, all of it published. */
export interface OpenData {
  search(q: SearchQuery): Promise<SearchResult>;
  /** The records of these published letters, in the order given; references not public are left out. */
  records(references: string[]): Promise<Communication[]>;
  /** One published letter with its text and its published replies; null alike for unpublished and unknown. */
  letter(reference: string): Promise<LetterWithReplies | null>;
  exportLetters(q: SearchQuery, options: ExportOptions): Promise<LetterExport>;
}

export function openData(db: Database): OpenData {
  return {
    search: (q) => searchPublicLetters(db, q),

    async records(references) {
      const rows = await publicLettersByReference(db, references, false);
      const byReference = new Map(rows.map((r) => [r.reference_text, r.record]));
      return references.flatMap((ref) => byReference.get(ref) ?? []);
    },

    async letter(reference) {
      const ref = lookupKey(reference);
      const row = ref && (await publicLetter(db, ref));
      if (!row) return null;
      const replies = await publicRepliesOf(db, row.id);
      return { record: withText(row.record, row.body), replies: replies.map((r) => withText(r.record, r.body)) };
    },

    exportLetters: (q, options) => exportLetters(db, q, options),
  };
}

// `AL-XAA-1-2025`, `al_xaa_1_2025` and `AL XAA 1.2025`: a reference that survived a URL or a file name.
const LOOSE_REFERENCE = /^(J?(?:UA|AL|OL))?[-_ ]*([A-Za-z]{3})[-_ ]*(\d{1,4})[-_/. ]((?:19|20)\d{2})$/i;

/** How a reference given in a URL is looked up: as printed, or by its key when it has no type. */
function lookupKey(input: string): { text: string } | { key: string } | null {
  const trimmed = input.trim();
  const loose = LOOSE_REFERENCE.exec(trimmed);
  const k = referenceKey(loose ? `${loose[1] ?? ''} ${loose[2]} ${loose[3]}/${loose[4]}`.trim() : trimmed);
  if (!k) return null;
  return k.type ? { text: k.text } : { key: k.key };
}

const withText = (record: Communication, body: string | null): Communication =>
  body === null ? record : { ...record, text: body };

const exported = (row: PublicLetterRow): ExportedLetter => ({
  record: withText(row.record, row.body),
  replyCount: row.reply_count,
  firstReplyDate: row.first_reply_date,
});

/**
 * A search without words is read straight from public_letters in keyset batches; a search with
 * words follows the search's own ranking page by page (the search decides what the words match).
 */
export async function exportLetters(db: Database, q: SearchQuery, { withText: text, batchSize = 200 }: ExportOptions): Promise<LetterExport> {
  if (q.text) {
    const pageSize = Math.min(batchSize, MAX_PAGE_SIZE);
    const first = await searchPublicLetters(db, { ...q, page: 1, pageSize }, { facets: false });
    return { total: first.total, batches: rankedBatches(db, q, first, pageSize, text) };
  }
  const order = q.sort === 'oldest' ? 'oldest' : 'newest';
  const total = await countPublicLetters(db, q.filters);
  return { total, batches: keysetBatches(db, q, order, batchSize, text) };
}

async function* keysetBatches(db: Database, q: SearchQuery, order: 'newest' | 'oldest', limit: number, withBody: boolean): AsyncGenerator<ExportedLetter[]> {
  let after: ExportCursor | null = null;
  for (;;) {
    const rows = await publicLetterBatch(db, { filters: q.filters, order, after, limit, withBody });
    if (rows.length) yield rows.map(exported);
    if (rows.length < limit) return;
    const last = rows[rows.length - 1]!;
    after = { date: last.letter_date, id: last.id };
  }
}

async function* rankedBatches(db: Database, q: SearchQuery, first: SearchResult, pageSize: number, withBody: boolean): AsyncGenerator<ExportedLetter[]> {
  let result = first;
  for (let page = 1; result.items.length > 0; ) {
    const references = result.items.map((h) => h.reference);
    const rows = new Map((await publicLettersByReference(db, references, withBody)).map((r) => [r.reference_text, r]));
    const batch = references.flatMap((ref) => {
      const row = rows.get(ref);
      return row ? [exported(row)] : [];
    });
    if (batch.length) yield batch;
    if (page * pageSize >= result.total || result.items.length < pageSize) return;
    page++;
    result = await searchPublicLetters(db, { ...q, page, pageSize }, { facets: false });
  }
}

/** JSON lines: one record a line. */
export async function* jsonLines(batches: AsyncIterable<ExportedLetter[]>): AsyncGenerator<string> {
  for await (const batch of batches) yield batch.map((l) => `${JSON.stringify(l.record)}\n`).join('');
}

export const CSV_COLUMNS = [
  'reference', 'date', 'type', 'recipient_code', 'recipient_name', 'joint', 'mandate_ids', 'mandates', 'title',
  'language', 'reply_count', 'first_reply_date', 'persons', 'url',
] as const;

/** The flat columns of one letter, lists joined with `;`; `letterUrl` makes the link to its page. */
export function csvCells(l: ExportedLetter, letterUrl: (reference: string) => string): CsvCell[] {
  const r = l.record;
  const reference = r.reference?.text ?? '';
  const type: CommunicationType | null = r.reference?.type ?? null;
  return [
    reference, r.date, type, r.recipient?.code ?? r.reference?.recipient, r.recipient?.name, r.joint,
    r.mandates.flatMap((m) => m.id ?? []).join(';'), r.mandates.map((m) => m.title).join(';'), r.title,
    r.language, l.replyCount, l.firstReplyDate, r.persons.map((p) => p.name).join(';'), letterUrl(reference),
  ];
}

/** CSV: a header, then one row a letter. */
export async function* csvLines(batches: AsyncIterable<ExportedLetter[]>, letterUrl: (reference: string) => string): AsyncGenerator<string> {
  yield csvRow(CSV_COLUMNS);
  for await (const batch of batches) yield batch.map((l) => csvRow(csvCells(l, letterUrl))).join('');
}

export function exportLines(format: ExportFormat, e: LetterExport, letterUrl: (reference: string) => string): AsyncGenerator<string> {
  return format === 'jsonl' ? jsonLines(e.batches) : csvLines(e.batches, letterUrl);
}

/** The path of a letter's public page. */
export const letterPath = (reference: string): string => `/letters/${encodeURIComponent(reference)}`;
