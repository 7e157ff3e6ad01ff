/**
 * Full-text search of the public record with facets, snippets and persons. Reads the search
 * structures the publication step builds (migration 0005), which hold nothing unpublished:
 * hits, totals, facet counts, snippets and person matches all come from the public record.
 *
 * A letter matches when its words (reference, title, people, recipient, mandates, text) or the
 * words of one of its public replies match the query read in that document's language; when a
 * person whose public spelling is like the query is named in it; or when the query is its
 * reference. Ranked by: the reference itself, then a person found, then every word in the
 * letter's naming fields, then how strongly those fields match; the body only decides whether a
 * letter matches, and ties go to the newest letter.
 */
import type { Facets, SearchHit, SearchQuery, SearchResult } from '../domain/search-query.js';
import type { Database, Queryable } from '../store/database.js';
import {
  countPublicMatches, findPublicPersons, lexemesOfWords, publicFacetFacts, publicHitRows, publicHitRowsWithPassages, publicPassages,
  publicQueryHead, searchPublicPage,
  type PassageRow, type PublicHitRow, type PublicMatch, type PublicPersonRow,
} from '../store/public-search.repo.js';
import { publicGeneration } from '../store/public-index.repo.js';
import { heldPublicLookups, publicLookups, searchIndex, type PublicLookups } from './public-index.js';
import type { NameTrigrams } from '../search/name-trigrams.js';
import { readTsQuery } from '../search/tsquery.js';
import { countFacetLines } from '../search/facet-counts.js';
import { anyOfWords, cleanWords, nameProbe } from '../search/query-words.js';
import { highlightPassage, passageWords, type PassageWords } from '../search/snippet.js';
import { Lexicon, lexemesOfQuery } from '../search/lexicon.js';
import { referenceKey } from './reference-key.js';

const noFacets = (): Facets => ({ state: [], mandate: [], type: [], joint: [], year: [], reply: [], lang: [] });

/** How many persons a search names at most (and whose letters it adds). */
const MAX_PERSONS = 10;

export interface SearchParts {
  /** Also count the facets (default true): the page and the counts are separate queries. */
  facets?: boolean;
  /** Answer from the public index kept in memory when the query allows (default true); false reads every match in the database. */
  index?: boolean;
}

/** The references the words may be (the unique reference is the index the lookup uses). */
function referencesOf(words: string): string[] {
  const ref = words ? referenceKey(words) : null;
  if (!ref) return [];
  return ref.type ? [ref.text] : (['UA', 'AL', 'OL'] as const).map((t) => `${t} ${ref.key}`);
}

/** The query made safe, the persons its words name, and what makes a letter match. */
async function prepare(db: Queryable, q: SearchQuery, names?: NameTrigrams): Promise<{ words: string; people: PublicPersonRow[]; match: PublicMatch }> {
  const words = cleanWords(q.text);
  const probe = words ? nameProbe(words) : null;
  const people = probe ? await findPublicPersons(db, probe, MAX_PERSONS, names?.candidates(probe) ?? undefined) : [];
  const match: PublicMatch = {
    words,
    anyWords: anyOfWords(words),
    personIds: people.map((p) => p.id),
    references: referencesOf(words),
    filters: q.filters,
  };
  return { words, people, match };
}

/**
 * Runs `fn` with reads planned with index scans only: on a server, on its connections started
 * that way (Database.indexScans); on the embedded database, in a transaction setting it. The
 * planner does not count the cost of reading a toasted vector, so on a small heap (the replies'
 * vectors, or a common word in the letters') it would choose to read every vector in a
 * sequential scan: seconds instead of milliseconds. A caller's own transaction (no
 * `transaction` method) is left as it is. A scan that has no index to take is then costed beyond
 * PostgreSQL's threshold for compiling a query (JIT), which took 15 ms of a one-row read:
 * compiling is off too.
 */
async function withIndexScans<T>(db: Queryable, fn: (q: Queryable) => Promise<T>): Promise<T> {
  const owner = db as Partial<Database>;
  if (typeof owner.transaction !== 'function') return fn(db);
  if (owner.indexScans) return fn(owner.indexScans);
  return owner.transaction(async (tx) => {
    await tx.query(`select ${INDEX_SCANS_ONLY}${owner.kind === 'pglite' ? `, ${GENERIC_PLANS}` : ''}`);
    return fn(tx);
  });
}

const INDEX_SCANS_ONLY = `set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true)`;

/**
 * On the embedded engine, a search's reads are planned once for any values. It prepares every
 * statement (pglite-database.ts), and PostgreSQL then chose to plan these anew at each call, their
 * cost depending on the values bound: 0.9 ms of the 1.3 the query's head took, 10% of the
 * processor time of a search in all. With index scans only, the plan for any values is the plan
 * for these, and the searches answered from the database alone took no longer (84 against 93 ms
 * each over the benchmark's 200). Not on a server: its statements are unnamed and planned once
 * each, with their values, which this setting would take from the planner.
 */
const GENERIC_PLANS = `set_config('plan_cache_mode', 'force_generic_plan', true)`;

const isDatabase = (db: Queryable): db is Database => typeof (db as Partial<Database>).transaction === 'function';

/** The words each database has told the lexemes of (a caller's transaction gets one of its own). */
const lexicons = new WeakMap<Database, Lexicon>();

function lexiconOf(db: Queryable): Lexicon {
  if (!isDatabase(db)) return new Lexicon();
  let lexicon = lexicons.get(db);
  if (!lexicon) lexicons.set(db, (lexicon = new Lexicon()));
  return lexicon;
}

/** Everything the pages and the API show for a search of the public record. */
export async function searchPublicLetters(db: Queryable, q: SearchQuery, parts: SearchParts = {}): Promise<SearchResult> {
  // From the public index in memory, unless the caller is inside a transaction of its own (which
  // may hold changes not committed: they must neither be read into the index nor answered from it).
  if (parts.index !== false && isDatabase(db)) {
    const indexed = await searchFromIndex(db, q, lexiconOf(db));
    if (indexed) return parts.facets === false ? { ...indexed, facets: noFacets() } : indexed;
  }
  // From the database alone. A ranked page does not count every match. With facets, their query
  // counts the total too. Without, the matches are counted in a transaction of its own, started
  // first: on a server it runs on another connection while the page is assembled; on the
  // embedded database the two run one after the other. Inside a caller's transaction, one after
  // the other too.
  const words = cleanWords(q.text);
  const apart = words !== '' && q.sort === 'relevance' && isDatabase(db);
  const counted = apart && parts.facets === false
    ? withIndexScans(db, (tx) => countPublicMatches(tx, { words, anyWords: '', personIds: [], references: [], filters: q.filters }))
    : null;
  counted?.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
  const lexicon = lexiconOf(db);
  const result = await withIndexScans(db, (tx) => search(tx, q, parts, apart, lexicon));
  if (result.totalApart && counted) result.total += await counted;
  else await counted;
  const { totalApart: _, ...rest } = result;
  return rest;
}

/** The public record is no longer at the generation the search assumed. */
const MOVED = Symbol('moved');

/** How many times a search loads the index again when the record moves while it runs. */
const INDEX_ATTEMPTS = 3;

/**
 * The search answered from the public index in memory, or null when the database must answer it.
 * With the lookups already held the search starts at once, and the record's generation comes
 * with the query's head: when the record has moved meanwhile, the lookups of the new generation
 * are loaded (outside any transaction: publicLookups) and the search is made again from them.
 */
async function searchFromIndex(db: Database, q: SearchQuery, lexicon: Lexicon): Promise<SearchResult | null> {
  let lookups = heldPublicLookups(db);
  for (let attempt = 0; attempt < INDEX_ATTEMPTS; attempt++) {
    if (!lookups) {
      const generation = await withIndexScans(db, publicGeneration);
      if (generation === null) return null;
      lookups = await publicLookups(db, generation);
    }
    const at = lookups;
    const indexed = await withIndexScans(db, (tx) => indexedSearch(tx, at, q, lexicon, at.index.generation));
    if (indexed !== MOVED) return indexed;
    lookups = null;
  }
  return null;
}

/**
 * The search answered from the public index in memory: the database reads the query and the
 * persons, the index finds the matches, counts them and picks the page. Null when the index
 * cannot answer exactly (a prefix or a weight in the query, which web search syntax never gives):
 * the database answers it. MOVED when the query's head finds the record at another generation
 * than `assumed`, the one the lookups were loaded at.
 */
async function indexedSearch(
  tx: Queryable, { index, names }: PublicLookups, q: SearchQuery, lexicon: Lexicon, assumed: string,
): Promise<SearchResult | null | typeof MOVED> {
  const { words, people, match } = await prepare(tx, q, names);
  const head = await publicQueryHead(tx, match);
  if (head.generation !== assumed) return MOVED;
  const read = readTsQuery(head.q);
  const ranking = readTsQuery(head.r);
  if ((head.q !== null && !read) || (head.r !== null && head.r.trim() !== '' && !ranking)) return null;
  const result = await searchIndex(index, tx, {
    q: read, r: ranking, everything: !words, personLetters: head.personLetters, referenceLetters: head.referenceLetters,
    filters: q.filters, sort: q.sort === 'relevance' && !words ? 'newest' : q.sort, offset: (q.page - 1) * q.pageSize, limit: q.pageSize,
  });
  if (!result) return null;
  // With words, the page's letters come with the passage each shows.
  const { rows, passages } = words
    ? await publicHitRowsWithPassages(tx, result.hits, words, anyOfWords(words, people.flatMap((p) => p.spellings)))
    : { rows: await publicHitRows(tx, result.hits), passages: [] };
  return { total: result.total, facets: result.facets, ...(await present(tx, words, people, rows, lexicon, passages)) };
}

async function search(
  db: Queryable, q: SearchQuery, parts: SearchParts, totalApart: boolean, lexicon: Lexicon,
): Promise<SearchResult & { totalApart: boolean }> {
  const { words, people, match } = await prepare(db, q);
  const sort = q.sort === 'relevance' && !words ? 'newest' : q.sort;
  const page = await searchPublicPage(db, match, { sort, limit: q.pageSize, offset: (q.page - 1) * q.pageSize, totalApart });
  const counts = parts.facets === false ? null : await countFacets(db, match);
  const facets = counts?.facets ?? noFacets();
  return {
    total: counts?.total ?? page.total,
    totalApart: counts === null && page.totalApart,
    facets,
    ...(await present(db, words, people, page.rows, lexicon)),
  };
}

/**
 * For each passage, what each of its words matched of the query (a lexeme), or null: each word's
 * lexemes from the lexicon, the words it does not know yet asked of the database at once. One
 * lookup a word: a page's passages hold thousands.
 */
async function matchedWords(
  db: Queryable, lexicon: Lexicon, passages: Array<{ row: PassageRow; words: PassageWords }>,
): Promise<Array<Array<string | null>>> {
  // Per configuration: the words the lexicon knows, and what each word matched (the passages of
  // one language share their reading of the query); undefined while the database is asked.
  const configs = new Map<string, { known: ReadonlyMap<string, readonly string[]>; wanted: Set<string>; hits: Map<string, string | null | undefined> }>();
  const ask: Array<{ config: string; word: string }> = [];
  const matched = passages.map(({ row, words }) => {
    let c = configs.get(row.config);
    if (!c) configs.set(row.config, (c = { known: lexicon.of(row.config), wanted: lexemesOfQuery(row.query), hits: new Map() }));
    const { known, wanted, hits } = c;
    return words.keys.map((word) => {
      let hit = hits.get(word);
      if (hit === undefined && !hits.has(word)) {
        const lexemes = known.get(word);
        if (lexemes) hit = lexemes.find((l) => wanted.has(l)) ?? null;
        else ask.push({ config: row.config, word });
        hits.set(word, hit);
      }
      return hit ?? null;
    });
  });
  if (ask.length === 0) return matched;
  for (const { config, word, lexemes } of await lexemesOfWords(db, ask)) {
    lexicon.learn(config, word, lexemes);
    const c = configs.get(config)!;
    c.hits.set(word, lexemes.find((l) => c.wanted.has(l)) ?? null);
  }
  return passages.map(({ row, words }, p) => {
    const hits = configs.get(row.config)!.hits;
    return words.keys.map((word, i) => matched[p]![i] ?? hits.get(word) ?? null);
  });
}

/** A page's letters as hits with their snippets, and the persons found. */
async function present(
  db: Queryable, words: string, people: PublicPersonRow[], rows: PublicHitRow[], lexicon: Lexicon, chosen?: PassageRow[],
): Promise<Pick<SearchResult, 'items' | 'people'>> {
  const fromReply = (r: PublicHitRow) => !r.in_letter && r.in_reply;
  const passageRows = chosen ?? (words
    ? await publicPassages(db, rows.map((r) => ({ id: r.id, fromReply: fromReply(r) })), words, anyOfWords(words, people.flatMap((p) => p.spellings)))
    : []);
  const passages = passageRows.map((row) => ({ row, words: passageWords(row.text) }));
  const matched = await matchedWords(db, lexicon, passages);
  const passageOf = new Map(passages.map((p, i) => [p.row.id, { ...p, matched: matched[i]! }]));

  const items: SearchHit[] = rows.map((r) => {
    const p = passageOf.get(r.id);
    return {
      reference: r.reference_text,
      date: r.date,
      type: r.reference_type,
      recipient: { code: r.recipient_code, name: r.recipient_name },
      title: r.title,
      joint: r.joint,
      language: r.language,
      mandateIds: r.mandate_ids,
      replyCount: r.reply_count,
      snippet: p ? highlightPassage(p.words, p.matched) : null,
      snippetFrom: p ? (p.row.from_reply ? 'reply' : 'letter') : null,
    };
  });
  return { items, people: people.map((p) => ({ id: p.id, name: p.name, spellings: p.spellings, letters: p.letters })) };
}

async function countFacets(db: Queryable, match: PublicMatch): Promise<{ facets: Facets; total: number }> {
  return countFacetLines(await publicFacetFacts(db, match), match.filters);
}
