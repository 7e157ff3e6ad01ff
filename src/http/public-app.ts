/** The server on a database: the archive, the open data and the original files, all read from the public record, and the workspace when given. */
import type { FastifyInstance } from 'fastify';
import { publicArchive } from '../services/public-archive.js';
import { openData } from '../services/public-export.js';
import type { Database } from '../store/database.js';
import { publicOriginalFile } from '../store/public-files.repo.js';
import { buildApp, type AppOptions } from './app.js';
import { WORKSPACE_ROUTES } from './staff/routes.js';
import type { Workspace } from './staff/workspace.js';

export interface ServerOptions extends Pick<AppOptions, 'cache' | 'logger' | 'trustProxy'> {
  /** The secretariat's workspace and the submission form; without it, only the public archive. */
  workspace?: Workspace;
}

export function buildPublicApp(db: Database, { workspace, ...options }: ServerOptions = {}): Promise<FastifyInstance> {
  return buildApp({
    archive: publicArchive(db),
    openData: openData(db),
    originals: (reference) => publicOriginalFile(db, reference),
    ...(workspace ? { workspace: { ws: workspace, routes: WORKSPACE_ROUTES } } : {}),
    ...options,
  });
}
