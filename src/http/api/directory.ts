/**
 * The public archive's other entries, as the pages show them: States (and other recipients),
 * mandates and persons named in published letters, each with its published letters.
 */
import type { FastifyInstance } from 'fastify';
import type { Paged, PersonSummary, PublicArchive } from '../../services/public-archive.js';
import { notFound } from './errors.js';
import { CACHE_CONTROL } from './http-caching.js';
import { onlyKnown, readPage, readPersonQuery } from './parameters.js';
import { JSON_MEDIA_TYPE, resource, sendJson } from './resource.js';

/** A whole list in one answer (States and mandates are a few hundred at most). */
export interface FullList<T> {
  total: number;
  items: T[];
}

export interface PeopleList extends Paged<PersonSummary> {
  links: { next: string | null; prev: string | null };
}

export function directoryRoutes(api: FastifyInstance, archive: PublicArchive): void {
  resource(api, '/v1/states', JSON_MEDIA_TYPE, async (req, reply) => {
    onlyKnown(req.query, []);
    const items = await archive.states();
    return sendJson(reply, { total: items.length, items }, CACHE_CONTROL.views);
  });

  resource(api, '/v1/states/:code', JSON_MEDIA_TYPE, async (req, reply) => {
    const view = await archive.state(req.params.code ?? '', readPage(req.query));
    if (!view) throw notFound('state');
    return sendJson(reply, view, CACHE_CONTROL.views);
  });

  resource(api, '/v1/mandates', JSON_MEDIA_TYPE, async (req, reply) => {
    onlyKnown(req.query, []);
    const items = await archive.mandates();
    return sendJson(reply, { total: items.length, items }, CACHE_CONTROL.views);
  });

  resource(api, '/v1/mandates/:id', JSON_MEDIA_TYPE, async (req, reply) => {
    const view = await archive.mandate(req.params.id ?? '', readPage(req.query));
    if (!view) throw notFound('mandate');
    return sendJson(reply, view, CACHE_CONTROL.views);
  });

  resource(api, '/v1/people', JSON_MEDIA_TYPE, async (req, reply) => {
    const { text, page } = readPersonQuery(req.query);
    const found = await archive.people(text, page);
    const at = (p: number) => `/api/v1/people?${new URLSearchParams({ q: text, ...(p > 1 ? { page: String(p) } : {}) }).toString()}`;
    const body: PeopleList = {
      ...found,
      links: { next: page * found.pageSize < found.total ? at(page + 1) : null, prev: page > 1 ? at(page - 1) : null },
    };
    return sendJson(reply, body, CACHE_CONTROL.views);
  });

  resource(api, '/v1/people/:id', JSON_MEDIA_TYPE, async (req, reply) => {
    onlyKnown(req.query, []);
    const view = await archive.person(req.params.id ?? '');
    if (!view) throw notFound('person');
    return sendJson(reply, view, CACHE_CONTROL.views);
  });
}
