/** The original file of a public letter, as it was imported: `/letters/:reference/original`. */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { PublicFile } from '../../store/public-files.repo.js';
import { NotFoundPage } from '../pages/not-found-page.js';
import { renderPage } from '../render.js';

const TYPES: Record<string, { type: string; extension: string }> = {
  pdf: { type: 'application/pdf', extension: 'pdf' },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  markdown: { type: 'text/markdown; charset=utf-8', extension: 'md' },
  json: { type: 'application/json; charset=utf-8', extension: 'json' },
  text: { type: 'text/plain', extension: 'txt' },
};

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** `AL XAA 1/2024` → `AL-XAA-1-2024`: a file name without spaces or slashes. */
const fileStem = (reference: string) => reference.replace(/[^A-Za-z0-9]+/g, '-');

/** Where the original files come from: the public letters' files only. */
export type OriginalFiles = (reference: string) => Promise<PublicFile | null>;

export function fileRoutes(app: FastifyInstance, originals: OriginalFiles): void {
  app.get<{ Params: { reference: string } }>('/letters/:reference/original', async (req, reply) => {
    const file = await originals(req.params.reference.trim());
    if (!file) return reply.code(404).type('text/html; charset=utf-8').send(renderPage(h(NotFoundPage, {})));
    const kind = TYPES[file.format] ?? TYPES.text!;
    // A text file in an old encoding is handed over as bytes rather than shown garbled.
    const type = file.format === 'text' ? (isUtf8(file.content) ? 'text/plain; charset=utf-8' : 'application/octet-stream') : kind.type;
    return reply
      .type(type)
      .header('content-disposition', `inline; filename="${fileStem(req.params.reference)}.${kind.extension}"`)
      // Whatever the file holds, it runs nothing in the site's origin.
      .header('content-security-policy', 'sandbox; default-src \'none\'; style-src \'unsafe-inline\'')
      .header('cache-control', 'public, max-age=3600')
      .header('etag', `"${file.sha256}"`)
      .send(Buffer.from(file.content));
  });
}
