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

/**
 * The CTEs `doc` (the new document's id) and `file` (its bytes, when given) for a statement that
 * writes a document with something else; parameters from `$first` on, as `documentValues` gives them.
 */
export function documentCtes(first: number): string {
  const p = (n: number) => `$${first + n}`;
  return `doc as (
       insert into documents (sha256, path, format, pages, bytes, kind) values (${p(0)}, ${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}) returning id
     ), file as (
       insert into document_files (document_id, content) select id, ${p(6)}::bytea from doc where ${p(6)}::bytea is not null
     )`;
}

/** The parameters of `documentCtes`, in order. */
export const documentValues = (d: NewDocument): unknown[] => [d.sha256, d.path, d.format, d.pages, d.bytes, d.kind, d.content ?? null];

export async function insertDocument(db: Queryable, d: NewDocument): Promise<number> {
  const { rows } = await db.query<{ id: number }>(`with ${documentCtes(1)} select id from doc`, documentValues(d));
  return rows[0]!.id;
}

export async function deleteDocument(db: Queryable, id: number): Promise<void> {
  await db.query('delete from documents where id = $1', [id]);
}
