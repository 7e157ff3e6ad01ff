/** Files for the upload tests, each named after what it shows. Test support only. */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';

/** A one-page PDF with a text layer holding `text`. */
export function pdfWithText(text: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica').fontSize(12).text(text);
  doc.end();
  return done;
}

/** A Word document with one paragraph per line of `text`. */
export async function docxWithText(text: string): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })) }] });
  return Buffer.from(await Packer.toBuffer(doc));
}

/** The smallest valid PNG: one transparent pixel. */
export const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export const HTML_PAGE = Buffer.from('<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>\n', 'utf8');

/** The start of a Linux program. */
export const ELF_PROGRAM = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(56)]);
