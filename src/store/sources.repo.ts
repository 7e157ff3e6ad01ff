/** Source documents: reports and articles that are neither a letter nor a reply. */
import type { Communication } from '../domain/communication.js';
import type { Queryable } from './database.js';

export interface SourceFields {
  title: string | null;
  date: string | null;
  language: string | null;
  countries: string[];
  record: Communication;
  body: string | null;
  documentId: number;
  /** The search vector in binary form (store/tsvector-binary.ts) when computed ahead; else the statement computes it. */
  searchVector?: Uint8Array | null;
}

export async function insertSourceDocument(db: Queryable, f: SourceFields): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `insert into source_documents (title, source_date, language, countries, record, body, document_id, search_vector)
     values ($1, $2, $3, $4, $5::jsonb, $6, $7,
       coalesce($8::tsvector, rap_document_vector(null, $3, $1, null, $6)))
     returning id`,
    [f.title, f.date, f.language, f.countries, JSON.stringify(f.record), f.body, f.documentId, f.searchVector ?? null],
  );
  return rows[0]!.id;
}
