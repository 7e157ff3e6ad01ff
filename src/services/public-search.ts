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
  countPublicMatches, findPublicPersons, publicFacetFacts, publicHitRows, publicQueryHead, publicSnippets, searchPublicPage,
  type PublicHitRow, type PublicMatch, type PublicPersonRow,
} from '../store/public-search.repo.js';
import { publicLookups, searchIndex } from './public-index.js';
import { publicGeneration } from '../store/public-index.repo.js';
import type { NameTrigrams } from '../search/name-trigrams.js';
import { readTsQuery } from '../search/tsquery.js';
import { countFacetLines } from '../search/facet-counts.js';
import { anyOfWords, cleanWords, nameProbe } from '../search/query-words.js';
import { HIT_START, HIT_STOP, readSnippet } from '../search/snippet.js';
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
 * Runs `fn` in a transaction that plans with index scans only. The planner does not count the
 * cost of reading a toasted vector, so on a small heap (the replies' vectors, or a common word
 * in the letters') it would choose to read every vector in a sequential scan: seconds instead of
 * milliseconds. A caller's own transaction (no `transaction` method) is left as it is. A scan
 * that has no index to take is then costed beyond PostgreSQL's threshold for compiling a query
 * (JIT), which took 15 ms of a one-row read: compiling is off too.
 */
async function withIndexScans<T>(db: Queryable, fn: (q: Queryable) => Promise<T>): Promise<T> {
  const owner = db as Partial<Database>;
  if (typeof owner.transaction !== 'function') return fn(db);
  return owner.transaction(async (tx) => {
    await tx.query(`select set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true)`);
    return fn(tx);
  });
}

const isDatabase = (db: Queryable): db is Database => typeof (db as Partial<Database>).transaction === 'function';

/** Everything the pages and the API show for a search of the public record. */
export async function searchPublicLetters(db: Queryable, q: SearchQuery, parts: SearchParts = {}): Promise<SearchResult> {
  // From the public index in memory, unless the caller is inside a transaction of its own (which
  // may hold changes not committed: they must neither be read into the index nor answered from it).
  if (parts.index !== false && isDatabase(db)) {
    const indexed = await withIndexScans(db, (tx) => indexedSearch(db, tx, q));
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
  const result = await withIndexScans(db, (tx) => search(tx, q, parts, apart));
  if (result.totalApart && counted) result.total += await counted;
  else await counted;
  const { totalApart: _, ...rest } = result;
  return rest;
}

/**
 * The search answered from the public index in memory: the database reads the query and the
 * persons, the index finds the matches, counts them and picks the page. Null when the index
 * cannot answer exactly (a prefix or a weight in the query, which web search syntax never gives;
 * no generation to check the index against): the database answers it.
 */
async function indexedSearch(owner: Database, tx: Queryable, q: SearchQuery): Promise<SearchResult | null> {
  const generation = await publicGeneration(tx);
  if (generation === null) return null;
  const { index, names } = await publicLookups(owner, tx, generation);
  const { words, people, match } = await prepare(tx, q, names);
  const head = await publicQueryHead(tx, match);
  const read = readTsQuery(head.q);
  const ranking = readTsQuery(head.r);
  if ((head.q !== null && !read) || (head.r !== null && head.r.trim() !== '' && !ranking)) return null;
  const result = await searchIndex(index, tx, {
    q: read, r: ranking, everything: !words, personLetters: head.personLetters, referenceLetters: head.referenceLetters,
    filters: q.filters, sort: q.sort === 'relevance' && !words ? 'newest' : q.sort, offset: (q.page - 1) * q.pageSize, limit: q.pageSize,
  });
  if (!result) return null;
  const rows = await publicHitRows(tx, result.hits);
  return { total: result.total, facets: result.facets, ...(await present(tx, words, people, rows)) };
}

async function search(db: Queryable, q: SearchQuery, parts: SearchParts, totalApart: boolean): Promise<SearchResult & { totalApart: boolean }> {
  const { words, people, match } = await prepare(db, q);
  const sort = q.sort === 'relevance' && !words ? 'newest' : q.sort;
  const page = await searchPublicPage(db, match, { sort, limit: q.pageSize, offset: (q.page - 1) * q.pageSize, totalApart });
  const counts = parts.facets === false ? null : await countFacets(db, match);
  const facets = counts?.facets ?? noFacets();
  return {
    total: counts?.total ?? page.total,
    totalApart: counts === null && page.totalApart,
    facets,
    ...(await present(db, words, people, page.rows)),
  };
}

/** A page's letters as hits with their snippets, and the persons found. */
async function present(db: Queryable, words: string, people: PublicPersonRow[], rows: PublicHitRow[]): Promise<Pick<SearchResult, 'items' | 'people'>> {
  const fromReply = (r: PublicHitRow) => !r.in_letter && r.in_reply;
  const snippets = words
    ? await publicSnippets(
        db,
        rows.map((r) => ({ id: r.id, fromReply: fromReply(r) })),
        words,
        anyOfWords(words, people.flatMap((p) => p.spellings)),
        { start: HIT_START, stop: HIT_STOP },
      )
    : [];
  const snippetOf = new Map(snippets.map((s) => [s.id, s]));

  const items: SearchHit[] = rows.map((r) => {
    const s = snippetOf.get(r.id);
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
      snippet: s ? readSnippet(s.marked) : null,
      snippetFrom: s ? (s.from_reply ? 'reply' : 'letter') : null,
    };
  });
  return { items, people: people.map((p) => ({ id: p.id, name: p.name, spellings: p.spellings, letters: p.letters })) };
}

async function countFacets(db: Queryable, match: PublicMatch): Promise<{ facets: Facets; total: number }> {
  return countFacetLines(await publicFacetFacts(db, match), match.filters);
}
