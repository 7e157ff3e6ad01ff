/**
 * Bulk export of a search, or of the whole public archive without parameters, as JSON lines or
 * CSV: streamed batch by batch as the database gives them, as a file to download.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { EXPORT_MEDIA_TYPES, exportLines, letterPath, type ExportFormat, type OpenData } from '../../services/public-export.js';
import { today } from '../../services/publish.js';
import { CACHE_CONTROL } from './http-caching.js';
import { EXPORT_PARAMETERS, readSearch } from './parameters.js';
import { resource } from './resource.js';

export const exportFileName = (format: ExportFormat, filtered: boolean, day: string) =>
  `rapporteur-${filtered ? 'search' : 'archive'}-${day}.${format}`;

export function exportRoutes(api: FastifyInstance, data: OpenData): void {
  for (const format of ['jsonl', 'csv'] as const) {
    resource(api, `/v1/export.${format}`, EXPORT_MEDIA_TYPES[format], async (req, reply) => {
      const q = readSearch(req.query, EXPORT_PARAMETERS);
      const letters = await data.exportLetters(q, { withText: format === 'jsonl' });
      const lines = exportLines(format, letters, (reference) => `${req.origin}${letterPath(reference)}`);
      const filtered = Object.keys(req.query).length > 0;
      return reply
        .type(EXPORT_MEDIA_TYPES[format])
        .header('cache-control', CACHE_CONTROL.exports)
        .header('content-disposition', `attachment; filename="${exportFileName(format, filtered, today())}"`)
        .header('x-total-count', String(letters.total))
        .send(Readable.from(lines));
    });
  }
}
