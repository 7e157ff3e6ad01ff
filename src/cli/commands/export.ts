/**
 * `rapporteur export --format jsonl|csv [--out FILE] [--q WORDS] [--state XAA] ...`: the public
 * record (published letters only), the whole of it or a search, as the API's export gives it.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { RapError } from '../../domain/errors.js';
import { parseSearchQuery, type QueryParams } from '../../domain/search-query.js';
import { exportLines, exportLetters, letterPath, type ExportFormat } from '../../services/public-export.js';
import { withDatabase } from '../open-database.js';

interface ExportOptions {
  format: string;
  out?: string;
  baseUrl: string;
  q?: string;
  state?: string[];
  mandate?: string[];
  type?: string[];
  joint?: string;
  year?: string[];
  reply?: string;
  lang?: string[];
  sort?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

export function register(program: Command): void {
  program
    .command('export')
    .description('export published letters (all, or a search) as JSON lines or CSV, as the open API does')
    .requiredOption('--format <format>', 'jsonl (one interchange record a line, with its text) or csv (one row a letter)')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--base-url <url>', 'put before /letters/... in the CSV url column', '')
    .option('--q <words>', 'words to find, as in the search box')
    .option('--state <code>', 'recipient code (repeat for several)', collect)
    .option('--mandate <id>', 'mandate id (repeat for several)', collect)
    .option('--type <type>', 'UA, AL or OL (repeat for several)', collect)
    .option('--joint <yes|no>', 'letters of several mandates, or of one')
    .option('--year <year>', 'year of the letter (repeat for several)', collect)
    .option('--reply <yes|no>', 'a reply received, or not')
    .option('--lang <code>', 'language of the letter (repeat for several)', collect)
    .option('--sort <order>', 'relevance, newest or oldest')
    .action(async (o: ExportOptions) => {
      if (o.format !== 'jsonl' && o.format !== 'csv') throw new RapError('RAP_ERR_USAGE', `--format is jsonl or csv, not "${o.format}"`);
      const format: ExportFormat = o.format;
      const params: QueryParams = { q: o.q, state: o.state, mandate: o.mandate, type: o.type, joint: o.joint, year: o.year, reply: o.reply, lang: o.lang, sort: o.sort };
      // The same parser as the API; its messages say `query parameter "state"`, the option is `--state`.
      let query;
      try {
        query = parseSearchQuery(params);
      } catch (e) {
        if (e instanceof RapError && e.detail) throw new RapError(e.code, e.detail.replace(/^query parameter "(\w+)"/, '--$1'));
        throw e;
      }
      const baseUrl = o.baseUrl.replace(/\/+$/, '');
      await withDatabase(async (db) => {
        const letters = await exportLetters(db, query, { withText: format === 'jsonl' });
        const out = o.out ? createWriteStream(o.out) : process.stdout;
        const tty = process.stderr.isTTY;
        let done = 0;
        let shown = -1;
        const progress = () => {
          process.stderr.write(`${tty ? '\r' : ''}export: ${done} of ${letters.total} letters${tty ? '' : '\n'}`);
          shown = done;
        };
        // Counted as the batches go by, so the progress line says letters, not lines.
        async function* counted() {
          for await (const batch of letters.batches) {
            yield batch;
            done += batch.length;
            if (tty || done - shown >= 5000) progress();
          }
        }
        const lines = exportLines(format, { ...letters, batches: counted() }, (reference) => `${baseUrl}${letterPath(reference)}`);
        for await (const chunk of lines) await write(out, chunk);
        if (shown !== done) progress();
        if (tty) process.stderr.write('\n');
        if (o.out) {
          out.end();
          await once(out, 'finish');
        }
      });
    });
}
