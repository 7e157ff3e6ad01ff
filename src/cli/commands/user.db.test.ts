import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/db/spawn.js';
import { freshDataDir } from '../../../test/db/test-database.js';
import { openDatabase } from '../../store/database.js';

const runWithInput = (args: string[], dataDir: string, stdin: string) => runCli(args, dataDir, stdin);

const PASSWORD = 'velvet compass of the north';
/** Each run of the CLI starts Node, tsx and the embedded database: a few seconds. */
const SLOW = 120_000;

// Through the real CLI on an embedded database (RAPPORTEUR_DATA).
describe.skipIf(!!process.env.DATABASE_URL)('rapporteur user', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await freshDataDir();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates the first administrator of an empty database with the password from standard input, and never shows it', async () => {
    const empty = await runWithInput(['user', 'list'], dataDir, '');
    expect(empty.stdout).toContain('No accounts yet. Create the first administrator with: rapporteur user add --email EMAIL --role admin');

    const r = await runWithInput(['user', 'add', '--email', 'Mirela.Dobre@Staff.Example', '--role', 'admin', '--name', 'Mirela Dobre'], dataDir, `${PASSWORD}\nleftover line\n`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Created account 1: mirela.dobre@staff.example (admin).\n');

    const list = await runWithInput(['user', 'list'], dataDir, '');
    expect(list.stdout).toMatch(/^\s+1 {2}mirela\.dobre@staff\.example\s+admin\s+no 2FA {2}active$/m);

    const db = await openDatabase({ dataDir });
    try {
      const audit = await db.query<{ actor: string; action: string; text: string }>('select actor, action, concat(before::text, after::text) as text from audit_log');
      expect(audit.rows).toEqual([expect.objectContaining({ actor: 'cli:user add', action: 'user.create' })]);
      expect(audit.rows[0]!.text).not.toContain(PASSWORD);
      const user = await db.query<{ password_hash: string }>('select password_hash from users');
      expect(user.rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
    } finally {
      await db.close();
    }
    for (const out of [r, list]) expect(out.stdout + out.stderr).not.toContain(PASSWORD);
  }, SLOW);

  it('refuses bad input in one line with exit code 1, before asking for a password', async () => {
    const role = await runWithInput(['user', 'add', '--email', 'x@staff.example', '--role', 'boss'], dataDir, `${PASSWORD}\n`);
    expect(role.code).toBe(1);
    expect(role.stderr).toBe('rapporteur: (--role): the input is not valid: Choose a role: admin, officer, mandate-holder, viewer. [RAP_ERR_INVALID]\n');

    const short = await runWithInput(['user', 'add', '--email', 'x@staff.example', '--role', 'viewer'], dataDir, 'tiny\n');
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/^rapporteur: \(password\): .*at least 12 characters long \(it has 4\)\. \[RAP_ERR_INVALID\]\n$/);
    expect(short.stderr).not.toContain('tiny');

    const twice = await runWithInput(['user', 'add', '--email', 'MIRELA.dobre@staff.example', '--role', 'viewer'], dataDir, `${PASSWORD}\n`);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('already exists [RAP_ERR_CONFLICT]');

    const mandate = await runWithInput(['user', 'add', '--email', 'y@staff.example', '--role', 'mandate-holder', '--mandate', 'sr-torture', 'sr-unknown'], dataDir, `${PASSWORD}\n`);
    expect(mandate.code).toBe(1);
    expect(mandate.stderr).toContain('(--mandate): the input is not valid: Not a mandate of the registry: sr-unknown.');
  }, SLOW);

  it('unlocks, resets the second factor and disables by email, and names an unknown one', async () => {
    const holder = await runWithInput(['user', 'add', '--email', 'holder@staff.example', '--role', 'mandate-holder', '--mandate', 'sr-torture'], dataDir, `${PASSWORD}\n`);
    expect(holder.stdout).toBe('Created account 2: holder@staff.example (mandate-holder; sr-torture).\n');
    expect((await runWithInput(['user', 'unlock', '--email', 'holder@staff.example'], dataDir, '')).stdout).toBe('Unlocked holder@staff.example.\n');
    expect((await runWithInput(['user', 'reset-2fa', '--email', 'holder@staff.example'], dataDir, '')).code).toBe(0);
    expect((await runWithInput(['user', 'disable', '--email', 'HOLDER@staff.example'], dataDir, '')).stdout).toBe('Disabled holder@staff.example.\n');
    const last = await runWithInput(['user', 'disable', '--email', 'mirela.dobre@staff.example'], dataDir, '');
    expect(last.code).toBe(1);
    expect(last.stderr).toContain('is the last active administrator');
    const nobody = await runWithInput(['user', 'unlock', '--email', 'nobody@staff.example'], dataDir, '');
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toContain('no account has the email nobody@staff.example [RAP_ERR_NOT_FOUND]');
    expect((await runWithInput(['user', 'list'], dataDir, '')).stdout).toMatch(/holder@staff\.example\s+mandate-holder\s+no 2FA {2}disabled {2}sr-torture/);
  }, SLOW);
});
