import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RapError } from '../domain/errors.js';
import { exited, holdDatabase } from '../../test/db/spawn.js';
import { freshDataDir } from '../../test/db/test-database.js';
import { LOCK_FILE } from './data-lock.js';
import { openDatabase } from './database.js';

// The lock guards the embedded database's directory; a PostgreSQL server needs none.
describe.skipIf(!!process.env.DATABASE_URL)('the data directory lock', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('keeps a second process out, naming the directory and the process holding it', async () => {
    const dir = await freshDataDir();
    dirs.push(dir);
    const { child, pid } = await holdDatabase(dir);
    try {
      const error = await openDatabase({ dataDir: dir }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(RapError);
      expect((error as RapError).code).toBe('RAP_ERR_DATA_LOCKED');
      expect((error as RapError).message).toContain(dir);
      expect((error as RapError).message).toContain(`process ${pid}`);
    } finally {
      child.stdin!.end();
      await exited(child);
    }
    // Released on close: the directory opens again.
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const db = await openDatabase({ dataDir: dir });
    await db.close();
  });

  it('takes over the lock of a process that died without releasing it', async () => {
    const dir = await freshDataDir();
    dirs.push(dir);
    const { child } = await holdDatabase(dir);
    child.kill('SIGKILL');
    await exited(child);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    const db = await openDatabase({ dataDir: dir });
    const { rows } = await db.query<{ n: number }>('select count(*) as n from schema_migrations');
    expect(rows[0]!.n).toBeGreaterThan(0);
    await db.close();
  });

  it('refuses a second open in the same process too', async () => {
    const dir = await freshDataDir();
    dirs.push(dir);
    const db = await openDatabase({ dataDir: dir });
    try {
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/this process/);
    } finally {
      await db.close();
    }
  });
});
