/** Addresses of the public pages, in one place so every link to a page is written the same way. */
import { searchParams, emptyFilters, DEFAULT_PAGE_SIZE, type SearchFilters, type SearchQuery } from '../../domain/search-query.js';

export const letterHref = (reference: string) => `/letters/${encodeURIComponent(reference)}`;
export const stateHref = (code: string) => `/states/${encodeURIComponent(code)}`;
export const mandateHref = (id: string) => `/mandates/${encodeURIComponent(id)}`;
export const personHref = (id: number) => `/people/${id}`;

/** A search page address from a query; the same parameters the API takes. */
export function searchHref(q: SearchQuery): string {
  const p = searchParams(q).toString();
  return p ? `/search?${p}` : '/search';
}

/** The address of a search for all letters narrowed by these filters (a State's letters awaiting a reply...). */
export function filteredSearchHref(filters: Partial<SearchFilters>): string {
  return searchHref({ text: '', filters: { ...emptyFilters(), ...filters }, sort: 'newest', page: 1, pageSize: DEFAULT_PAGE_SIZE });
}

/** `?page=n` on a page of its own list (a State's, a mandate's). */
export const pageHref = (path: string) => (page: number) => (page > 1 ? `${path}?page=${page}` : path);
