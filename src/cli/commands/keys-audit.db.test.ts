import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/db/spawn.js';
import { freshDataDir } from '../../../test/db/test-database.js';
import { createFieldCipher, keyringOf } from '../../security/field-cipher.js';
import { readKeyFile, writeKeyFile } from '../../security/keyring-config.js';
import { SEALED } from '../../security/sealed-columns.js';
import { openDatabase, type Database } from '../../store/database.js';
import { appendAudit } from '../../store/audit.repo.js';

const SOURCE = '{"name":"Ilse Marwood","email":"ilse.marwood@example.org"}';

// End to end through the real CLI on an embedded database; the key file sits in the data directory (the default).
describe.skipIf(!!process.env.DATABASE_URL)('rapporteur keys rotate and audit verify', () => {
  let dataDir: string;
  const withDb = async <T>(fn: (db: Database) => Promise<T>) => {
    const db = await openDatabase({ dataDir });
    try {
      return await fn(db);
    } finally {
      await db.close();
    }
  };

  beforeAll(async () => {
    dataDir = await freshDataDir();
    const keyring = keyringOf([{ id: 'first', key: Buffer.alloc(32, 9) }], 'test');
    writeKeyFile(join(dataDir, 'keys.json'), keyring);
    const cipher = createFieldCipher(keyring);
    await withDb((db) =>
      db.transaction(async (tx) => {
        for (let i = 1; i <= 3; i++) {
          const { rows } = await tx.query<{ id: string }>(
            `insert into submissions (receipt_code, language, summary, submitter_sealed) values ($1, 'en', 'Arrest in Port Vella', $2) returning id::text`,
            [`R-TEST-000${i}`, cipher.seal(SOURCE, SEALED.submitter.context)],
          );
          await tx.query(
            `insert into staff_files (submission_id, file_name, media_type, bytes_sealed, size, sha256) values ($1, 'a.pdf', 'application/pdf', $2, 9, 'x')`,
            [rows[0]!.id, cipher.sealBytes(Buffer.from(`%PDF-${i}`), SEALED.fileBytes.context)],
          );
          await appendAudit(tx, { actorId: null, actor: 'public:submission-form', action: 'submission.receive', entity: 'submission', entityId: rows[0]!.id, before: null, after: { n: i } });
        }
      }),
    );
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('re-encrypts every sealed value with a new key written to the key file, and the values still open', async () => {
    const r = await runCli(['keys', 'rotate'], dataDir);
    expect(r.stderr).toContain('new key');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('submissions.submitter_sealed: 3 re-encrypted');
    expect(r.stdout).toContain('staff_files.bytes_sealed: 3 re-encrypted');
    const keyring = readKeyFile(join(dataDir, 'keys.json'));
    expect(keyring.current).not.toBe('first');
    expect([...keyring.keys.keys()]).toContain('first');
    const cipher = createFieldCipher(keyring);
    await withDb(async (db) => {
      const subs = await db.query<{ s: string }>('select submitter_sealed as s from submissions');
      for (const { s } of subs.rows) {
        expect(cipher.keyIdOf(s)).toBe(keyring.current);
        expect(cipher.open(s, SEALED.submitter.context)).toBe(SOURCE);
      }
      const files = await db.query<{ b: Uint8Array }>('select bytes_sealed as b from staff_files order by id');
      expect(files.rows.map((f) => cipher.openBytes(Buffer.from(f.b), SEALED.fileBytes.context).toString())).toEqual(['%PDF-1', '%PDF-2', '%PDF-3']);
    });
    // Nothing left to do the second time; the old key can then be retired.
    const again = await runCli(['keys', 'rotate', '--retire-old'], dataDir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('submissions.submitter_sealed: 3 re-encrypted');
    expect(readKeyFile(join(dataDir, 'keys.json')).keys.size).toBe(1);
    expect(readFileSync(join(dataDir, 'keys.json'), 'utf8')).not.toContain(Buffer.alloc(32, 9).toString('base64'));
  });

  it('verifies the audit trail, and names the first entry edited, deleted or reordered in the database', async () => {
    const ok = await runCli(['audit', 'verify'], dataDir);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/holds: 5 entries/); // 3 receipts and 2 rotations
    const head = /hash ([0-9a-f]{64})/.exec(ok.stdout)![1]!;

    const tamper = (sql: string) =>
      withDb((db) => db.exec(`alter table audit_log disable trigger audit_log_no_update; ${sql}; alter table audit_log enable trigger audit_log_no_update;`));

    await tamper(`update audit_log set after = '{"n": 20}' where seq = 2`);
    let r = await runCli(['audit', 'verify'], dataDir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('broken at entry 2: its content does not match its hash');
    await tamper(`update audit_log set after = '{"n": 2}' where seq = 2`);
    expect((await runCli(['audit', 'verify'], dataDir)).code).toBe(0);

    await tamper('update audit_log set seq = seq + 100 where seq in (2, 3); update audit_log set seq = 3 where seq = 102; update audit_log set seq = 2 where seq = 103');
    r = await runCli(['audit', 'verify'], dataDir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('broken at entry 2');
    await tamper('update audit_log set seq = seq + 100 where seq in (2, 3); update audit_log set seq = 3 where seq = 102; update audit_log set seq = 2 where seq = 103');

    await tamper('delete from audit_log where seq = 5');
    r = await runCli(['audit', 'verify'], dataDir);
    expect(r.code).toBe(0); // the end of a chain can only be checked against a head noted elsewhere
    r = await runCli(['audit', 'verify', '--expect-head', head], dataDir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('entries were removed from its end');

    await tamper('delete from audit_log where seq = 3');
    r = await runCli(['audit', 'verify'], dataDir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('broken at entry 4: entries 3–3 are missing');
  }, 60_000);

  it('refuses edits through SQL while the trigger is on', async () => {
    await withDb(async (db) => {
      await expect(db.query(`update audit_log set actor = 'someone else'`)).rejects.toThrow(/append-only/);
      await expect(db.query('delete from audit_log')).rejects.toThrow(/append-only/);
    });
  });
});
