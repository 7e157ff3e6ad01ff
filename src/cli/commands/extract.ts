/**
 * `rapporteur extract FILE...`: the interchange JSON of each document. One file: one pretty
 * object; several: one compact object per line (JSON Lines). A file that fails is one line on
 * stderr and the others go on; the exit code is 1 if any failed.
 */
import type { Command } from 'commander';
import { describeError } from '../../domain/errors.js';
import { extractFile } from '../../services/extract-file.js';

interface ExtractOptions {
  text?: boolean;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('print the interchange JSON of each document (plain text, markdown, PDF or DOCX)')
    .argument('<files...>', 'documents to read')
    .option('--text', 'include the document text in each record')
    .action(async (files: string[], options: ExtractOptions) => {
      let failed = 0;
      for (const file of files) {
        try {
          const record = await extractFile(file);
          if (!options.text) delete record.text;
          process.stdout.write(`${files.length === 1 ? JSON.stringify(record, null, 2) : JSON.stringify(record)}\n`);
        } catch (e) {
          failed++;
          process.stderr.write(`${describeError(e, file)}\n`);
          if (process.env.RAPPORTEUR_DEBUG) console.error(e);
        }
      }
      if (failed) process.exitCode = 1;
    });
}
