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
