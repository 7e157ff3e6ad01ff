/**
 * The query parameters of the open API, described once: the OpenAPI document is written from
 * these, and a parameter a route does not list is refused (`offset` silently ignored would give
 * the first page again). The search parameters are read by `parseSearchQuery`, as on the pages.
 */
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MAX_QUERY_LENGTH, parseSearchQuery, type QueryParams, type SearchQuery } from '../../domain/search-query.js';
import { badParameter } from './errors.js';
import type { ParameterObject } from './openapi-types.js';

const MAX_PAGE = 10_000;

const repeatable = (items: Record<string, unknown>) => ({ type: 'array', items });

export const QUERY_PARAMETERS = {
  q: {
    name: 'q', in: 'query',
    description: 'Words to find, as on the web: `"quoted phrase"`, `-excluded`, `or`. Matches the text of letters and of their replies and the names of persons under any spelling.',
    schema: { type: 'string', maxLength: MAX_QUERY_LENGTH },
  },
  state: {
    name: 'state', in: 'query', explode: true,
    description: 'Recipient codes (ISO 3166-1 alpha-3, or `OTH`); repeat the parameter or separate with commas for any of several.',
    schema: repeatable({ type: 'string', pattern: '^[A-Za-z]{3}$' }),
  },
  mandate: {
    name: 'mandate', in: 'query', explode: true,
    description: 'Mandate registry ids (`sr-human-rights-defenders`); any of several.',
    schema: repeatable({ type: 'string', pattern: '^[a-z0-9-]{1,60}$' }),
  },
  type: {
    name: 'type', in: 'query', explode: true,
    description: 'Communication types: `UA` urgent appeal, `AL` allegation letter, `OL` other letter.',
    schema: repeatable({ type: 'string', enum: ['UA', 'AL', 'OL'] }),
  },
  joint: { name: 'joint', in: 'query', description: '`yes`: letters of several mandates; `no`: of one.', schema: { type: 'string', enum: ['yes', 'no'] } },
  year: { name: 'year', in: 'query', explode: true, description: 'Years of the letters; any of several.', schema: repeatable({ type: 'integer', minimum: 1900, maximum: 2099 }) },
  reply: { name: 'reply', in: 'query', description: '`yes`: the recipient replied; `no`: no reply published.', schema: { type: 'string', enum: ['yes', 'no'] } },
  lang: { name: 'lang', in: 'query', explode: true, description: 'Languages of the letters (`en`, `fr`, `es`).', schema: repeatable({ type: 'string', pattern: '^[a-z]{2}$' }) },
  sort: {
    name: 'sort', in: 'query',
    description: '`relevance` (the default with words), `newest` (the default without), or `oldest`.',
    schema: { type: 'string', enum: ['relevance', 'newest', 'oldest'] },
  },
  page: { name: 'page', in: 'query', description: 'Page number, from 1.', schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 } },
  limit: {
    name: 'limit', in: 'query', description: 'Letters on a page.',
    schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE },
  },
  personQuery: {
    name: 'q', in: 'query', required: true,
    description: 'A name, in any of its spellings (accents and transliteration variants are folded).',
    schema: { type: 'string', minLength: 1, maxLength: MAX_QUERY_LENGTH },
  },
} satisfies Record<string, ParameterObject>;

export type QueryParameterName = keyof typeof QUERY_PARAMETERS;

/** A list of letters: the search and its pages. */
export const LIST_PARAMETERS: QueryParameterName[] = ['q', 'state', 'mandate', 'type', 'joint', 'year', 'reply', 'lang', 'sort', 'page', 'limit'];
/** An export holds every matching letter: no pages. */
export const EXPORT_PARAMETERS: QueryParameterName[] = ['q', 'state', 'mandate', 'type', 'joint', 'year', 'reply', 'lang', 'sort'];
export const PAGE_PARAMETERS: QueryParameterName[] = ['page'];
export const PEOPLE_PARAMETERS: QueryParameterName[] = ['personQuery', 'page'];

/** Refuses a parameter the route does not take, naming it and what the route takes. */
export function onlyKnown(query: QueryParams, allowed: readonly QueryParameterName[]): void {
  const names = new Set(allowed.map((p) => QUERY_PARAMETERS[p].name));
  for (const key of Object.keys(query)) {
    if (names.has(key)) continue;
    const shown = key.slice(0, 40);
    const hint = key === 'offset' && names.has('page') ? '; use page and limit' : (key === 'page' || key === 'limit') && names.has('sort') ? '; an export holds every matching letter' : '';
    throw badParameter(`query parameter "${shown}" is not known here${hint}; this route takes ${[...names].join(', ') || 'no parameters'}`);
  }
}

export function readSearch(query: QueryParams, allowed: readonly QueryParameterName[]): SearchQuery {
  onlyKnown(query, allowed);
  return parseSearchQuery(query);
}

export function readPage(query: QueryParams, allowed: readonly QueryParameterName[] = PAGE_PARAMETERS): number {
  onlyKnown(query, allowed);
  // The page number is read exactly as the search reads it, so its message is the same too.
  return parseSearchQuery({ page: query.page }).page;
}

export function readPersonQuery(query: QueryParams): { text: string; page: number } {
  const page = readPage(query, PEOPLE_PARAMETERS);
  const raw = query.q;
  if (Array.isArray(raw)) throw badParameter('query parameter "q" takes one value');
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (!text) throw badParameter('query parameter "q" is required: a name to find, in any spelling');
  if (text.length > MAX_QUERY_LENGTH) throw badParameter(`query parameter "q" is at most ${MAX_QUERY_LENGTH} characters`);
  return { text, page };
}
