import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bufferMB, databaseConfig } from './open-database.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A data directory whose tables take `mb` MB (sparse files: nothing is written). */
function dataDirOf(mb: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapporteur-buffers-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'base', '5'), { recursive: true });
  const file = join(dir, 'base', '5', '16384');
  writeFileSync(file, '');
  truncateSync(file, mb * 2 ** 20);
  return dir;
}

describe('the embedded database page cache', () => {
  it('takes RAPPORTEUR_DB_BUFFER_MB as given, for a command as for a server', () => {
    expect(bufferMB({ RAPPORTEUR_DB_BUFFER_MB: '512' }, false)).toBe(512);
    expect(bufferMB({ RAPPORTEUR_DB_BUFFER_MB: '64' }, true)).toBe(64);
  });

  it('refuses a value that is not a whole number of megabytes from 16 to 1536, naming the setting', () => {
    for (const bad of ['abc', '-5', '8', '4096', '1.5', '1e3', ' 256']) {
      expect(() => bufferMB({ RAPPORTEUR_DB_BUFFER_MB: bad }, true)).toThrow(/RAPPORTEUR_DB_BUFFER_MB takes a whole number of megabytes from 16 to 1536/);
    }
  });

  it('leaves a command, and a server on a small or new archive, with PGlite’s own default', () => {
    expect(bufferMB({ RAPPORTEUR_DATA: dataDirOf(3000) }, false)).toBeUndefined();
    expect(bufferMB({ RAPPORTEUR_DATA: dataDirOf(40) }, true)).toBeUndefined();
    expect(bufferMB({ RAPPORTEUR_DATA: join(tmpdir(), 'rapporteur-no-such-dir') }, true)).toBeUndefined();
  });

  it('gives a server on a larger archive as much as its tables take, up to 1 GB and a quarter of the memory', () => {
    const quarter = Math.floor(totalmem() / 4 / 2 ** 20);
    expect(bufferMB({ RAPPORTEUR_DATA: dataDirOf(300) }, true)).toBe(Math.min(300, quarter));
    expect(bufferMB({ RAPPORTEUR_DATA: dataDirOf(5000) }, true)).toBe(Math.min(1024, quarter));
  });

  it('is for the embedded database only', () => {
    expect(databaseConfig({ DATABASE_URL: 'postgres://127.0.0.1/x', RAPPORTEUR_DB_BUFFER_MB: '512' }, true).bufferMB).toBeUndefined();
    expect(databaseConfig({ RAPPORTEUR_DATA: '/tmp/x', RAPPORTEUR_DB_BUFFER_MB: '512' }).bufferMB).toBe(512);
  });
});

describe('the database a command or the server opens', () => {
  it('runs the embedded engine in a thread of its own for the server only', () => {
    expect(databaseConfig({ RAPPORTEUR_DATA: '/tmp/x' }, true).thread).toBe(true);
    expect(databaseConfig({ RAPPORTEUR_DATA: '/tmp/x', RAPPORTEUR_DB_THREAD: 'off' }, true).thread).toBeUndefined();
    expect(databaseConfig({ RAPPORTEUR_DATA: '/tmp/x' }, false).thread).toBeUndefined();
    expect(databaseConfig({ DATABASE_URL: 'postgres://127.0.0.1/x' }, true).thread).toBeUndefined();
  });
});
