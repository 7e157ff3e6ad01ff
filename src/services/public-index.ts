/**
 * The public index of each open database (search/public-index.ts) and the public spellings of
 * persons by trigram (search/name-trigrams.ts), kept in memory while the public record stays as
 * it was: every search reads the record's generation (migration 0022, changed in the same
 * transaction as any publication, refresh or withdrawal, by whatever process), first or with the
 * query (services/public-search.ts), and a new generation loads both again. Until then the index holds the words searches have asked for.
 */
import { NameTrigrams } from '../search/name-trigrams.js';
import { PublicIndex, type IndexedResult, type IndexedSearch } from '../search/public-index.js';
import { termsOf } from '../search/tsquery.js';
import type { Database, Queryable } from '../store/database.js';
import { commonWords, loadPublicIndex, publicGeneration, publicSpellings, wordLists } from '../store/public-index.repo.js';

export interface PublicLookups {
  index: PublicIndex;
  names: NameTrigrams;
  /** Settles when the lists of the commonest words are held (read after the index loads, in the background). */
  preloaded?: Promise<void>;
}

interface Held {
  lookups: PublicLookups | null;
  loading: { generation: string; lookups: Promise<PublicLookups> } | null;
}

const held = new WeakMap<Database, Held>();

/**
 * Reads the index and the spellings in a transaction of the loader's own. Its generation was read
 * before it: the record it reads is that one or newer, and a search that finds the record newer
 * than the index loads it again (services/public-search.ts).
 */
function load(owner: Database, generation: string): Promise<PublicLookups> {
  return owner.transaction(async (tx) => {
    const { letters, replies } = await loadPublicIndex(tx);
    return { index: new PublicIndex(generation, letters, replies), names: new NameTrigrams(await publicSpellings(tx)) };
  });
}

/**
 * The lookups of `owner` at `generation`, loaded when they are not held yet; one load at a time
 * per generation, which every caller asking for it meanwhile waits for. The caller must hold no
 * transaction of `owner` while it waits: the load needs the engine, and on the embedded database
 * a transaction held by a waiting caller would keep it from ever getting it.
 */
export async function publicLookups(owner: Database, generation: string): Promise<PublicLookups> {
  let h = held.get(owner);
  if (!h) held.set(owner, (h = { lookups: null, loading: null }));
  if (h.lookups?.index.generation === generation) return h.lookups;
  if (h.loading?.generation === generation) return h.loading.lookups;
  const entry = { generation, lookups: load(owner, generation) };
  h.loading = entry;
  try {
    const lookups = await entry.lookups;
    if (h.loading === entry) {
      h.lookups = lookups;
      lookups.preloaded = preloadCommonWords(owner, lookups.index).catch(() => undefined);
    }
    return lookups;
  } finally {
    if (h.loading === entry) h.loading = null;
  }
}

/** The commonest words whose lists are read as soon as the index is loaded, and how many a statement reads. */
const PRELOAD_WORDS = 200;
const PRELOAD_BATCH = 3;

/** A word as a query prints it (search/tsquery.ts reads it so): quoted, its quotes and backslashes doubled. */
const asTerm = (word: string) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * Reads the lists of the words most letters hold, which would each cost the first search asking
 * for them tens of milliseconds (tens of thousands of ids). One short statement at a time, so that
 * searches go on meanwhile; a new generation's index stops it.
 */
async function preloadCommonWords(owner: Database, index: PublicIndex): Promise<void> {
  const words = (await commonWords(owner, PRELOAD_WORDS)).map(asTerm);
  for (let i = 0; i < words.length; i += PRELOAD_BATCH) {
    if (held.get(owner)?.lookups?.index !== index) return;
    const missing = index.missing(words.slice(i, i + PRELOAD_BATCH));
    const lists = await owner.transaction(async (tx) => {
      // As a search reads them: by the indexes, never by reading every vector.
      await tx.query(`select set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true)`);
      return wordLists(tx, missing);
    });
    for (const [w, l] of lists) index.hold(w, l);
  }
}

/**
 * A search answered from `index` (its missing words read through `tx`), or null when its words
 * could not be held (other searches made the index drop them as fast as it read them).
 */
export async function searchIndex(index: PublicIndex, tx: Queryable, s: IndexedSearch): Promise<IndexedResult | null> {
  const words = new Set<string>();
  if (s.q) termsOf(s.q, words);
  if (s.r) termsOf(s.r, words);
  // Another search may drop words while this one reads its own: read again, a few times at most.
  for (let attempt = 0; attempt < 3; attempt++) {
    const missing = index.missing(words);
    if (missing.length === 0) return index.search(s);
    for (const [w, lists] of await wordLists(tx, missing)) index.hold(w, lists);
  }
  return index.missing(words).length === 0 ? index.search(s) : null;
}

/** What is held for a database, if anything (for tests: which generation it answers from). */
export function heldPublicLookups(owner: Database): PublicLookups | null {
  return held.get(owner)?.lookups ?? null;
}

/**
 * Loads the lookups of the present generation ahead of the first search (a server starting, a
 * publication made), and resolves once the commonest words' lists are held too.
 */
export async function warmPublicLookups(owner: Database): Promise<void> {
  const generation = await publicGeneration(owner);
  if (generation === null) return;
  await (await publicLookups(owner, generation)).preloaded;
}

/**
 * Calls `onChange` when the public record's generation moves, whichever process moved it (a
 * publication of this server's, a `publish-due` from the command line, another server on the same
 * PostgreSQL): checked every `everyMs`, and at once when `check` is called (after a publication
 * made here). A server clears its response cache and reloads its index then, once per change.
 */
export function watchPublicGeneration(db: Database, onChange: () => void, everyMs = 1000): { check(): Promise<void>; stop(): void } {
  let last: string | null | undefined;
  let pending = 0;
  let queue = Promise.resolve();
  // One check after another, so that an older reading never comes back after a newer one.
  const check = () => {
    pending++;
    queue = queue.then(async () => {
      // The database closing, or away for a moment: nothing has changed until a check tells.
      const generation = await publicGeneration(db).catch(() => last);
      if (last !== undefined && generation !== last) onChange();
      last = generation;
    }).finally(() => {
      pending--;
    });
    return queue;
  };
  void check();
  const timer = setInterval(() => {
    if (pending === 0) void check();
  }, everyMs);
  timer.unref();
  return { check, stop: () => clearInterval(timer) };
}
