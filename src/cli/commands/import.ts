/** `rapporteur import PATH... [--replace]`: store letters, replies and sources from files and folders. */
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { RapError } from '../../domain/errors.js';
import { extractFile } from '../../services/extract-file.js';
import { createExtractPool, defaultWorkers } from '../../services/extract-pool.js';
import { importArchive, type ImportProgress, type ImportSummary } from '../../services/import-archive.js';
import { publishDue, type PublishReport } from '../../services/publish.js';
import type { Database } from '../../store/database.js';
import { configuredCipher } from '../configured-cipher.js';
import { databaseConfig, withDatabase } from '../open-database.js';

/** Without a terminal, one progress line every this many files. */
const LINE_EVERY = 100;

function progressReporter(): { update: (p: ImportProgress) => void; stop: () => void } {
  const perSecond = (p: ImportProgress) => (p.elapsedMs > 0 ? (p.done / p.elapsedMs) * 1000 : 0).toFixed(0);
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      {
        format: '{bar} {value}/{total} files | {imported} imported, {unchanged} unchanged, {duplicates} duplicates, {failed} failed | {speed}/s | ETA {eta_formatted}',
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: true,
      },
    );
    let started = false;
    return {
      update(p) {
        const payload = { imported: p.imported, unchanged: p.unchanged, duplicates: p.duplicates, failed: p.failed, speed: perSecond(p) };
        if (!started) {
          bar.start(p.total, 0, payload);
          started = true;
        }
        bar.update(p.done, payload);
      },
      stop: () => started && bar.stop(),
    };
  }
  return {
    update(p) {
      if (p.done % LINE_EVERY === 0 || p.done === p.total) {
        process.stderr.write(
          `${p.done}/${p.total} files: ${p.imported} imported, ${p.unchanged} unchanged, ${p.duplicates} duplicates, ` +
            `${p.failed} failed (${perSecond(p)}/s)\n`,
        );
      }
    },
    stop: () => undefined,
  };
}

async function publishWithProgress(db: Database): Promise<PublishReport> {
  const tty = process.stderr.isTTY;
  const report = await publishDue(db, {
    cipher: configuredCipher(),
    onProgress: (p) => tty && process.stderr.write(`\rpublishing: ${p.published + p.refreshed} letters`),
  });
  if (tty) process.stderr.write('\n');
  return report;
}

export function formatSummary(s: ImportSummary): string {
  const kinds = [
    [s.byKind.communication, 'letter', 'letters'],
    [s.byKind.reply, 'reply', 'replies'],
    [s.byKind.source, 'source document', 'source documents'],
  ]
    .filter(([n]) => n)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  const lines = [
    `Imported ${s.imported} of ${s.files} files${kinds.length ? ` (${kinds.join(', ')})` : ''} in ${(s.elapsedMs / 1000).toFixed(1)} s, ${s.rate.toFixed(0)} files/s.`,
    `  unchanged ${s.unchanged}, duplicates ${s.duplicates.length}, failed ${s.failed.length}` +
      `${s.replaced ? `, replaced ${s.replaced}` : ''}`,
    `  placeholders: ${s.placeholdersCreated} created for cited letters, ${s.placeholdersFilled} filled in; ${s.merges} merges of people and organisations`,
  ];
  for (const d of s.duplicates) {
    lines.push(`duplicate: ${d.path}: ${d.reference} is already stored from ${d.firstFile ?? 'another file'} (--replace to replace it)`);
  }
  for (const f of s.failed) lines.push(`failed: ${f.path}: ${f.reason}`);
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('import')
    .description('Store letters, replies and source documents from files or folders (recursive); a file already stored changes nothing.')
    .argument('<paths...>', 'files (PDF, DOCX, text, or .json interchange records) and folders')
    .option('--replace', 'replace a letter already stored from another file under the same reference')
    .option('--workers <n>', 'threads that read and extract files while the database writes (0: none)', String(defaultWorkers()))
    .option('--no-publish', 'do not publish the letters whose publication date has come (the server or `publish-due` will)')
    .action(async (paths: string[], opts: { replace?: boolean; workers: string; publish: boolean }) => {
      const workers = Number(opts.workers);
      if (!Number.isInteger(workers) || workers < 0 || workers > 64) {
        throw new RapError('RAP_ERR_USAGE', '--workers takes a whole number from 0 to 64', { field: '--workers' });
      }
      // An embedded database writes on this one thread: the workers compute search vectors for it.
      const pool = workers > 0 ? createExtractPool(workers, { searchVectors: 'dataDir' in databaseConfig() }) : null;
      const progress = progressReporter();
      const { summary, published } = await withDatabase(async (db) => {
        const summary = await importArchive(
          { db, extractFile: pool ? pool.extractFile : async (path) => ({ record: await extractFile(path) }), whileWaiting: pool?.whileWaiting, onProgress: progress.update },
          paths,
          { replace: !!opts.replace },
        ).finally(async () => {
          progress.stop();
          await pool?.close();
        });
        const published = opts.publish && summary.imported > 0 ? await publishWithProgress(db) : null;
        return { summary, published };
      });
      process.stdout.write(`${formatSummary(summary)}\n`);
      if (published) {
        process.stdout.write(`  published: ${published.published} letters and ${published.replies} replies whose publication date has come` +
          `${published.refreshed ? `, ${published.refreshed} public letters refreshed` : ''}\n`);
      }
      if (summary.failed.length > 0) process.exitCode = 1;
    });
}
