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

export interface RegisteredRoute {
  method: string;
  url: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route under /staff and /submit, as registered (the permission test walks them all). */
    workspaceRoutes: RegisteredRoute[];
  }
}

export async function registerWorkspace(app: FastifyInstance, ws: Workspace, routes: WorkspaceRoutes[]): Promise<void> {
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  await app.register(multipart, {
    limits: { fileSize: UPLOAD_LIMITS.fileBytes, files: UPLOAD_LIMITS.files, fields: 200, fieldSize: 64 * 1024, parts: 250 },
  });
  installSessions(app, ws);
  const registered: RegisteredRoute[] = [];
  app.decorate('workspaceRoutes', registered);
  app.addHook('onRoute', (route) => {
    if (!/^\/(staff|submit)(\/|$)/.test(route.url)) return;
    for (const method of [route.method].flat()) if (method !== 'HEAD') registered.push({ method, url: route.url });
  });
  for (const register of routes) register(app, ws);
}
