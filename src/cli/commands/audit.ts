import type { Command } from 'commander';
import { RapError } from '../../domain/errors.js';
import { verifyAuditTrail } from '../../services/audit-verify.js';
import { historyOf, latestEntries } from '../../store/audit.repo.js';
import { withDatabase } from '../open-database.js';

export function register(program: Command): void {
  const audit = program.command('audit').description('the audit trail of every change: verify its hash chain, read it');

  audit
    .command('verify')
    .description('check that no entry of the audit trail was edited, deleted or reordered in the database (exit 1 naming the first broken entry)')
    .option('--expect-head <hash>', 'also check that the last entry is the one whose hash was noted earlier (finds entries removed from the end)')
    .action(async (o: { expectHead?: string }) => {
      await withDatabase(async (db) => {
        const tty = process.stderr.isTTY;
        const report = await verifyAuditTrail(db, (n) => tty && process.stderr.write(`\raudit verify: ${n} entries checked`));
        if (tty) process.stderr.write('\r\x1b[K');
        if (report.broken) {
          const b = report.broken;
          process.stdout.write(
            `The audit trail is broken at entry ${b.seq}: ${b.detail}.\n` +
              `  entry ${b.seq}: ${b.entry.action} on ${b.entry.entity} ${b.entry.entityId} by ${b.entry.actor} at ${b.entry.at.toISOString()}\n` +
              `  the ${report.count - 1} entries before it hold${report.head ? ` (last good: entry ${report.head.seq}, ${report.head.hash})` : ''}.\n`,
          );
          process.exitCode = 1;
          return;
        }
        const head = report.head;
        if (o.expectHead && (!head || !head.hash.startsWith(o.expectHead.toLowerCase()) || o.expectHead.length < 12)) {
          process.stdout.write(`The audit trail holds ${report.count} entries, but its last entry is ${head ? `${head.seq} (${head.hash})` : 'none'}, not ${o.expectHead}: entries were removed from its end.\n`);
          process.exitCode = 1;
          return;
        }
        process.stdout.write(`The audit trail holds: ${report.count} entries, each linked to the one before.\n${head ? `Last entry: ${head.seq}, hash ${head.hash} (note it elsewhere to check later with --expect-head).\n` : ''}`);
      });
    });

  audit
    .command('show')
    .description('print the newest entries, or the history of one record')
    .option('--entity <entity>', 'a kind of record: case, submission, person, user, communication, staff_file')
    .option('--id <id>', 'the record id (with --entity)')
    .option('--limit <n>', 'entries to print', '50')
    .action(async (o: { entity?: string; id?: string; limit: string }) => {
      const limit = Number.parseInt(o.limit, 10);
      if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new RapError('RAP_ERR_USAGE', '--limit takes a whole number from 1 to 10000');
      if ((o.entity === undefined) !== (o.id === undefined)) throw new RapError('RAP_ERR_USAGE', '--entity and --id go together');
      await withDatabase(async (db) => {
        const entries = o.entity && o.id ? await historyOf(db, o.entity, o.id, limit) : (await latestEntries(db, { limit })).reverse();
        for (const e of entries) {
          process.stdout.write(`${JSON.stringify({ seq: e.seq, at: e.at.toISOString(), actor: e.actor, action: e.action, entity: e.entity, id: e.entityId, before: e.before, after: e.after })}\n`);
        }
      });
    });
}
