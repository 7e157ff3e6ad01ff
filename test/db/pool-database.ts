/**
 * A PostgreSQL database of exactly `connections` connections on an existing test schema, for the
 * concurrency tests (the application's pool has its own size).
 */
import type { Database } from '../../src/store/database.js';
import { openPostgres } from '../../src/store/postgres-database.js';

export function openPool(url: string, schema: string, connections: number): Promise<Database> {
  return openPostgres(url, schema, { connections });
}
