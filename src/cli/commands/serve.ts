import type { Command } from 'commander';
import { PUBLIC_URL } from '../../http/app.js';
import { buildPublicApp } from '../../http/public-app.js';
import { createResponseCache } from '../../http/response-cache.js';
import { startPublicationSchedule } from '../../services/publication-schedule.js';
import { seedDemoIfEmpty } from '../../services/seed-demo.js';
import { openConfiguredDatabase } from '../open-database.js';

interface ServeOptions {
  port: string;
  host: string;
  demo?: boolean;
  demoLetters: string;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('run the server: public pages and the open API (PORT, HOST, RAPPORTEUR_DATA, DATABASE_URL)')
    .option('--port <port>', 'port to listen on', process.env.PORT ?? '3000')
    .option('--host <host>', 'address to listen on', process.env.HOST ?? '127.0.0.1')
    .option('--demo', 'seed an empty database with the synthetic demo archive')
    .option('--demo-letters <n>', 'letters in the demo archive', '300')
    .action(async (o: ServeOptions) => {
      const db = await openConfiguredDatabase();
      if (o.demo) {
        const n = Number.parseInt(o.demoLetters, 10);
        const stored = await seedDemoIfEmpty(db, {
          letters: n,
          onProgress: (done) => {
            if (done % 50 === 0) process.stderr.write(`demo: ${done} documents stored\n`);
          },
        });
        if (stored > 0) process.stderr.write(`demo: seeded ${stored} documents (${n} synthetic letters to fictional States, with replies)\n`);
      }
      // Public answers are kept until the next publication changes them (RAPPORTEUR_CACHE=off to render each time).
      const cache = process.env.RAPPORTEUR_CACHE === 'off' ? undefined : createResponseCache({ publicUrl: PUBLIC_URL });
      const schedule = startPublicationSchedule(db, {
        onReport: (r) => {
          if (r.published || r.replies || r.withdrawn || r.refreshed) {
            cache?.clear();
            process.stderr.write(`publication: ${r.published} letters and ${r.replies} replies published, ${r.refreshed} refreshed, ${r.withdrawn} withdrawn\n`);
          }
        },
        onError: (e) => process.stderr.write(`publication failed, will retry: ${e instanceof Error ? e.message : String(e)}\n`),
      });
      const app = await buildPublicApp(db, { cache });
      const stop = async () => {
        await schedule.stop();
        await app.close();
        await db.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      const address = await app.listen({ port: Number(o.port), host: o.host });
      process.stderr.write(`Rapporteur is serving on ${address} (database: ${db.kind})\n`);
    });
}
