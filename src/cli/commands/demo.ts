import type { Command } from 'commander';
import { RapError } from '../../domain/errors.js';
import { DEFAULT_SEED, DEFAULT_WORDS } from '../../demo/generate-archive.js';
import { isLanguage, type Language } from '../../demo/language.js';
import { writeArchive } from '../../demo/write-archive.js';

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
    .action(async (opts: { letters: number; out: string; seed: number; words: number; languages: Language[]; json?: boolean }) => {
      const started = performance.now();
      const tty = process.stderr.isTTY;
      let last = 0;
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
