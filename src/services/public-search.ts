/**
 * Full-text search of the public record with facets and snippets. (Being written: for now it
 * answers an empty result of the right shape.)
 */
import type { Facets, SearchQuery, SearchResult } from '../domain/search-query.js';
import type { Queryable } from '../store/database.js';

const noFacets = (): Facets => ({ state: [], mandate: [], type: [], joint: [], year: [], reply: [], lang: [] });

export async function searchPublicLetters(_db: Queryable, _q: SearchQuery): Promise<SearchResult> {
  return { total: 0, items: [], facets: noFacets(), people: [] };
}
