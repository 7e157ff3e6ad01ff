import { describe, expect, it } from 'vitest';
import { emptyFilters, type SearchFilters } from '../domain/search-query.js';
import { PublicIndex, type IndexedSearch } from './public-index.js';
import { readTsQuery } from './tsquery.js';

// Newest first; letters 7 and 6 have no date (the higher id first). Lines: State, type, joint, year, reply, language, mandates.
const LETTERS = [
  { id: 1, dated: true, line: 'XAA\tAL\ttrue\t2025\ttrue\ten\thrd,wgad' },
  { id: 2, dated: true, line: 'XAB\tUA\tfalse\t2025\tfalse\ten\thrd' },
  { id: 3, dated: true, line: 'XAA\tAL\tfalse\t2024\tfalse\tfr\ttorture' },
  { id: 4, dated: true, line: 'XAC\tOL\ttrue\t2024\tfalse\tes\thrd,torture' },
  { id: 5, dated: true, line: 'XAB\tAL\tfalse\t2023\ttrue\ten\twgad' },
  { id: 7, dated: false, line: 'OTH\t\t\t\tfalse\t\t' },
  { id: 6, dated: false, line: 'OTH\t\t\t\tfalse\t\t' },
];
const REPLIES = [{ id: 50, letterId: 5 }, { id: 10, letterId: 1 }];

function index(maxIds?: number): PublicIndex {
  const ix = new PublicIndex('7', LETTERS, REPLIES, maxIds);
  ix.hold(`'mine'`, { letters: [1, 2, 3, 4, 6, 7], replies: [], named: [3] });
  ix.hold(`'camp'`, { letters: [2, 3], replies: [50], named: [3, 2] });
  ix.hold(`'closed'`, { letters: [], replies: [50, 10], named: [] });
  ix.hold(`'other'`, { letters: [99], replies: [77], named: [99] }); // ids this generation does not hold
  return ix;
}

const search = (ix: PublicIndex, q: string, o: Partial<IndexedSearch> = {}) =>
  ix.search({
    q: readTsQuery(q), r: readTsQuery(q.replace(/&/g, '|')), everything: false, personLetters: [], referenceLetters: [],
    filters: emptyFilters(), sort: 'relevance', offset: 0, limit: 20, ...o,
  });
const ids = (r: { hits: Array<{ id: number }> }) => r.hits.map((h) => h.id);
const filters = (f: Partial<SearchFilters>): SearchFilters => ({ ...emptyFilters(), ...f });

describe('the public index', () => {
  it('ranks the reference, then a person found, then every word named, then any word named, then the newest', () => {
    const ix = index();
    expect(ids(search(ix, `'mine'`))).toEqual([3, 1, 2, 4, 7, 6]);
    expect(ids(search(ix, `'mine' & 'camp'`))).toEqual([3, 2]);
    expect(ids(search(ix, `'mine'`, { personLetters: [4] }))).toEqual([4, 3, 1, 2, 7, 6]);
    expect(ids(search(ix, `'mine'`, { personLetters: [4], referenceLetters: [6] }))).toEqual([6, 4, 3, 1, 2, 7]);
    // Any word named ranks only a letter that matches: 2 names `camp` but holds no `closed`.
    expect(ids(search(ix, `'closed'`, { r: readTsQuery(`'closed' | 'camp'`) }))).toEqual([1, 5]);
  });

  it('matches by a reply’s words, saying where each letter matched', () => {
    const ix = index();
    expect(search(ix, `'closed'`).hits).toEqual([{ id: 1, inLetter: false, inReply: true }, { id: 5, inLetter: false, inReply: true }]);
    // A reply matches by its own words: `camp` and `closed` are both in reply 50 only.
    expect(ids(search(ix, `'camp' & 'closed'`))).toEqual([5]);
  });

  it('excludes by a word, and ignores ids it was not loaded with', () => {
    const ix = index();
    expect(ids(search(ix, `'mine' & !'camp'`, { sort: 'newest' }))).toEqual([1, 4, 7, 6]);
    expect(search(ix, `'other'`).total).toBe(0);
  });

  it('counts every facet with the other facets’ filters, and pages the letters passing all of them', () => {
    const r = search(index(), `'mine'`, { filters: filters({ state: ['XAA'], lang: ['en'] }), sort: 'newest' });
    expect(r.total).toBe(1);
    expect(ids(r)).toEqual([1]);
    expect(r.facets.state).toEqual([{ value: 'XAA', count: 1 }, { value: 'XAB', count: 1 }]);
    expect(r.facets.lang).toEqual([{ value: 'en', count: 1 }, { value: 'fr', count: 1 }]);
    expect(r.facets.joint).toEqual([{ value: 'yes', count: 1 }]);
  });

  it('sorts the oldest first with undated letters last, and pages', () => {
    const ix = index();
    expect(ids(search(ix, `'mine'`, { sort: 'oldest' }))).toEqual([4, 3, 2, 1, 6, 7]);
    expect(ids(search(ix, '', { everything: true, q: null, r: null, sort: 'oldest', offset: 2, limit: 3 }))).toEqual([3, 2, 1]);
    expect(search(ix, '', { everything: true, q: null, r: null, sort: 'newest' }).total).toBe(7);
  });

  it('drops the least recently used words beyond its size, and says which it lacks', () => {
    const ix = index(12);
    expect(ix.missing([`'mine'`, `'camp'`, `'closed'`, `'other'`])).toEqual([`'mine'`]);
    search(ix, `'camp'`);
    ix.hold(`'mine'`, { letters: [1, 2, 3, 4, 6, 7], replies: [], named: [3] });
    expect(ix.missing([`'mine'`, `'camp'`, `'closed'`])).toEqual([`'closed'`]);
  });
});
