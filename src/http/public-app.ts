/** The public server on a database: the archive, the open data and the original files, all read from the public record. */
import type { FastifyInstance } from 'fastify';
import { publicArchive } from '../services/public-archive.js';
import { openData } from '../services/public-export.js';
import type { Database } from '../store/database.js';
import { publicOriginalFile } from '../store/public-files.repo.js';
import { buildApp, type AppOptions } from './app.js';

export function buildPublicApp(db: Database, options: Pick<AppOptions, 'cache' | 'logger'> = {}): Promise<FastifyInstance> {
  return buildApp({
    archive: publicArchive(db),
    openData: openData(db),
    originals: (reference) => publicOriginalFile(db, reference),
    ...options,
  });
}
