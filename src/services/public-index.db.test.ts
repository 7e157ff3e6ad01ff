import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Communication } from '../domain/communication.js';
import { emptyFilters, type SearchFilters, type SearchQuery, type SearchResult, type SearchSort } from '../domain/search-query.js';
import { loadDemoDatabase } from '../demo/load-database.js';
import { benchQueries } from '../bench/search-queries.js';
import { buildLetter, person } from '../../test/db/build-letter.js';
import { openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { commonWords } from '../store/public-index.repo.js';
import { heldPublicLookups, warmPublicLookups, watchPublicGeneration } from './public-index.js';
import { publishDue } from './publish.js';
import { searchPublicLetters } from './public-search.js';
import { storeRecord } from './store-record.js';

const query = (text: string, o: { filters?: Partial<SearchFilters>; sort?: SearchSort; page?: number; pageSize?: number } = {}): SearchQuery => ({
  text, filters: { ...emptyFilters(), ...o.filters }, sort: o.sort ?? 'relevance', page: o.page ?? 1, pageSize: o.pageSize ?? 20,
});

// What a reader sees of a search: the letters in order with their passages, the counts, the persons.
const seen = (r: SearchResult) => ({
  total: r.total,
  items: r.items.map((i) => [i.reference, i.snippetFrom, i.snippet?.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('')]),
  facets: r.facets,
  people: r.people,
});

describe('the public index in memory answers as the database does', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
    await loadDemoDatabase(t.db, { letters: 160, seed: 4, words: 400, languages: ['en', 'fr', 'es'], worker: false, asOf: '2026-01-01' });
  }, 120_000);
  afterAll(async () => {
    await t?.dispose();
  });

  it('gives the same letters, order, passages, totals, facet counts and persons for every kind of query', async () => {
    const texts = [
      ...(await benchQueries(t.db, 4, 60)).map((q) => q.text),
      '', 'detention -torture', 'detention or torture', '-detention', 'the', 'of the', '"arbitrary detention"', 'human-rights',
      'XAA', 'police détention', 'zzzznotaword',
    ];
    const all = await searchPublicLetters(t.db, query(''), { index: false });
    const f = all.facets;
    const filterSets: Array<Partial<SearchFilters>> = [
      {}, { state: [f.state[0]!.value] }, { mandate: [f.mandate[0]!.value, f.mandate[1]!.value] }, { type: ['UA'] }, { joint: 'yes' },
      { year: [Number(f.year[0]!.value)] }, { reply: 'no' }, { lang: ['fr', 'es'] }, { state: [f.state[1]!.value], reply: 'yes', type: ['AL'] },
    ];
    let compared = 0;
    for (const [i, text] of texts.entries()) {
      const variants = [
        query(text, { filters: filterSets[i % filterSets.length]! }),
        query(text, { sort: i % 2 ? 'newest' : 'oldest', page: 1 + (i % 3), pageSize: 7 }),
      ];
      for (const q of variants) {
        const fromDatabase = await searchPublicLetters(t.db, q, { index: false });
        const fromIndex = await searchPublicLetters(t.db, q);
        expect(seen(fromIndex), JSON.stringify(q)).toEqual(seen(fromDatabase));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(140);
    // The answers above came from the index, loaded at the record's present generation.
    const index = heldPublicLookups(t.db)?.index;
    expect(index?.letters).toBe(all.total);
    const { rows } = await t.db.query<{ n: string }>('select n::text as n from public_generation');
    expect(index?.generation).toBe(rows[0]!.n);
  });

  it('holds the lists of the commonest words once it is warmed, before any search asks for them', async () => {
    // A new generation: the index is loaded again, holding no word a search asked for.
    await t.db.exec('update public_generation set n = n + 1');
    await warmPublicLookups(t.db);
    const words = await commonWords(t.db, 40);
    expect(words.length).toBe(40);
    expect(heldPublicLookups(t.db)!.index.missing(words.map((w) => `'${w}'`))).toEqual([]);
    const q = query(words[10]!);
    expect(seen(await searchPublicLetters(t.db, q))).toEqual(seen(await searchPublicLetters(t.db, q, { index: false })));
  });
});

// On the embedded database, also as a server runs it: the engine in a thread of its own, its reads apart (Database.indexScans).
const engines = process.env.DATABASE_URL ? [{ thread: false }] : [{ thread: false }, { thread: true }];

describe.each(engines)('the public index follows publication (engine in a thread of its own: $thread)', ({ thread }) => {
  let t: TestDatabase;
  let n = 0;
  const store = (record: Communication, options: { replace?: boolean } = {}) =>
    t.db.transaction((tx) =>
      storeRecord(tx, record, { sha256: `i-${++n}`, path: `/private/${n}.md`, format: 'markdown', pages: null, bytes: 1, kind: record.kind }, options),
    );
  const search = (text: string) => searchPublicLetters(t.db, query(text));
  const refs = (r: SearchResult) => r.items.map((i) => i.reference);
  const text = 'Excellency,\n\nThe quarry workers near the zephyrite mine were detained.';

  beforeAll(async () => {
    t = await openTestDatabase({ thread });
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('finds a letter once it is published and forgets it once it is withdrawn', async () => {
    await store(buildLetter({ reference: 'AL XAA 1/2024', date: '2024-01-05', title: 'mine workers', text, persons: [person('Ilse Varga')] }));
    await publishDue(t.db, { asOf: '2025-01-01' });
    expect(refs(await search('zephyrite'))).toEqual(['AL XAA 1/2024']);
    const before = heldPublicLookups(t.db)!.index.generation;

    // Not yet due: unseen.
    await store(buildLetter({ reference: 'UA XAB 1/2024', date: '2024-12-20', title: 'mine workers again', text }));
    await publishDue(t.db, { asOf: '2025-01-01' });
    const notYet = await search('zephyrite');
    expect(refs(notYet)).toEqual(['AL XAA 1/2024']);
    expect(notYet.facets.state.map((s) => s.value)).toEqual(['XAA']);

    // Due: found, counted, by a new generation of the index.
    await publishDue(t.db, { asOf: '2025-03-01' });
    const published = await search('zephyrite');
    expect(refs(published)).toEqual(['UA XAB 1/2024', 'AL XAA 1/2024']);
    expect(published.total).toBe(2);
    expect(published.facets.state.map((s) => s.value).sort()).toEqual(['XAA', 'XAB']);
    expect(heldPublicLookups(t.db)!.index.generation).not.toBe(before);

    // Its date moves away (a correction): withdrawn, and gone from every count.
    await store(buildLetter({ reference: 'UA XAB 1/2024', date: '2025-02-20', title: 'mine workers again', text }), { replace: true });
    expect((await publishDue(t.db, { asOf: '2025-03-01' })).withdrawn).toBe(1);
    const withdrawn = await search('zephyrite');
    expect(refs(withdrawn)).toEqual(['AL XAA 1/2024']);
    expect(withdrawn.total).toBe(1);
    expect(withdrawn.facets.state.map((s) => s.value)).toEqual(['XAA']);
    expect((await search('')).total).toBe(1);
  });

  it('answers a search that arrives while the index of a new publication is being loaded', async () => {
    // As a server starting: letters published, then the index warmed while searches already come
    // in. The search asks for the index first and the warming waits for the load the search began;
    // neither may hold the engine while it waits for the other. A database of its own: nothing held yet.
    const own = await openTestDatabase({ thread });
    try {
      await own.db.transaction((tx) => storeRecord(
        tx, buildLetter({ reference: 'AL XAD 1/2024', date: '2024-03-01', title: 'quarry', text: `${text} Varnholt.` }),
        { sha256: 'warm-1', path: '/private/warm.md', format: 'markdown', pages: null, bytes: 1, kind: 'communication' },
      ));
      await publishDue(own.db, { asOf: '2025-01-01' });
      let timer: NodeJS.Timeout | undefined;
      const stuck = new Promise<'stuck'>((resolve) => (timer = setTimeout(() => resolve('stuck'), 10_000)));
      const answer = await Promise.race([Promise.all([searchPublicLetters(own.db, query('varnholt')), warmPublicLookups(own.db)]), stuck]);
      clearTimeout(timer);
      expect(answer).not.toBe('stuck');
      expect(refs((answer as [SearchResult, void])[0])).toEqual(['AL XAD 1/2024']);
    } finally {
      // Stuck, the engine would never close: its thread is let go with the process.
      await Promise.race([own.dispose(), new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
    }
  });

  it('tells a watcher when the public record changes, and only then', async () => {
    let changes = 0;
    const watch = watchPublicGeneration(t.db, () => changes++, 10);
    try {
      await new Promise((r) => setTimeout(r, 100)); // several checks, nothing published
      expect(changes).toBe(0);
      await store(buildLetter({ reference: 'AL XAC 1/2024', date: '2024-02-01', title: 'quarry', text }));
      await publishDue(t.db, { asOf: '2025-01-01' });
      await vi.waitFor(() => expect(changes).toBe(1), { timeout: 2000 });
    } finally {
      watch.stop();
    }
  });
});
