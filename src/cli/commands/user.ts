/**
 * `rapporteur user add|list|unlock|reset-2fa|disable|enable`: staff accounts from the command
 * line, where the first administrator of a new installation is made. A password is read from
 * standard input, never from an argument (arguments are visible to other users of the machine
 * and kept in shell histories): typed twice without echo on a terminal, else the first line.
 */
import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { cliActor } from '../../domain/actor.js';
import { RapError } from '../../domain/errors.js';
import {
  accountByEmail, createUser, disableUser, enableUser, listAccounts, newAccountProblems, unlockUser, type AccountView,
} from '../../services/accounts.js';
import { resetSecondFactor } from '../../services/second-factor.js';
import { withDatabase } from '../open-database.js';

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    process.stderr.write(question);
    const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
    const rl = createInterface({ input: process.stdin, output: silent, terminal: true });
    rl.on('SIGINT', () => {
      rl.close();
      process.stderr.write('\n');
      reject(new RapError('RAP_ERR_USAGE', 'cancelled'));
    });
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

function firstLine(): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, terminal: false });
    let line: string | null = null;
    rl.once('line', (l) => {
      line = l;
      rl.close();
    });
    rl.once('close', () => {
      process.stdin.pause();
      resolve((line ?? '').replace(/\r$/, ''));
    });
  });
}

export async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return firstLine();
  const first = await promptHidden('Password (at least 12 characters): ');
  const again = await promptHidden('The same password again: ');
  if (first !== again) throw new RapError('RAP_ERR_INVALID', 'the two passwords are not the same', { field: 'password' });
  return first;
}

function formatAccount(a: AccountView): string {
  const state = [a.disabled ? 'disabled' : 'active', a.lockedUntil ? `locked until ${a.lockedUntil.toISOString().slice(0, 16)}Z` : ''].filter(Boolean).join(', ');
  return [
    String(a.id).padStart(4), a.email.padEnd(32), a.role.padEnd(14), (a.secondFactorEnrolled ? '2FA' : 'no 2FA').padEnd(6), state.padEnd(8),
    a.mandates.join(','),
  ].join('  ').trimEnd();
}

/** A command that changes one account named by its email. */
function accountCommand(parent: Command, name: string, description: string, change: typeof unlockUser, done: (email: string) => string) {
  parent
    .command(name)
    .description(description)
    .requiredOption('--email <email>', 'the account')
    .action(async (o: { email: string }) => {
      const email = await withDatabase(async (db) => {
        const a = await accountByEmail(db, o.email);
        await change({ db, actor: cliActor(`user ${name}`) }, a.id);
        return a.email;
      });
      process.stdout.write(`${done(email)}\n`);
    });
}

export function register(program: Command): void {
  const user = program.command('user').description('Staff accounts of the workspace: create, list, unlock, reset the second factor, disable.');

  user
    .command('add')
    .description('Create an account; the password is read from standard input (the first admin of a new installation is made this way).')
    .requiredOption('--email <email>', 'the email address the person signs in with')
    .requiredOption('--role <role>', 'admin, officer, mandate-holder or viewer')
    .option('--name <name>', 'the name shown in the workspace', '')
    .option('--mandate <ids...>', 'for a mandate holder: the ids of the mandates they act for (see the mandate registry)')
    .action(async (o: { email: string; role: string; name: string; mandate?: string[] }) => {
      const input = { email: o.email, displayName: o.name, role: o.role, mandates: o.mandate ?? [] };
      // Everything but the password is checked first, so that nobody types a password for nothing.
      const early = newAccountProblems({ ...input, password: '' }).find((p) => p.field !== 'password');
      if (early) throw new RapError('RAP_ERR_INVALID', early.message, { field: `--${early.field === 'displayName' ? 'name' : early.field === 'mandates' ? 'mandate' : early.field}` });
      const password = await readPassword();
      const a = await withDatabase((db) => createUser({ db, actor: cliActor('user add') }, { ...input, password }));
      process.stdout.write(`Created account ${a.id}: ${a.email} (${a.role}${a.mandates.length ? `; ${a.mandates.join(', ')}` : ''}).\n`);
    });

  user
    .command('list')
    .description('Every account: id, email, role, second factor, state, mandates.')
    .action(async () => {
      const accounts = await withDatabase((db) => listAccounts(db));
      if (accounts.length === 0) {
        process.stdout.write('No accounts yet. Create the first administrator with: rapporteur user add --email EMAIL --role admin\n');
        return;
      }
      process.stdout.write(`${accounts.map(formatAccount).join('\n')}\n`);
    });

  accountCommand(user, 'unlock', 'Lift the lock after too many failed sign-ins.', unlockUser, (e) => `Unlocked ${e}.`);
  accountCommand(user, 'reset-2fa', 'Remove the second factor (a lost phone); it is set up again at the next sign-in.', resetSecondFactor,
    (e) => `Removed the second factor of ${e}; it is set up again at the next sign-in.`);
  accountCommand(user, 'disable', 'Disable an account and end its sessions.', disableUser, (e) => `Disabled ${e}.`);
  accountCommand(user, 'enable', 'Enable a disabled account.', enableUser, (e) => `Enabled ${e}.`);
}
