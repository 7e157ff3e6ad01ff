/** The public HTML pages: each route reads its parameters, asks the public archive and renders. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { h, type VNode } from 'preact';
import { isRapError } from '../../domain/errors.js';
import { parseSearchQuery, type QueryParams } from '../../domain/search-query.js';
import type { PublicArchive } from '../../services/public-archive.js';
import { BadRequestPage } from '../pages/bad-request-page.js';
import { HomePage } from '../pages/home-page.js';
import { letterHref, pageHref, stateHref } from '../pages/hrefs.js';
import { LetterPage } from '../pages/letter-page.js';
import { MandatePage } from '../pages/mandate-page.js';
import { MandatesPage } from '../pages/mandates-page.js';
import { NotFoundPage } from '../pages/not-found-page.js';
import { PeoplePage } from '../pages/people-page.js';
import { PersonPage } from '../pages/person-page.js';
import { SearchPage } from '../pages/search-page.js';
import { StatePage } from '../pages/state-page.js';
import { StatesPage } from '../pages/states-page.js';
import { renderPage } from '../render.js';

const MAX_PAGE = 10_000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any page component's props
function sendPage(reply: FastifyReply, page: VNode<any>, status = 200) {
  return reply.code(status).type('text/html; charset=utf-8').send(renderPage(page));
}

/** The same page, whatever was not found and why. */
export const sendNotFound = (reply: FastifyReply) => sendPage(reply, h(NotFoundPage, {}), 404);

const sendBadRequest = (reply: FastifyReply, problem: string) => sendPage(reply, h(BadRequestPage, { problem }), 400);

/** `?page=n` of a State's, a mandate's or the people's list; null when it is not a page number. */
function pageParam(query: QueryParams): number | null {
  const raw = query.page;
  if (raw === undefined) return 1;
  if (Array.isArray(raw) || !/^\d{1,5}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 && n <= MAX_PAGE ? n : null;
}

const BAD_PAGE = `query parameter "page" is a whole number from 1 to ${MAX_PAGE}`;

export function pageRoutes(app: FastifyInstance, archive: PublicArchive): void {
  app.get('/', async (_req, reply) => sendPage(reply, h(HomePage, await archive.overview())));

  app.get<{ Querystring: QueryParams }>('/search', async (req, reply) => {
    let query;
    try {
      query = parseSearchQuery(req.query);
    } catch (e) {
      if (isRapError(e) && e.code === 'RAP_ERR_USAGE') return sendBadRequest(reply, e.detail ?? e.message);
      throw e;
    }
    return sendPage(reply, h(SearchPage, await archive.search(query)));
  });

  // The first list of letters had its own address; its parameters (q, page) are the search's.
  app.get('/letters', async (req, reply) => {
    const at = req.url.indexOf('?');
    return reply.redirect(at < 0 ? '/search' : `/search${req.url.slice(at)}`, 301);
  });

  app.get<{ Params: { reference: string } }>('/letters/:reference', async (req, reply) => {
    const view = await archive.letter(req.params.reference);
    if (!view) return sendNotFound(reply);
    // `al xaa 1/2024` or `XAA 1/2024` lead to the letter's one address.
    if (view.reference !== req.params.reference) return reply.redirect(letterHref(view.reference), 301);
    return sendPage(reply, h(LetterPage, view));
  });

  app.get('/states', async (_req, reply) => sendPage(reply, h(StatesPage, { states: await archive.states() })));

  app.get<{ Params: { code: string }; Querystring: QueryParams }>('/states/:code', async (req, reply) => {
    const page = pageParam(req.query);
    if (page === null) return sendBadRequest(reply, BAD_PAGE);
    const view = await archive.state(req.params.code, page);
    if (!view) return sendNotFound(reply);
    if (view.code !== req.params.code) return reply.redirect(pageHref(stateHref(view.code))(page), 301);
    return sendPage(reply, h(StatePage, view));
  });

  app.get('/mandates', async (_req, reply) => sendPage(reply, h(MandatesPage, { mandates: await archive.mandates() })));

  app.get<{ Params: { id: string }; Querystring: QueryParams }>('/mandates/:id', async (req, reply) => {
    const page = pageParam(req.query);
    if (page === null) return sendBadRequest(reply, BAD_PAGE);
    const view = await archive.mandate(req.params.id, page);
    return view ? sendPage(reply, h(MandatePage, view)) : sendNotFound(reply);
  });

  app.get<{ Querystring: QueryParams }>('/people', async (req, reply) => {
    const page = pageParam(req.query);
    if (page === null) return sendBadRequest(reply, BAD_PAGE);
    const raw = req.query.q;
    if (Array.isArray(raw)) return sendBadRequest(reply, 'query parameter "q" takes one value');
    const query = (raw ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
    const found = await archive.people(query, page);
    return sendPage(reply, h(PeoplePage, { query, found }));
  });

  app.get<{ Params: { id: string } }>('/people/:id', async (req, reply) => {
    const view = await archive.person(req.params.id);
    return view ? sendPage(reply, h(PersonPage, view)) : sendNotFound(reply);
  });
}
