/** End to end: `rapporteur serve` started the way a user may start it, from any directory. */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rap-serve-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('rapporteur serve', () => {
  it('renders its pages when started from outside the project (the project compiles its own JSX)', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/rapporteur.js'), 'serve', '--port', '0', '--host', '127.0.0.1'], {
      cwd: dir,
      env: { ...process.env, DATABASE_URL: '', RAPPORTEUR_DATA: join(dir, 'data') },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    try {
      const base = await new Promise<string>((done, fail) => {
        let err = '';
        child.stderr!.on('data', (chunk: Buffer) => {
          err += chunk.toString();
          const m = /serving on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
          if (m) done(m[1]!);
        });
        child.on('exit', (code) => fail(new Error(`serve stopped (exit ${code}): ${err}`)));
      });
      const home = await fetch(`${base}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toMatch(/<h1[^>]*>/);
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});
