/**
 * PGlite has no cross-process lock of its own: two processes writing one data directory would
 * corrupt it. This lock file (`rapporteur.lock` in the directory, holding the owner's pid) keeps
 * a second process out with a clear message; a lock left by a process that died is taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { RapError } from '../domain/errors.js';

export const LOCK_FILE = 'rapporteur.lock';

export interface DataLock {
  readonly path: string;
  release(): void;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): { pid: number; host: string } | null {
  try {
    const [pid, host] = readFileSync(path, 'utf8').split('\n');
    const n = Number(pid);
    return Number.isInteger(n) && n > 0 ? { pid: n, host: host ?? '' } : null;
  } catch {
    return null;
  }
}

/** Takes the lock on `dataDir` (created if missing) or throws RAP_ERR_DATA_LOCKED. */
export function lockDataDir(dataDir: string): DataLock {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n${hostname()}\n${new Date().toISOString()}\n`);
      closeSync(fd);
      return ownLock(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new RapError('RAP_ERR_DATABASE', `cannot create the lock file ${path}: ${(e as Error).message}`);
      }
    }
    const owner = readOwner(path);
    const otherHost = !!owner?.host && owner.host !== hostname();
    if (owner && (otherHost || owner.pid === process.pid || processAlive(owner.pid))) {
      const who =
        owner.pid === process.pid && !otherHost
          ? `this process (pid ${owner.pid})`
          : `process ${owner.pid}${otherHost ? ` on ${owner.host}` : ''}`;
      throw new RapError('RAP_ERR_DATA_LOCKED', `${dir} is held by ${who}; stop it or use another RAPPORTEUR_DATA`);
    }
    // Stale (the owner died) or unreadable: take it over.
    try {
      unlinkSync(path);
    } catch {
      /* another process took it over first: try again */
    }
  }
  throw new RapError('RAP_ERR_DATA_LOCKED', `${dir}: the lock file ${path} could not be taken`);
}

function ownLock(path: string): DataLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    const owner = readOwner(path);
    if (owner?.pid === process.pid) {
      try {
        unlinkSync(path);
      } catch {
        /* already gone */
      }
    }
  };
  process.on('exit', release);
  return { path, release };
}
