/**
 * Importing an archive of documents: `rapporteur import PATH...`. Each file goes through an
 * ordered list of plain steps:
 *   dedupe  (sha256 of the bytes: a file stored before is `unchanged`)
 *   extract (a `.json` interchange record is read and validated; any other file goes to the
 *            injected `extractFile`)
 *   check   (a letter needs a reference)
 *   store   (one transaction: the file, the record, its mandates, citations and placeholders,
 *            its people and organisations attached to the known ones by exact spelling)
 * A step either passes the file on or ends it with an outcome. A failing file is reported with
 * its path and reason and the others go on. After each batch of files, one more step:
 *   resolve people (one transaction: the persons and organisations new in the batch put to the
 *            name rules against everyone stored, merged where a rule holds)
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Communication, SourceFile } from '../domain/communication.js';
import { RapError, describeError, isRapError } from '../domain/errors.js';
import { isRecipientCode } from '../reference-data/index.js';
import type { Database } from '../store/database.js';
import { findDocumentsBySha, type NewDocument } from '../store/documents.repo.js';
import { listFiles } from './list-files.js';
import { readRecordFile } from './read-record-file.js';
import { resolveNewEntities } from './resolve-names.js';
import { storeRecord, type NewEntities } from './store-record.js';

/** A file's record, with its search vector when the extractor computed it ahead (services/vector-engine.ts). */
export interface ExtractedFile {
  record: Communication;
  searchVector?: Uint8Array | null;
}

export type ExtractFile = (path: string) => Promise<ExtractedFile>;

export interface ImportDeps {
  db: Database;
  /** Reads a PDF, DOCX or text file into its record (services/extract-file.ts). */
  extractFile: ExtractFile;
  /** While the import waits for a file's extraction, may extract other files in this thread (services/extract-pool.ts). */
  whileWaiting?: (pending: Promise<unknown>) => Promise<void>;
  /** Called after each file. */
  onProgress?: (p: ImportProgress) => void;
  now?: () => number;
}

export interface ImportOptions {
  /** Replace a letter already stored from another file under the same reference. */
  replace?: boolean;
}

export type FileOutcome =
  | { path: string; status: 'imported'; kind: Communication['kind']; reference: string | null; filledPlaceholder: boolean; replaced: boolean }
  | { path: string; status: 'unchanged'; firstFile: string }
  | { path: string; status: 'duplicate'; reference: string; firstFile: string | null }
  | { path: string; status: 'failed'; reason: string };

export interface ImportProgress {
  done: number;
  total: number;
  imported: number;
  unchanged: number;
  duplicates: number;
  failed: number;
  /** Since the import began (files listed and the database already open). */
  elapsedMs: number;
  last: FileOutcome;
}

export interface ImportSummary {
  files: number;
  imported: number;
  byKind: Record<Communication['kind'], number>;
  replaced: number;
  unchanged: number;
  duplicates: Array<Extract<FileOutcome, { status: 'duplicate' }>>;
  failed: Array<Extract<FileOutcome, { status: 'failed' }>>;
  placeholdersCreated: number;
  placeholdersFilled: number;
  merges: number;
  elapsedMs: number;
  /** Files per second, end to end. */
  rate: number;
  outcomes: FileOutcome[];
}

/** One file on its way through the steps. */
interface FileJob {
  path: string;
  /** Size in bytes and sha256 of the file. */
  size?: number;
  sha256?: string;
  /** The bytes hashed, kept for the store step while the batch's budget allows (else read again there). */
  bytes?: Buffer;
  record?: Communication;
  searchVector?: Uint8Array | null;
  /** Extraction started ahead of the store step, so that a worker extracts while the store writes. */
  extracted?: Promise<ExtractedFile>;
  outcome?: FileOutcome;
  placeholdersCreated?: number;
  merges?: number;
}

interface RunContext {
  deps: ImportDeps;
  options: ImportOptions;
  /** sha256 → the path stored under it (from the store, or earlier in this run). */
  known: Map<string, string>;
  /** Entities created since the last resolve step. */
  created: NewEntities;
}

type Step = (job: FileJob, ctx: RunContext) => Promise<void>;

const FORMATS: Record<string, SourceFile['format']> = { '.json': 'json', '.pdf': 'pdf', '.docx': 'docx', '.md': 'markdown' };
const formatOf = (path: string): SourceFile['format'] => FORMATS[extname(path).toLowerCase()] ?? 'text';

async function hashFile(job: FileJob, keep: (size: number) => boolean = () => false): Promise<void> {
  const bytes = await readFile(job.path);
  job.size = bytes.length;
  job.sha256 = createHash('sha256').update(bytes).digest('hex');
  if (keep(bytes.length)) job.bytes = bytes;
}

const dedupe: Step = async (job, ctx) => {
  if (job.sha256 === undefined) await hashFile(job);
  const first = ctx.known.get(job.sha256!);
  if (first !== undefined) job.outcome = { path: job.path, status: 'unchanged', firstFile: first };
};

const extract: Step = async (job, ctx) => {
  if (formatOf(job.path) === 'json') {
    job.record = await readRecordFile(job.path);
    return;
  }
  const pending = job.extracted ?? ctx.deps.extractFile(job.path);
  await ctx.deps.whileWaiting?.(pending);
  const { record, searchVector } = await pending;
  job.record = record;
  job.searchVector = searchVector ?? null;
};

/** Starts extracting every new file of a batch at once; the steps then take the results in order. */
function extractAhead(jobs: FileJob[], ctx: RunContext): void {
  for (const job of jobs) {
    if (!job.sha256 || ctx.known.has(job.sha256) || formatOf(job.path) === 'json') continue;
    job.extracted = ctx.deps.extractFile(job.path);
    job.extracted.catch(() => undefined); // the extract step awaits it and reports the failure
  }
}

const check: Step = async (job) => {
  const r = job.record!;
  if (r.kind === 'communication' && !r.reference) throw new RapError('RAP_ERR_NO_REFERENCE', 'no reference', { field: 'reference' });
  // A letter filed under a code no registry knows would found a State of its own on every page.
  const code = r.reference?.recipient;
  if (code && !isRecipientCode(code)) {
    throw new RapError('RAP_ERR_UNKNOWN_RECIPIENT', `${r.reference!.text}: ${code} is not an ISO 3166-1 alpha-3 code nor OTH`, { field: 'reference.recipient' });
  }
};

/**
 * The file's bytes to keep with the record: those hashed, refused if the extraction read other
 * bytes (the file changed between the two reads); else read again, refused if they changed since.
 */
async function unchangedBytes(job: FileJob, record: Communication): Promise<Buffer> {
  const extractedFrom = formatOf(job.path) === 'json' ? undefined : record.source?.sha256;
  const bytes = job.bytes && extractedFrom ? job.bytes : await readFile(job.path);
  const sha = bytes === job.bytes ? extractedFrom : createHash('sha256').update(bytes).digest('hex');
  if (sha !== job.sha256) throw new RapError('RAP_ERR_FILE_CHANGED', 'import it again');
  return bytes;
}

const store: Step = async (job, ctx) => {
  const record = job.record!;
  const file: NewDocument = {
    sha256: job.sha256!,
    path: job.path,
    format: record.source?.format ?? formatOf(job.path),
    pages: record.source?.pages ?? null,
    bytes: job.size!,
    kind: record.kind,
    content: await unchangedBytes(job, record),
  };
  const stored: Communication = { ...record, source: { file: job.path, sha256: job.sha256!, format: file.format as SourceFile['format'], pages: file.pages } };
  const result = await ctx.deps.db.transaction((tx) => storeRecord(tx, stored, file, { replace: ctx.options.replace, searchVector: job.searchVector }));
  if (result.status === 'duplicate') {
    job.outcome = { path: job.path, status: 'duplicate', reference: result.reference, firstFile: result.firstFile };
    return;
  }
  ctx.known.set(job.sha256!, job.path);
  ctx.created.person.push(...result.created.person);
  ctx.created.organization.push(...result.created.organization);
  job.placeholdersCreated = result.placeholdersCreated;
  job.merges = result.merges;
  job.outcome = {
    path: job.path,
    status: 'imported',
    kind: result.kind,
    reference: result.reference,
    filledPlaceholder: result.kind === 'communication' && result.filledPlaceholder,
    replaced: result.kind === 'communication' && result.replaced,
  };
};

/** The reason of a failure without the file's path (the outcome carries it). */
function failureReason(e: unknown): string {
  if (!isRapError(e)) return describeError(e);
  const { field, line } = e.location;
  return new RapError(e.code, e.detail, { ...(field ? { field } : {}), ...(line ? { line } : {}) }).toLine();
}

/** The steps of one file, in order. */
export const IMPORT_STEPS: ReadonlyArray<readonly [string, Step]> = [
  ['dedupe', dedupe],
  ['extract', extract],
  ['check', check],
  ['store', store],
];

/** The batch step: persons and organisations new in the batch resolved by the name rules. */
async function resolvePeopleStep(ctx: RunContext): Promise<number> {
  const { person, organization } = ctx.created;
  ctx.created = { person: [], organization: [] };
  if (person.length + organization.length === 0) return 0;
  return ctx.deps.db.transaction(async (tx) => (await resolveNewEntities(tx, 'person', person)) + (await resolveNewEntities(tx, 'organization', organization)));
}

/** Files hashed and looked up in the store together, and resolved together after storing. */
const BATCH = 200;

/** Files read and hashed at once while hashing a batch (the reads overlap). */
const HASH_CONCURRENCY = 8;

/** Bytes of a batch's files kept from hashing to storing; the files past it are read twice. */
const KEPT_BYTES_PER_BATCH = 64 * 1024 * 1024;

async function hashBatch(jobs: FileJob[], ctx: RunContext): Promise<void> {
  let next = 0;
  let budget = KEPT_BYTES_PER_BATCH;
  const keep = (size: number) => (size <= budget ? ((budget -= size), true) : false);
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      try {
        await hashFile(job, keep);
      } catch {
        /* the dedupe step reads again and reports the failure */
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(HASH_CONCURRENCY, jobs.length) }, worker));
  const shas = jobs.flatMap((j) => (j.sha256 && !ctx.known.has(j.sha256) ? [j.sha256] : []));
  for (const [sha, doc] of await findDocumentsBySha(ctx.deps.db, shas)) ctx.known.set(sha, doc.path);
}

export async function importArchive(deps: ImportDeps, paths: string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const now = deps.now ?? (() => performance.now());
  const started = now();
  const { files, missing } = await listFiles(paths);
  const ctx: RunContext = { deps, options, known: new Map(), created: { person: [], organization: [] } };
  const summary: ImportSummary = {
    files: files.length + missing.length,
    imported: 0,
    byKind: { communication: 0, reply: 0, source: 0 },
    replaced: 0,
    unchanged: 0,
    duplicates: [],
    failed: [],
    placeholdersCreated: 0,
    placeholdersFilled: 0,
    merges: 0,
    elapsedMs: 0,
    rate: 0,
    outcomes: [],
  };
  const record = (o: FileOutcome, job?: FileJob) => {
    summary.outcomes.push(o);
    if (o.status === 'imported') {
      summary.imported++;
      summary.byKind[o.kind]++;
      if (o.replaced) summary.replaced++;
      if (o.filledPlaceholder) summary.placeholdersFilled++;
      summary.placeholdersCreated += job?.placeholdersCreated ?? 0;
      summary.merges += job?.merges ?? 0;
    } else if (o.status === 'unchanged') summary.unchanged++;
    else if (o.status === 'duplicate') summary.duplicates.push(o);
    else summary.failed.push(o);
    deps.onProgress?.({
      done: summary.outcomes.length,
      total: summary.files,
      imported: summary.imported,
      unchanged: summary.unchanged,
      duplicates: summary.duplicates.length,
      failed: summary.failed.length,
      elapsedMs: now() - started,
      last: o,
    });
  };
  for (const m of missing) record({ path: m.path, status: 'failed', reason: m.reason });

  // The next batch is hashed and queued for extraction while this one is stored, so the
  // extraction never waits for the end of a batch.
  const prepare = async (from: number): Promise<FileJob[]> => {
    const jobs: FileJob[] = files.slice(from, from + BATCH).map((path) => ({ path }));
    await hashBatch(jobs, ctx);
    extractAhead(jobs, ctx);
    return jobs;
  };
  let prepared = files.length > 0 ? prepare(0) : null;
  for (let i = 0; prepared; i += BATCH) {
    const jobs = await prepared;
    prepared = i + BATCH < files.length ? prepare(i + BATCH) : null;
    prepared?.catch(() => undefined); // awaited at the next turn, which reports its failure
    for (const job of jobs) {
      try {
        for (const [, step] of IMPORT_STEPS) {
          await step(job, ctx);
          if (job.outcome) break;
        }
      } catch (e) {
        job.outcome = { path: job.path, status: 'failed', reason: failureReason(e) };
      }
      job.extracted = undefined;
      job.record = undefined;
      job.bytes = undefined;
      record(job.outcome!, job);
    }
    try {
      summary.merges += await resolvePeopleStep(ctx);
    } catch (e) {
      summary.failed.push({ path: '(resolving people)', status: 'failed', reason: describeError(e) });
    }
  }
  summary.elapsedMs = now() - started;
  summary.rate = summary.elapsedMs > 0 ? (summary.files / summary.elapsedMs) * 1000 : 0;
  return summary;
}
