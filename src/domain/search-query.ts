/**
 * A search of the public record, as the pages and the open API both take it from a URL:
 * `?q=detention&state=XAA&mandate=hrd&type=UA&joint=yes&year=2024&reply=no&lang=fr&sort=date&page=2`.
 * Repeated keys (`state=XAA&state=XAB`) select several values of one facet (any of them);
 * different facets narrow together. One parser, so a search shared as a link gives the same
 * letters on a page, in the API and in an export.
 */
import type { CommunicationType } from './communication.js';
import { RapError } from './errors.js';

export type SearchSort = 'relevance' | 'newest' | 'oldest';
export type YesNo = 'yes' | 'no';

export interface SearchFilters {
  /** Recipient codes (`XAA`, `OTH`). */
  state: string[];
  /** Mandate registry ids. */
  mandate: string[];
  type: CommunicationType[];
  /** Joint letters (several mandates) or letters of one mandate. */
  joint: YesNo | null;
  year: number[];
  /** A reply received or not. */
  reply: YesNo | null;
  /** Letter languages (`en`, `fr`, `es`, ...). */
  lang: string[];
}

export interface SearchQuery {
  /** The words as typed (web search syntax: `"quoted phrase"`, `-excluded`, `or`); empty for all letters. */
  text: string;
  filters: SearchFilters;
  /** `relevance` when there are words, else the newest first. */
  sort: SearchSort;
  /** 1-based. */
  page: number;
  pageSize: number;
}

/** Highlighted passage: the text in parts, `hit` for the words that matched. Never markup. */
export type Snippet = Array<{ text: string; hit: boolean }>;

export interface SearchHit {
  reference: string;
  date: string | null;
  type: CommunicationType | null;
  recipient: { code: string; name: string | null };
  title: string | null;
  joint: boolean | null;
  language: string | null;
  mandateIds: string[];
  replyCount: number;
  /** The passage that matched (of the letter or of one of its replies); null without words. */
  snippet: Snippet | null;
  /** Where the snippet comes from. */
  snippetFrom: 'letter' | 'reply' | null;
}

export interface FacetCount {
  value: string;
  count: number;
}

/** For each facet, the values present among the letters that match, with how many letters each. */
export type Facets = Record<keyof SearchFilters, FacetCount[]>;

/** A person whose name (under any of its public spellings) matches the words searched. */
export interface PersonMatch {
  id: number;
  name: string;
  spellings: string[];
  letters: number;
}

export interface SearchResult {
  total: number;
  items: SearchHit[];
  facets: Facets;
  people: PersonMatch[];
}

export const FACETS: ReadonlyArray<keyof SearchFilters> = ['state', 'mandate', 'type', 'joint', 'year', 'reply', 'lang'];
export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE = 10_000;
const MAX_VALUES = 50;

export type QueryParams = Record<string, string | string[] | undefined>;

const list = (v: string | string[] | undefined): string[] =>
  (v === undefined ? [] : Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);

function one(params: QueryParams, key: string): string | undefined {
  const v = list(params[key]);
  if (v.length > 1) throw bad(key, v.join(','), 'takes one value');
  return v[0];
}

const bad = (field: string, value: string, why: string) =>
  new RapError('RAP_ERR_USAGE', `query parameter "${field}" ${why}, not "${value.slice(0, 40)}"`);

function values<T extends string>(params: QueryParams, key: string, ok: (s: string) => T | null, why: string): T[] {
  const out: T[] = [];
  const raw = list(params[key]);
  if (raw.length > MAX_VALUES) throw bad(key, raw.join(','), `takes at most ${MAX_VALUES} values`);
  for (const s of raw) {
    const v = ok(s);
    if (v === null) throw bad(key, s, why);
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

function yesNo(params: QueryParams, key: string): YesNo | null {
  const v = one(params, key);
  if (v === undefined) return null;
  const low = v.toLowerCase();
  if (low === 'yes' || low === 'no') return low;
  throw bad(key, v, 'is yes or no');
}

function int(params: QueryParams, key: string, min: number, max: number, fallback: number): number {
  const v = one(params, key);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw bad(key, v, `is a whole number from ${min} to ${max}`);
  return n;
}

/** Reads a search from URL parameters; throws RAP_ERR_USAGE naming the parameter that is wrong. */
export function parseSearchQuery(params: QueryParams, defaults: { pageSize?: number } = {}): SearchQuery {
  const text = (one(params, 'q') ?? '').replace(/\s+/g, ' ').trim();
  if (text.length > MAX_QUERY_LENGTH) throw bad('q', text, `is at most ${MAX_QUERY_LENGTH} characters`);
  const filters: SearchFilters = {
    state: values(params, 'state', (s) => (/^[A-Za-z]{3}$/.test(s) ? s.toUpperCase() : null), 'is a three-letter code'),
    mandate: values(params, 'mandate', (s) => (/^[a-z0-9-]{1,60}$/.test(s) ? s : null), 'is a mandate id'),
    type: values(params, 'type', (s) => {
      const t = s.toUpperCase();
      return t === 'UA' || t === 'AL' || t === 'OL' ? t : null;
    }, 'is UA, AL or OL'),
    joint: yesNo(params, 'joint'),
    year: values(params, 'year', (s) => (/^(19|20)\d{2}$/.test(s) ? s : null), 'is a year').map(Number),
    reply: yesNo(params, 'reply'),
    lang: values(params, 'lang', (s) => (/^[a-z]{2}$/.test(s) ? s : null), 'is a two-letter language code'),
  };
  const sortRaw = one(params, 'sort');
  let sort: SearchSort = text ? 'relevance' : 'newest';
  if (sortRaw !== undefined) {
    if (sortRaw !== 'relevance' && sortRaw !== 'newest' && sortRaw !== 'oldest') throw bad('sort', sortRaw, 'is relevance, newest or oldest');
    sort = sortRaw === 'relevance' && !text ? 'newest' : sortRaw;
  }
  const pageSize = int(params, 'limit', 1, MAX_PAGE_SIZE, defaults.pageSize ?? DEFAULT_PAGE_SIZE);
  return { text, filters, sort, page: int(params, 'page', 1, MAX_PAGE, 1), pageSize };
}

/**
 * The URL parameters of a search, in a fixed order, leaving out defaults: the inverse of
 * `parseSearchQuery`, for links (a facet toggled, the next page) that keep the rest of the search.
 */
export function searchParams(q: SearchQuery, defaults: { pageSize?: number } = {}): URLSearchParams {
  const p = new URLSearchParams();
  if (q.text) p.set('q', q.text);
  for (const s of q.filters.state) p.append('state', s);
  for (const m of q.filters.mandate) p.append('mandate', m);
  for (const t of q.filters.type) p.append('type', t);
  if (q.filters.joint) p.set('joint', q.filters.joint);
  for (const y of q.filters.year) p.append('year', String(y));
  if (q.filters.reply) p.set('reply', q.filters.reply);
  for (const l of q.filters.lang) p.append('lang', l);
  if (q.sort !== (q.text ? 'relevance' : 'newest')) p.set('sort', q.sort);
  if (q.pageSize !== (defaults.pageSize ?? DEFAULT_PAGE_SIZE)) p.set('limit', String(q.pageSize));
  if (q.page > 1) p.set('page', String(q.page));
  return p;
}

export const emptyFilters = (): SearchFilters => ({ state: [], mandate: [], type: [], joint: null, year: [], reply: null, lang: [] });
