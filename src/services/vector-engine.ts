/**
 * An embedded engine of its own, in memory, holding only the search configurations and
 * `rap_document_vector`: an extraction worker computes documents' search vectors with it, the
 * same way the store would, so that the single writer of an embedded database does not spend
 * its time on text search (about 4 ms of a 3,000-word letter). The vector travels in
 * PostgreSQL's binary form, which the writer takes without parsing it.
 */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { listMigrations } from '../store/migrate.js';
import { PreparedStatements } from '../store/pglite-database.js';
import { tsvectorBinary } from '../store/tsvector-binary.js';
import type { VectorInputs } from './document-vector.js';

/** The migrations that define the search configurations and the vector: nothing else is needed. */
const VECTOR_MIGRATIONS = ['0001_extensions.sql', '0006_document_vector.sql'];

export interface VectorEngine {
  /** The binary form of the vector (`tsvectorsend`'s). */
  vectorOf(inputs: VectorInputs): Promise<Uint8Array>;
  close(): Promise<void>;
}

export async function createVectorEngine(): Promise<VectorEngine> {
  const pg = await PGlite.create({ extensions: { pg_trgm, unaccent } });
  for (const m of listMigrations().filter((m) => VECTOR_MIGRATIONS.includes(m.name))) await pg.exec(m.sql);
  const statements = new PreparedStatements(pg);
  return {
    async vectorOf(v) {
      // Prepared once, as the store's statements are: planning it again cost 0.25 ms a letter.
      const answer = await statements.run<{ v: string }>('select rap_document_vector($1, $2, $3, $4, $5)::text as v', [
        v.reference, v.language, v.title, v.people, v.body,
      ], false);
      // Read as text and encoded here: PGlite hands a bytea answer over as hex, slower to read.
      return tsvectorBinary(answer!.rows[0]!.v);
    },
    close: () => pg.close(),
  };
}
