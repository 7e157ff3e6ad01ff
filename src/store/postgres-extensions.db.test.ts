import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRapError } from '../domain/errors.js';
import { openDatabase } from './database.js';

const url = process.env.DATABASE_URL;

/** A database of its own, with neither extension installed yet (the shared test database has both in public). */
describe.skipIf(!url)('pg_trgm and unaccent on a PostgreSQL server with several Rapporteur schemas', () => {
  const name = `rap_ext_${randomBytes(4).toString('hex')}`;
  let admin: pg.Client;
  let own: string;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const u = new URL(url!);
    u.pathname = `/${name}`;
    own = u.toString();
  });

  afterAll(async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  async function extensionSchemas(): Promise<Record<string, string>> {
    const c = new pg.Client({ connectionString: own });
    await c.connect();
    try {
      const { rows } = await c.query<{ extname: string; nspname: string }>(
        `select e.extname, n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname in ('pg_trgm', 'unaccent')`,
      );
      return Object.fromEntries(rows.map((r) => [r.extname, r.nspname]));
    } finally {
      await c.end();
    }
  }

  it('installs them in public, so that a second schema migrates too', async () => {
    const first = await openDatabase({ url: own, schema: 'rap_first' });
    await first.close();
    expect(await extensionSchemas()).toEqual({ pg_trgm: 'public', unaccent: 'public' });
    const second = await openDatabase({ url: own, schema: 'rap_second' });
    const { rows } = await second.query<{ v: string }>(`select to_tsvector('rap_english', 'Clément') :: text as v`);
    expect(rows[0]!.v).toBe("'clement':1");
    await second.close();
  });

  it('refuses a schema that cannot reach an extension installed elsewhere, and says how to move it', async () => {
    const c = new pg.Client({ connectionString: own });
    await c.connect();
    await c.query('create schema rap_elsewhere');
    await c.query('alter extension unaccent set schema rap_elsewhere');
    await c.end();
    const opening = openDatabase({ url: own, schema: 'rap_third' });
    await expect(opening).rejects.toSatisfy(isRapError);
    await expect(opening).rejects.toThrow(/extension unaccent is installed in schema "rap_elsewhere".*alter extension unaccent set schema public/);
  });
});
