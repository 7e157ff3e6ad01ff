/**
 * The command line: `rapporteur <command>`. Each command lives in commands/ and only parses its
 * input, calls a service and prints the result.
 */
import { Command } from 'commander';
import { describeError } from '../domain/errors.js';
import { commands } from './commands/index.js';

// A reader that stops early (`rapporteur extract ... | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const program = new Command()
  .name('rapporteur')
  .description('Communications of the UN Special Procedures: read, store, search and publish letters.')
  .showHelpAfterError()
  .configureOutput({ outputError: (str, write) => write(str) });

for (const register of commands) register(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  // Expected failures are one line; no stack trace reaches a user.
  process.stderr.write(`rapporteur: ${describeError(e)}\n`);
  if (process.env.RAPPORTEUR_DEBUG) console.error(e);
  process.exitCode = 1;
}
