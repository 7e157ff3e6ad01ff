/**
 * Registers the workspace on the server: cookies, form bodies and uploads, the session of each
 * `/staff` request, and the workspace's routes. Each group of routes lives in its own module.
 */
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { UPLOAD_LIMITS } from '../../domain/uploads.js';
import { installSessions } from './session.js';
import type { Workspace } from './workspace.js';

/** A module of workspace routes. */
export type WorkspaceRoutes = (app: FastifyInstance, ws: Workspace) => void;

export async function registerWorkspace(app: FastifyInstance, ws: Workspace, routes: WorkspaceRoutes[]): Promise<void> {
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  await app.register(multipart, {
    limits: { fileSize: UPLOAD_LIMITS.fileBytes, files: UPLOAD_LIMITS.files, fields: 200, fieldSize: 64 * 1024, parts: 250 },
  });
  installSessions(app, ws);
  for (const register of routes) register(app, ws);
}
