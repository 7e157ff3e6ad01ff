import type { Command } from 'commander';
import { RapError } from '../../domain/errors.js';
import { DEFAULT_SEED, DEFAULT_WORDS } from '../../demo/generate-archive.js';
import { isLanguage, type Language } from '../../demo/language.js';
import { writeArchive } from '../../demo/write-archive.js';
import { loadDemoDatabase, type LoadProgress } from '../../demo/load-database.js';
import { withDatabase } from '../open-database.js';

const positive = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new RapError('RAP_ERR_USAGE', `--${name} must be a positive whole number, not "${value}"`);
  return n;
};

const languageList = (value: string): Language[] => {
  const list = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = list.filter((l) => !isLanguage(l));
  if (bad.length || list.length === 0) throw new RapError('RAP_ERR_USAGE', `--languages takes en, fr and es, not "${value}"`);
  return list as Language[];
};

export function register(program: Command): void {
  program
    .command('demo')
    .description('Write a synthetic archive of letters and replies to fictional States (deterministic for a seed)')
    .option('--letters <n>', 'number of letters', positive('letters'), 100)
    .option('--out <dir>', 'folder to write into', './demo-archive')
    .option('--seed <n>', 'seed: the same seed gives the same archive', positive('seed'), DEFAULT_SEED)
    .option('--words <n>', 'about how many words per letter', positive('words'), DEFAULT_WORDS)
    .option('--languages <list>', 'languages of the letters, e.g. en,fr,es', languageList, ['en'] as Language[])
    .option('--json', 'also write the ground truth as truth.jsonl')
    .option('--database', 'write the records straight into the configured database (RAPPORTEUR_DATA or DATABASE_URL, which must hold no letter) and publish them, instead of files')
    .action(async (opts: { letters: number; out: string; seed: number; words: number; languages: Language[]; json?: boolean; database?: boolean }) => {
      const started = performance.now();
      const tty = process.stderr.isTTY;
      let last = 0;
      if (opts.database) {
        const line = (p: LoadProgress) =>
          p.phase === 'write'
            ? `demo: ${p.letters}/${opts.letters} letters, ${p.replies} replies written (${Math.round(p.letters / ((performance.now() - started) / 1000))} letters/s)`
            : p.phase === 'publish'
              ? `demo: ${p.published}/${p.letters} letters published`
              : `demo: staff search index, ${p.published}/${p.letters} letters`;
        const report = await withDatabase((db) =>
          loadDemoDatabase(db, {
            letters: opts.letters, seed: opts.seed, words: opts.words, languages: opts.languages,
            onProgress: (p) => {
              const now = performance.now();
              if (now - last < (tty ? 200 : 5000)) return;
              last = now;
              process.stderr.write(tty ? `\r${line(p)}\x1b[K` : `${line(p)}\n`);
            },
          }),
        );
        if (tty) process.stderr.write('\n');
        process.stdout.write(
          `Stored ${report.letters} letters, ${report.replies} replies, ${report.persons} persons and ${report.organizations} organisations ` +
            `in ${(report.writeMs / 1000).toFixed(1)} s; published ${report.publication.published} letters and ${report.publication.replies} replies ` +
            `in ${(report.publishMs / 1000).toFixed(1)} s.\n`,
        );
        return;
      }
      const totals = await writeArchive({
        letters: opts.letters, out: opts.out, seed: opts.seed, words: opts.words, languages: opts.languages, truth: !!opts.json,
        onProgress: (p) => {
          const now = performance.now();
          if (p.letters !== opts.letters && now - last < (tty ? 200 : 5000)) return;
          last = now;
          const line = `demo: ${p.letters}/${opts.letters} letters, ${p.replies} replies`;
          process.stderr.write(tty ? `\r${line}` : `${line}\n`);
        },
      });
      if (tty) process.stderr.write('\n');
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(
        `Wrote ${totals.letters} letters and ${totals.replies} replies (${totals.words.toLocaleString('en')} words) to ${opts.out} ` +
          `in ${seconds.toFixed(1)} s${opts.json ? ', ground truth in truth.jsonl' : ''}.\n`,
      );
    });
}
