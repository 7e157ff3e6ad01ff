/**
 * Writes a generated archive to a folder: one sub-folder per year, one `.md` file per letter and
 * per reply, and optionally the ground truth as `truth.jsonl` (one JSON object per document).
 * Files are written one at a time as they are generated, so memory stays flat.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { generateArchive, type GenerateOptions } from './generate-archive.js';

export interface WriteArchiveOptions extends GenerateOptions {
  out: string;
  /** Also write `truth.jsonl`. */
  truth?: boolean;
  /** Called after each letter with the running totals. */
  onProgress?: (progress: ArchiveProgress) => void;
}

export interface ArchiveProgress {
  letters: number;
  replies: number;
  words: number;
  files: number;
}

export async function writeArchive(options: WriteArchiveOptions): Promise<ArchiveProgress> {
  await mkdir(options.out, { recursive: true });
  const totals: ArchiveProgress = { letters: 0, replies: 0, words: 0, files: 0 };
  const truth = options.truth ? createWriteStream(join(options.out, 'truth.jsonl'), 'utf8') : null;
  const made = new Set<string>();
  for (const doc of generateArchive(options)) {
    const dir = doc.file.split('/').slice(0, -1).join('/');
    if (dir && !made.has(dir)) {
      await mkdir(join(options.out, dir), { recursive: true });
      made.add(dir);
    }
    await writeFile(join(options.out, doc.file), doc.text, 'utf8');
    totals.files++;
    totals.words += doc.truth.words;
    if (doc.truth.kind === 'communication') totals.letters++;
    else totals.replies++;
    if (truth && !truth.write(`${JSON.stringify(doc.truth)}\n`)) await once(truth, 'drain');
    if (doc.truth.kind === 'communication') options.onProgress?.(totals);
  }
  if (truth) {
    truth.end();
    await once(truth, 'finish');
  }
  return totals;
}
