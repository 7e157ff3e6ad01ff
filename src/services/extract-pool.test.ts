import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RapError } from '../domain/errors.js';
import { createExtractPool, type ExtractPool } from './extract-pool.js';
import { extractFile } from './extract-file.js';

const LETTER = [
  'Ref.: AL XAC 7/2023',
  '',
  '4 May 2023',
  '',
  'Excellency,',
  '',
  'We have the honour to write to you in our capacity as Special Rapporteur on the situation of human rights defenders, pursuant to Human Rights Council resolution 52/4, about Ms. **Irena Volk**.',
  '',
  'Please accept, Excellency, the assurances of our highest consideration.',
].join('\n');

let dir: string;
let pool: ExtractPool;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rap-pool-'));
  writeFileSync(join(dir, 'letter.md'), LETTER);
  writeFileSync(join(dir, 'empty.txt'), '');
  pool = createExtractPool(2);
});
afterAll(async () => {
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('extraction in worker threads', () => {
  it('gives the same record as extraction in-process', async () => {
    const path = join(dir, 'letter.md');
    const [inWorker, inProcess] = await Promise.all([pool.extractFile(path), extractFile(path)]);
    expect(inWorker.record.reference?.text).toBe('AL XAC 7/2023');
    expect(inWorker.record).toEqual(inProcess);
    expect(inWorker.searchVector).toBeNull();
  });

  it('hands back a failure as the same RapError, with its code and file', async () => {
    const failure = await pool.extractFile(join(dir, 'empty.txt')).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RapError);
    expect((failure as RapError).code).toBe('RAP_ERR_EMPTY_FILE');
    expect((failure as RapError).toLine()).toContain('empty.txt');
  });
});

describe('sharing the work with the importing thread', () => {
  const letterFor = (n: number) => LETTER.replace('AL XAC 7/2023', `AL XAC ${n}/2023`);

  it('answers in the order the files were given, whichever thread extracted them', async () => {
    const paths = Array.from({ length: 12 }, (_, i) => {
      const path = join(dir, `order-${i + 1}.md`);
      writeFileSync(path, letterFor(i + 1));
      return path;
    });
    const one = createExtractPool(1);
    try {
      const pending = paths.map((p) => one.extractFile(p));
      const references: Array<string | undefined> = [];
      for (const p of pending) {
        await one.whileWaiting(p);
        references.push((await p).record.reference?.text);
      }
      expect(references).toEqual(paths.map((_, i) => `AL XAC ${i + 1}/2023`));
    } finally {
      await one.close();
    }
  });

  it('extracts queued files here while waiting, without a search vector, and the worker ones with it', async () => {
    const paths = Array.from({ length: 8 }, (_, i) => {
      const path = join(dir, `shared-${i + 1}.md`);
      writeFileSync(path, letterFor(100 + i));
      return path;
    });
    const one = createExtractPool(1, { searchVectors: true });
    try {
      const pending = paths.map((p) => one.extractFile(p));
      // The first file goes to the worker (which starts its engine); the queued ones are taken here meanwhile.
      await one.whileWaiting(pending[0]!);
      const results = await Promise.all(pending);
      const here = results.filter((r) => r.searchVector === null).length;
      // The vector in binary form: the reference's code is one of its lexemes (NUL-ended).
      expect(Buffer.from(results[0]!.searchVector!).indexOf('xac\0')).toBeGreaterThan(3);
      expect(here).toBeGreaterThan(0);
      expect(results.map((r) => r.record.reference?.text)).toEqual(paths.map((_, i) => `AL XAC ${100 + i}/2023`));
    } finally {
      await one.close();
    }
  });

  it('fails the files still queued when it is closed', async () => {
    const one = createExtractPool(1);
    const pending = Array.from({ length: 6 }, () => one.extractFile(join(dir, 'letter.md')).then(() => 'done', (e: Error) => e.message));
    await one.close();
    expect(await Promise.all(pending)).toContain('the extraction pool was closed');
  });
});
