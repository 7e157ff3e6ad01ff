import type { Command } from 'commander';
import { PUBLIC_URL } from '../../http/app.js';
import { buildPublicApp } from '../../http/public-app.js';
import { createResponseCache } from '../../http/response-cache.js';
import { workspaceConfigFromEnv, type Workspace } from '../../http/staff/workspace.js';
import { createFieldCipher } from '../../security/field-cipher.js';
import { loadKeys } from '../../security/keyring-config.js';
import { startPublicationSchedule } from '../../services/publication-schedule.js';
import { warmPublicLookups, watchPublicGeneration } from '../../services/public-index.js';
import { seedDemoIfEmpty } from '../../services/seed-demo.js';
import { openDatabase, type Database } from '../../store/database.js';
import { countUsers } from '../../store/users.repo.js';
import { databaseConfig } from '../open-database.js';

/** How long a stopping server waits for the work in flight. */
const STOP_GRACE_MS = 10_000;

interface ServeOptions {
  port: string;
  host: string;
  demo?: boolean;
  demoLetters: string;
}

/**
 * The secretariat's workspace: the field cipher's keys (a key file is created on first start),
 * the settings from the environment, and a word on what to do when something is missing.
 */
async function openWorkspace(db: Database): Promise<Workspace> {
  const keys = loadKeys();
  if (keys.created) {
    process.stderr.write(
      `workspace: created the encryption key of confidential fields in ${keys.origin}. Keep it apart from the database and ` +
        'back it up on its own: without it, no confidential field of the database can be read again.\n',
    );
  }
  const config = workspaceConfigFromEnv();
  if (!config.secureCookies) process.stderr.write('workspace: RAPPORTEUR_SECURE_COOKIES is off: use this only over plain HTTP on your own machine.\n');
  if (!config.requireSecondFactor) process.stderr.write('workspace: RAPPORTEUR_REQUIRE_2FA is off: administrators and officers may sign in without a second factor.\n');
  if ((await countUsers(db)) === 0) {
    process.stderr.write('workspace: no accounts yet. Create the first administrator with: rapporteur user add --email EMAIL --role admin (the password is read from standard input)\n');
  }
  return { db, cipher: createFieldCipher(keys.keyring), config };
}

/** RAPPORTEUR_TRUST_PROXY: unset or `off` (clients connect directly), `on` (any proxy), or the proxies' addresses. */
function trustProxyFromEnv(value: string | undefined): boolean | string {
  if (!value || /^(0|off|false|no)$/i.test(value)) return false;
  return /^(1|on|true|yes)$/i.test(value) ? true : value;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('run the server: public pages, the open API, the submission form and the workspace (PORT, HOST, RAPPORTEUR_DATA, DATABASE_URL, RAPPORTEUR_KEY or RAPPORTEUR_KEY_FILE, RAPPORTEUR_SECURE_COOKIES, RAPPORTEUR_REQUIRE_2FA)')
    .option('--port <port>', 'port to listen on', process.env.PORT ?? '3000')
    .option('--host <host>', 'address to listen on', process.env.HOST ?? '127.0.0.1')
    .option('--demo', 'seed an empty database with the synthetic demo archive')
    .option('--demo-letters <n>', 'letters in the demo archive', '300')
    .action(async (o: ServeOptions) => {
      const config = databaseConfig(process.env, true);
      if (config.bufferMB) process.stderr.write(`database: keeping up to ${config.bufferMB} MB of its pages in memory (RAPPORTEUR_DB_BUFFER_MB)\n`);
      const db = await openDatabase(config);
      const workspace = await openWorkspace(db).catch(async (e: unknown) => {
        await db.close();
        throw e;
      });
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
      // The public search's lists in memory, loaded now rather than by the first search.
      const warm = () => void warmPublicLookups(db).then(
        () => process.stderr.write('public index: loaded, with the lists of the commonest words\n'),
        (e: unknown) => process.stderr.write(`the public index could not be loaded: ${e instanceof Error ? e.message : String(e)}\n`),
      );
      warm();
      // Public answers are kept until the next publication changes them (RAPPORTEUR_CACHE=off to render each time).
      const cache = process.env.RAPPORTEUR_CACHE === 'off' ? undefined : createResponseCache({ publicUrl: PUBLIC_URL });
      // Any publication, this server's or another process's (publish-due, another server), moves the generation.
      const watch = watchPublicGeneration(db, () => {
        cache?.clear();
        warm();
      });
      await watch.check(); // the generation as it is before this server's first publication
      const schedule = startPublicationSchedule(db, {
        cipher: workspace.cipher,
        onReport: (r) => {
          if (r.published || r.replies || r.withdrawn || r.refreshed) {
            void watch.check();
            process.stderr.write(`publication: ${r.published} letters and ${r.replies} replies published, ${r.refreshed} refreshed, ${r.withdrawn} withdrawn\n`);
          }
        },
        onError: (e) => process.stderr.write(`publication failed, will retry: ${e instanceof Error ? e.message : String(e)}\n`),
      });
      const app = await buildPublicApp(db, { cache, workspace, trustProxy: trustProxyFromEnv(process.env.RAPPORTEUR_TRUST_PROXY) });
      const stop = async () => {
        // Requests in flight get a few seconds to finish; past them the process ends anyway.
        setTimeout(() => {
          process.stderr.write(`stopping: work still unfinished after ${STOP_GRACE_MS / 1000} s, ended without it\n`);
          process.exit(1);
        }, STOP_GRACE_MS).unref();
        watch.stop();
        await schedule.stop();
        await app.close();
        await db.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      const address = await app.listen({ port: Number(o.port), host: o.host });
      process.stderr.write(`Rapporteur is serving on ${address} (database: ${db.kind}); the workspace is at ${address}/staff\n`);
    });
}
