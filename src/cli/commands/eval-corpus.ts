/**
 * `rapporteur eval-corpus [--corpus DIR]`: extract every corpus document, score it against its
 * expected values, print each failed check and `N passed, N failed`; exit 1 on any failure.
 * Without the shared corpus beside the project it says so and exits 0.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { evaluateCorpus, formatCorpusScore } from '../../eval/corpus.js';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const DEFAULT_CORPUS = resolve(projectRoot, '../shared/corpus');

export function register(program: Command): void {
  program
    .command('eval-corpus')
    .description('score the extraction of every corpus document against its expected values')
    .option('--corpus <dir>', 'directory of *.txt documents and their *.expected.json', DEFAULT_CORPUS)
    .option('--json <file>', 'also write the counts as JSON ({ passed, failed }), for CI')
    .action((options: { corpus: string; json?: string }) => {
      const dir = resolve(options.corpus);
      if (!existsSync(dir)) {
        process.stdout.write(`eval-corpus: skipped, no corpus at ${dir} (the shared corpus lives in ../shared/corpus)\n`);
        return;
      }
      const score = evaluateCorpus(dir);
      if (!score.documents.length) {
        process.stdout.write(`eval-corpus: skipped, no *.txt with a *.expected.json in ${dir}\n`);
        return;
      }
      process.stdout.write(`${formatCorpusScore(score)}\n`);
      if (options.json) writeFileSync(options.json, JSON.stringify({ passed: score.passed, failed: score.failed }));
      if (score.failed > 0) process.exitCode = 1;
    });
}
