import type { Command } from 'commander';
import { RapError } from '../../domain/errors.js';
import { publishDue, today } from '../../services/publish.js';
import { configuredCipher } from '../configured-cipher.js';
import { withDatabase } from '../open-database.js';

export function register(program: Command): void {
  program
    .command('publish-due')
    .description('publish every letter whose publication date has come, with its replies (safe to run anywhere, any number of times)')
    .option('--as-of <date>', 'judge publication on this day (YYYY-MM-DD) instead of today')
    .action(async (o: { asOf?: string }) => {
      const asOf = o.asOf ?? today();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) {
        throw new RapError('RAP_ERR_USAGE', `--as-of takes a date as YYYY-MM-DD, not "${asOf}"`);
      }
      await withDatabase(async (db) => {
        const tty = process.stderr.isTTY;
        const r = await publishDue(db, {
          asOf,
          cipher: configuredCipher(),
          onProgress: (p) => {
            if (tty) process.stderr.write(`\rpublish-due: ${p.published} published, ${p.refreshed} refreshed`);
          },
        });
        if (tty) process.stderr.write('\n');
        process.stdout.write(
          `Published ${r.published} letters and ${r.replies} replies as of ${asOf}` +
            `${r.refreshed ? `; ${r.refreshed} refreshed after re-import` : ''}${r.withdrawn ? `; ${r.withdrawn} withdrawn (no longer due)` : ''}` +
            `${r.heldBack ? `; ${r.heldBack} sent letters held back (their public copy could not be made: see their pages)` : ''}.\n`,
        );
      });
    });
}
