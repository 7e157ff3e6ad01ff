/** Files whose records are stored, known by the sha256 of their bytes. */
import type { DocumentKind } from '../domain/communication.js';
import type { Queryable } from './database.js';

export interface StoredDocument {
  id: number;
  sha256: string;
  path: string;
  format: string;
  pages: number | null;
  bytes: number;
  kind: DocumentKind;
  imported_at: Date;
}

export type NewDocument = Omit<StoredDocument, 'id' | 'imported_at'> & {
  /** The file's bytes, kept with it; absent when only the record is known. */
  content?: Uint8Array | null;
};

/** The stored documents among these hashes, by hash. */
export async function findDocumentsBySha(db: Queryable, shas: string[]): Promise<Map<string, StoredDocument>> {
  if (shas.length === 0) return new Map();
  const { rows } = await db.query<StoredDocument>('select * from documents where sha256 = any($1::text[])', [shas]);
  return new Map(rows.map((r) => [r.sha256, r]));
}

export async function insertDocument(db: Queryable, d: NewDocument): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `with doc as (
       insert into documents (sha256, path, format, pages, bytes, kind) values ($1, $2, $3, $4, $5, $6) returning id
     ), file as (
       insert into document_files (document_id, content) select id, $7::bytea from doc where $7::bytea is not null
     )
     select id from doc`,
    [d.sha256, d.path, d.format, d.pages, d.bytes, d.kind, d.content ?? null],
  );
  return rows[0]!.id;
}

export async function deleteDocument(db: Queryable, id: number): Promise<void> {
  await db.query('delete from documents where id = $1', [id]);
}
