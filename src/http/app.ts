/**
 * The HTTP server, built apart from `listen` so tests drive it with `inject`. Routes only parse
 * input, ask the public archive and render; they never see unpublished material because the
 * archive they are given answers for published letters only.
 */
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { h } from 'preact';
import type { PublicArchive } from '../services/public-archive.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { renderPage } from './render.js';
import { apiRoutes } from './routes/api.js';
import { pageRoutes } from './routes/pages.js';

export interface AppOptions {
  archive: PublicArchive;
  logger?: boolean;
}

const css = readFileSync(new URL('./assets/site.css', import.meta.url), 'utf8');

const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

export async function buildApp({ archive, logger = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger, routerOptions: { maxParamLength: 300 } });

  app.addHook('onSend', async (_req, reply) => {
    reply.headers(SECURITY_HEADERS);
  });

  app.get('/assets/site.css', async (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(css),
  );

  pageRoutes(app, archive);
  apiRoutes(app, archive);

  app.setNotFoundHandler(async (req, reply) => {
    if (req.url.startsWith('/api/')) return reply.code(404).send({ error: 'not_found', message: 'No such route.' });
    return reply.code(404).type('text/html; charset=utf-8').send(renderPage(h(NotFoundPage, {})));
  });

  app.setErrorHandler(async (error: FastifyError, req, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) req.log.error(error);
    const message = status === 500 ? 'Something went wrong on our side.' : error.message;
    if (req.url.startsWith('/api/')) return reply.code(status).send({ error: status === 500 ? 'internal' : 'bad_request', message });
    return reply.code(status).type('text/plain; charset=utf-8').send(message);
  });

  return app;
}
