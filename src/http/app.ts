/**
 * The HTTP server, built apart from `listen` so tests drive it with `inject`. Routes only parse
 * input, ask the public archive and render; they never see unpublished material because the
 * archive they are given answers for published letters only.
 */
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { readFileSync, readdirSync } from 'node:fs';
import { h } from 'preact';
import type { PublicArchive } from '../services/public-archive.js';
import type { OpenData } from '../services/public-export.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { renderPage } from './render.js';
import { apiFrameworkError, apiRoutes } from './routes/api.js';
import { fileRoutes, type OriginalFiles } from './routes/files.js';
import { pageRoutes } from './routes/pages.js';
import { installCompression } from './compression.js';
import type { ResponseCache } from './response-cache.js';
import { registerWorkspace, type WorkspaceRoutes } from './staff/index.js';
import type { Workspace } from './staff/workspace.js';

/** The URLs of the public pages and API: the only answers a response cache may keep. */
export const PUBLIC_URL = /^\/(?:$|\?|search|letters|states|mandates|people|api\/v1\/|api\/openapi\.json)/;

export interface AppOptions {
  archive: PublicArchive;
  /** Whole published records and exports, for the open API. */
  openData: OpenData;
  /** The original files of public letters (`/letters/:reference/original`). */
  originals?: OriginalFiles;
  /** Keeps rendered public answers until the next publication (`publicPages` says which URLs). */
  cache?: ResponseCache;
  /** The secretariat's side (`/staff`, the submission form); absent, the server is the public archive only. */
  workspace?: { ws: Workspace; routes: WorkspaceRoutes[] };
  /** Behind a reverse proxy: trust its X-Forwarded-For (`true`, or the proxy's addresses), so that rate limits count clients, not the proxy. */
  trustProxy?: boolean | string;
  logger?: boolean;
}

/** site.css first, then the stylesheets of parts of the site (staff-*.css), served as one. */
const ASSETS = new URL('./assets/', import.meta.url);
const css = ['site.css', ...readdirSync(ASSETS).filter((f) => f.endsWith('.css') && f !== 'site.css').sort()]
  .map((f) => readFileSync(new URL(f, ASSETS), 'utf8'))
  .join('\n');

const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

export async function buildApp({ archive, openData, originals, cache, workspace, trustProxy = false, logger = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    trustProxy,
    routerOptions: { maxParamLength: 300 },
    // A URL the router cannot read (bad percent-encoding, a parameter too long) never reaches a route.
    frameworkErrors: (error, req, reply: FastifyReply) =>
      req.url.startsWith('/api/') ? apiFrameworkError(error, req as FastifyRequest, reply) : reply.code(400).type('text/plain; charset=utf-8').send('Bad request.'),
  });

  app.addHook('onSend', async (_req, reply) => {
    // A route that sets a stricter policy of its own (original files: a sandbox) keeps it.
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!reply.hasHeader(name)) reply.header(name, value);
  });

  cache?.install(app);
  // After the cache: it keeps bodies as rendered, and those it serves are compressed too.
  installCompression(app, (url) => PUBLIC_URL.test(url) || url.startsWith('/assets/'));

  app.get('/assets/site.css', async (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(css),
  );

  pageRoutes(app, archive);
  if (originals) fileRoutes(app, originals);
  apiRoutes(app, { archive, data: openData });
  if (workspace) await registerWorkspace(app, workspace.ws, workspace.routes);

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
