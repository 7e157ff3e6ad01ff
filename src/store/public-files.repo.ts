/** The original file of a public letter, when the publication step made it public. */
import type { Queryable } from './database.js';

export interface PublicFile {
  format: string;
  content: Uint8Array;
  sha256: string;
}

export async function publicOriginalFile(db: Queryable, reference: string): Promise<PublicFile | null> {
  const { rows } = await db.query<PublicFile>(
    `select d.format, d.sha256, f.content
       from public_letters p
       join documents d on d.id = p.document_id
       join document_files f on f.document_id = d.id
      where p.reference_text = $1`,
    [reference],
  );
  return rows[0] ?? null;
}
