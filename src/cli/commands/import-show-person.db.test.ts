import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetter, buildReply, person } from '../../../test/db/build-letter.js';
import { exited, holdDatabase, runCli } from '../../../test/db/spawn.js';
import { freshDataDir } from '../../../test/db/test-database.js';

// End to end through the real CLI on an embedded database (RAPPORTEUR_DATA).
describe.skipIf(!!process.env.DATABASE_URL)('rapporteur import, show and person', () => {
  let dataDir: string;
  let input: string;

  beforeAll(async () => {
    dataDir = await freshDataDir();
    input = mkdtempSync(join(tmpdir(), 'rap-cli-'));
    const write = (name: string, record: unknown) => writeFileSync(join(input, name), JSON.stringify(record));
    write('1-first.json', buildLetter({
      reference: 'AL XAA 1/2024',
      date: '2024-03-18',
      persons: [person('Ms. Zhanar Sekerbayeva', [], 'victim', { gender: 'female' })],
      organizations: [{ name: 'NeMolchiKZ Foundation', variants: ['NeMolchiKZ'] }],
    }));
    write('2-follow-up.json', buildLetter({
      reference: 'AL XAM 2/2024',
      date: '2024-08-20',
      copiedTo: [{ code: 'XAA', name: 'Republic of XAA' }],
      persons: [person('Sekerbaeva Zhanar')],
      organizations: [{ name: '#NeMolchiKZ', variants: [] }],
      relatedCommunications: [{ reference: 'AL XAA 1/2024', date: '2024-03-18' }, { reference: 'UA XAB 4/2019', date: '2019-10-25' }],
    }));
    write('3-reply.json', buildReply('AL XAA 1/2024'));
    write('4-wrong-date.json', { ...buildLetter({ reference: 'AL XAC 1/2024' }), date: '18 March 2024' });
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(input, { recursive: true, force: true });
  });

  it('imports a folder, reports the failed file with the wrong field, and exits 1', async () => {
    const r = await runCli(['import', input], dataDir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Imported 3 of 4 files (2 letters, 1 reply)');
    expect(r.stdout).toContain('1 created for cited letters');
    expect(r.stdout).toMatch(/failed: .*4-wrong-date\.json: \(date\)/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace

    const again = await runCli(['import', input], dataDir);
    expect(again.stdout).toContain('Imported 0 of 4 files');
    expect(again.stdout).toContain('unchanged 3');
  });

  it('shows a letter with its persons, replies and citations both ways', async () => {
    const r = await runCli(['show', 'al', 'xaa', '1/2024'], dataDir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('AL XAA 1/2024');
    expect(r.stdout).toContain('Ms. Zhanar Sekerbayeva (victim)');
    expect(r.stdout).toMatch(/Replies:\n\s+2024-05-02/);
    expect(r.stdout).toMatch(/Cited by:\n\s+AL XAM 2\/2024 of 2024-08-20/);

    const follow = await runCli(['show', 'AL XAM 2/2024'], dataDir);
    expect(follow.stdout).toMatch(/Copies\s+XAA Republic of XAA/);
    expect(follow.stdout).toContain('UA XAB 4/2019 of 2019-10-25 (not imported)');

    const json = await runCli(['show', 'AL XAA 1/2024', '--json'], dataDir);
    const record = JSON.parse(json.stdout);
    expect(record.reference.text).toBe('AL XAA 1/2024');
    expect(record.text).toContain('Excellency');
  });

  it('finds a person by any spelling, explains the merge, and undoes it', async () => {
    const r = await runCli(['person', 'sekerbaeva', '--explain'], dataDir);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const letters = lines.filter((l) => /AL X[A-Z]{2} \d+\/2024/.test(l));
    expect(letters[0]).toMatch(/2024-03-18\s+AL XAA 1\/2024\s+XAA .*victim/);
    expect(letters[1]).toMatch(/2024-08-20\s+AL XAM 2\/2024\s+XAM .*victim/);
    expect(r.stdout).toContain('transliteration-variant');
    const mergeId = /merge #(\d+)/.exec(r.stdout)![1]!;

    const undo = await runCli(['person', 'unmerge', mergeId], dataDir);
    expect(undo.code).toBe(0);
    const after = await runCli(['person', 'Zhanar Sekerbayeva'], dataDir);
    expect(after.stdout).toContain('AL XAA 1/2024');
    expect(after.stdout).not.toContain('AL XAM 2/2024');
  });

  it('finds an organisation under another spelling', async () => {
    const r = await runCli(['person', '--organization', 'NeMolchi.KZ'], dataDir);
    expect(r.stdout).toContain('AL XAA 1/2024');
    expect(r.stdout).toContain('AL XAM 2/2024');
  });

  it('says in one line what is wrong', async () => {
    const missing = await runCli(['show', 'AL XZZ 9/2020'], dataDir);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('RAP_ERR_NOT_FOUND');

    const { child, pid } = await holdDatabase(dataDir);
    try {
      const locked = await runCli(['show', 'AL XAA 1/2024'], dataDir);
      expect(locked.code).toBe(1);
      expect(locked.stderr.trim().split('\n')).toHaveLength(1);
      expect(locked.stderr).toContain(`process ${pid}`);
      expect(locked.stderr).toContain('RAP_ERR_DATA_LOCKED');
    } finally {
      child.stdin!.end();
      await exited(child);
    }
  });
});
