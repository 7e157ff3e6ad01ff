/**
 * The open API under /api: the public record in the interchange format, the directory of States,
 * mandates and persons, bulk export, and the OpenAPI document that describes them. Its own error
 * and not-found handlers answer JSON; CORS is open and answers are validated by ETag.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OpenData } from '../../services/public-export.js';
import type { PublicArchive } from '../../services/public-archive.js';
import { accepts } from '../api/accept.js';
import { communicationRoutes } from '../api/communications.js';
import { corsHeaders } from '../api/cors.js';
import { directoryRoutes } from '../api/directory.js';
import { ApiError, notFound, sendError } from '../api/errors.js';
import { exportRoutes } from '../api/exports.js';
import { CACHE_CONTROL, conditionalGet } from '../api/http-caching.js';
import { openApiDocument } from '../api/openapi.js';
import { JSON_MEDIA_TYPE, resource, sendJson } from '../api/resource.js';

export interface ApiDependencies {
  archive: PublicArchive;
  data: OpenData;
}

export function apiRoutes(app: FastifyInstance, deps: ApiDependencies): void {
  void app.register(async (api) => openApi(api, deps), { prefix: '/api' });
}

/** An error the router raises before any route of the API is chosen (a URL it cannot decode). */
export function apiFrameworkError(error: FastifyError, req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  corsHeaders(reply);
  return sendError(req, reply, error);
}

async function openApi(api: FastifyInstance, { archive, data }: ApiDependencies): Promise<void> {
  api.addHook('onRequest', async (req) => {
    const produces = req.routeOptions.config.produces;
    if (produces && !accepts(req.headers.accept, produces)) {
      throw new ApiError(406, 'not_acceptable', `This route answers ${produces.split(';')[0]}, which the Accept header does not admit.`);
    }
  });
  api.addHook('onSend', async (req, reply, payload) => {
    corsHeaders(reply);
    return conditionalGet(req, reply, payload);
  });
  api.setErrorHandler((error, req, reply) => sendError(req, reply, error));
  api.setNotFoundHandler((req, reply) => sendError(req, reply, notFound('route')));

  const document = openApiDocument();
  resource(api, '/openapi.json', JSON_MEDIA_TYPE, async (_req, reply) => sendJson(reply, document, CACHE_CONTROL.document));
  communicationRoutes(api, data);
  directoryRoutes(api, archive);
  exportRoutes(api, data);
}
