/** A sent letter as the files that go to the recipient: PDF and DOCX, made from its frozen version. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import { fileStemOf, type PrintableLetter } from '../../render/letter-blocks.js';
import { renderLetterDocx } from '../../render/letter-docx.js';
import { renderLetterPdf } from '../../render/letter-pdf.js';
import { printableSentLetter } from '../../render/sent-letter.js';
import { requirePermission, staffOf } from './guard.js';
import { StaffNotFoundPage } from './not-found-page.js';
import { sendStaffPage } from './send.js';
import type { StaffSession, Workspace } from './workspace.js';

const FORMATS = {
  pdf: { type: 'application/pdf', render: renderLetterPdf },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: renderLetterDocx },
} satisfies Record<string, { type: string; render: (letter: PrintableLetter) => Promise<Uint8Array> }>;

export function letterFileRoutes(app: FastifyInstance, ws: Workspace): void {
  for (const [extension, format] of Object.entries(FORMATS)) {
    app.get<{ Params: { reference: string } }>(`/staff/letters/:reference/letter.${extension}`, { preHandler: requirePermission('letter.read') }, async (req, reply) => {
      const letter = await printableSentLetter(ws.db, req.params.reference);
      if (!letter) return notSent(reply, req.params.reference, staffOf(req));
      const bytes = await format.render(letter);
      return reply
        .type(format.type)
        .header('content-disposition', `attachment; filename="${fileStemOf(letter.reference)}.${extension}"`)
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
  }
}

function notSent(reply: FastifyReply, reference: string, staff: StaffSession) {
  const what = `No letter sent from Rapporteur has the reference “${reference.slice(0, 60)}”.`;
  return sendStaffPage(reply, h(StaffNotFoundPage, { staff, what }), 404);
}
