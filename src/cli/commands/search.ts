/** `rapporteur search QUERY`: full-text search over every stored letter, with the passage that matched. */
import type { Command } from 'commander';
import { RapError } from '../../domain/errors.js';
import { searchLetters } from '../../store/staff-search.repo.js';
import { withDatabase } from '../open-database.js';

export function register(program: Command): void {
  program
    .command('search')
    .description('search the text of every stored letter (all of them, published or not: a staff tool)')
    .argument('<query...>', 'words to find; "quoted phrase", or, -word as on the web')
    .option('--limit <n>', 'how many letters to show', '10')
    .option('--json', 'print the hits as JSON')
    .action(async (words: string[], o: { limit: string; json?: boolean }) => {
      const query = words.join(' ').trim();
      const limit = Number.parseInt(o.limit, 10);
      if (!query) throw new RapError('RAP_ERR_USAGE', 'give words to search for');
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new RapError('RAP_ERR_USAGE', '--limit takes a number from 1 to 1000', { field: '--limit' });
      const hits = await withDatabase((db) => searchLetters(db, query, limit));
      if (o.json) {
        process.stdout.write(`${JSON.stringify(hits)}\n`);
        return;
      }
      if (hits.length === 0) {
        process.stdout.write(`No stored letter matches “${query}”.\n`);
        return;
      }
      for (const h of hits) {
        process.stdout.write(`${h.reference_text}  ${h.letter_date ?? 'undated'}  ${h.title ?? ''}\n`);
        process.stdout.write(`    ${h.snippet.replace(/\s+/g, ' ').trim()}\n`);
      }
    });
}
