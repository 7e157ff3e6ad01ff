/**
 * Errors of the open API: always `{ "error": code, "message": text }`, never a stack. The message
 * names the parameter at fault; a 404 never repeats what was asked for, so a letter not yet public
 * and one that does not exist get the same bytes.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isRapError } from '../../domain/errors.js';

export type ApiErrorCode = 'bad_parameter' | 'bad_request' | 'not_found' | 'method_not_allowed' | 'not_acceptable' | 'internal';

export interface ApiErrorBody {
  error: ApiErrorCode;
  message: string;
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

export const NOT_FOUND_MESSAGES = {
  communication: 'There is no published communication with this reference.',
  state: 'There is no State or other recipient with published communications under this code.',
  mandate: 'There is no mandate with published communications under this id.',
  person: 'There is no person named in a published communication under this id.',
  route: 'There is no such route in the API; every route is described in /api/openapi.json.',
} as const;

export const notFound = (what: keyof typeof NOT_FOUND_MESSAGES) => new ApiError(404, 'not_found', NOT_FOUND_MESSAGES[what]);

export const badParameter = (message: string) => new ApiError(400, 'bad_parameter', message);

/** What any failure inside the API answers. */
export function errorBody(error: unknown): { status: number; body: ApiErrorBody } {
  if (error instanceof ApiError) return { status: error.status, body: { error: error.code, message: error.message } };
  // parseSearchQuery's messages name the parameter: `query parameter "state" is a three-letter code, not "X1"`.
  if (isRapError(error) && error.code === 'RAP_ERR_USAGE') {
    return { status: 400, body: { error: 'bad_parameter', message: error.detail ?? error.message } };
  }
  const status = (error as FastifyError | undefined)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, body: { error: status === 404 ? 'not_found' : 'bad_request', message: firstLine((error as Error).message) } };
  }
  return { status: 500, body: { error: 'internal', message: 'Something went wrong on our side; please try again later.' } };
}

const firstLine = (s: string) => s.split('\n')[0]!.slice(0, 300);

export async function sendError(req: FastifyRequest, reply: FastifyReply, error: unknown): Promise<FastifyReply> {
  const { status, body } = errorBody(error);
  if (status === 500) req.log.error(error);
  return reply.code(status).header('cache-control', 'no-store').type('application/json; charset=utf-8').send(body);
}
