/**
 * Published letters in the interchange format: the search as a list of records, one record with
 * its text, and the replies to it.
 */
import type { FastifyInstance } from 'fastify';
import type { Communication } from '../../domain/communication.js';
import { searchParams, type Facets, type PersonMatch, type SearchQuery } from '../../domain/search-query.js';
import type { OpenData } from '../../services/public-export.js';
import { notFound } from './errors.js';
import { CACHE_CONTROL } from './http-caching.js';
import { LIST_PARAMETERS, onlyKnown, readSearch } from './parameters.js';
import { JSON_MEDIA_TYPE, resource, sendJson } from './resource.js';

export const COMMUNICATIONS_PATH = '/api/v1/communications';

/** A page of the search, each item the whole record of a letter (its text only at its own URL). */
export interface CommunicationList {
  total: number;
  page: number;
  limit: number;
  items: Communication[];
  /** For each filter, the values among all the letters that match and how many letters each. */
  facets: Facets;
  /** Persons whose name matches the words. */
  people: PersonMatch[];
  links: ListLinks;
}

export interface ListLinks {
  self: string;
  next: string | null;
  prev: string | null;
  /** The whole search, every page, as JSON lines and as CSV. */
  jsonl: string;
  csv: string;
}

export interface ReplyList {
  total: number;
  items: Communication[];
}

export const communicationPath = (reference: string) => `${COMMUNICATIONS_PATH}/${encodeURIComponent(reference)}`;

function listLinks(q: SearchQuery, total: number): ListLinks {
  const at = (page: number) => {
    const p = searchParams({ ...q, page }).toString();
    return p ? `${COMMUNICATIONS_PATH}?${p}` : COMMUNICATIONS_PATH;
  };
  const whole = searchParams({ ...q, page: 1, pageSize: 20 });
  whole.delete('limit');
  const suffix = whole.size ? `?${whole.toString()}` : '';
  return {
    self: at(q.page),
    next: q.page * q.pageSize < total ? at(q.page + 1) : null,
    prev: q.page > 1 ? at(Math.min(q.page - 1, Math.max(1, Math.ceil(total / q.pageSize)))) : null,
    jsonl: `/api/v1/export.jsonl${suffix}`,
    csv: `/api/v1/export.csv${suffix}`,
  };
}

export function communicationRoutes(api: FastifyInstance, data: OpenData): void {
  resource(api, '/v1/communications', JSON_MEDIA_TYPE, async (req, reply) => {
    const q = readSearch(req.query, LIST_PARAMETERS);
    const found = await data.search(q);
    const items = await data.records(found.items.map((h) => h.reference));
    const body: CommunicationList = {
      total: found.total, page: q.page, limit: q.pageSize, items, facets: found.facets, people: found.people, links: listLinks(q, found.total),
    };
    return sendJson(reply, body, CACHE_CONTROL.records);
  });

  resource(api, '/v1/communications/:reference', JSON_MEDIA_TYPE, async (req, reply) => {
    onlyKnown(req.query, []);
    const letter = await data.letter(req.params.reference ?? '');
    if (!letter) throw notFound('communication');
    const self = communicationPath(letter.record.reference?.text ?? '');
    reply.header('link', `<${self}/replies>; rel="replies"`);
    return sendJson(reply, letter.record, CACHE_CONTROL.records);
  });

  resource(api, '/v1/communications/:reference/replies', JSON_MEDIA_TYPE, async (req, reply) => {
    onlyKnown(req.query, []);
    const letter = await data.letter(req.params.reference ?? '');
    if (!letter) throw notFound('communication');
    const body: ReplyList = { total: letter.replies.length, items: letter.replies };
    return sendJson(reply, body, CACHE_CONTROL.records);
  });
}
