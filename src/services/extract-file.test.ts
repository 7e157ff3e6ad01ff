import { createHash } from 'node:crypto';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { emptyCommunication } from '../domain/communication.js';
import { describeError } from '../domain/errors.js';
import { LIMITS } from '../domain/limits.js';
import { buildLetterPdf } from '../extract/readers/testing/build-letter-pdf.js';
import { extractFile, type ExtractDocument } from './extract-file.js';

/** Stands in for the letter extractor: records what it was given. */
const fakeExtract = vi.fn<ExtractDocument>(() => ({ ...emptyCommunication(), warnings: ['no date found'] }));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rap-extract-file-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('extractFile', () => {
  it('reads the document, hands its text to the extractor and says where the record came from', async () => {
    const bytes = await buildLetterPdf();
    const path = join(dir, 'AL-XAB-3-2023.pdf');
    await writeFile(path, bytes);
    const record = await extractFile(path, { extract: fakeExtract });
    expect(fakeExtract).toHaveBeenCalledWith(expect.stringContaining('Ref.: AL XAB 3/2023'), { fileName: 'AL-XAB-3-2023.pdf' });
    expect(record.source).toEqual({
      file: 'AL-XAB-3-2023.pdf',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      format: 'pdf',
      pages: 2,
    });
    expect(record.text).toContain('\f');
    expect(record.warnings).toEqual(['no date found']);
  });

  it('places every failure at the file: missing, a directory, empty', async () => {
    const missing = join(dir, 'nowhere.txt');
    await expect(extractFile(missing, { extract: fakeExtract })).rejects.toSatisfy(
      (e) => describeError(e) === `${missing}: not found: no such file [RAP_ERR_NOT_FOUND]`,
    );
    await expect(extractFile(dir, { extract: fakeExtract })).rejects.toMatchObject({ code: 'RAP_ERR_READ', detail: 'it is a directory, not a file' });
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '');
    await expect(extractFile(empty, { extract: fakeExtract })).rejects.toMatchObject({ code: 'RAP_ERR_EMPTY_FILE', location: { file: empty } });
  });

  it('refuses a file over the size limit from its size, with the size and the limit', async () => {
    const path = join(dir, 'huge.pdf');
    const handle = await open(path, 'w');
    await handle.truncate(LIMITS.maxFileBytes + 1024 * 1024); // sparse: no disk used
    await handle.close();
    await expect(extractFile(path, { extract: fakeExtract })).rejects.toSatisfy((e) =>
      describeError(e).endsWith('65.0 MB (68,157,440 bytes); the limit is 64.0 MB (67,108,864 bytes) [RAP_ERR_FILE_TOO_LARGE]'),
    );
  });

  it('refuses a 50 MB text as longer than a letter can be, with the numbers', async () => {
    const path = join(dir, 'fifty-mb.txt');
    await writeFile(path, Buffer.alloc(50 * 1024 * 1024, 'word '));
    await expect(extractFile(path, { extract: fakeExtract })).rejects.toMatchObject({
      code: 'RAP_ERR_TEXT_TOO_LONG',
      detail: '52,428,800 characters; the limit is 2,000,000',
    });
  });
});
