import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetter, person } from '../../../test/db/build-letter.js';
import { runCli } from '../../../test/db/spawn.js';
import { freshDataDir } from '../../../test/db/test-database.js';

// End to end through the real CLI on an embedded database (RAPPORTEUR_DATA).
describe.skipIf(!!process.env.DATABASE_URL)('rapporteur export', () => {
  let dataDir: string;
  let work: string;

  beforeAll(async () => {
    dataDir = await freshDataDir();
    work = mkdtempSync(join(tmpdir(), 'rap-export-'));
    const write = (name: string, record: unknown) => writeFileSync(join(work, name), JSON.stringify(record));
    write('1.json', buildLetter({ reference: 'AL XAA 1/2024', date: '2024-01-15', title: '+ detention, "incommunicado"', persons: [person('Ilona Varga')] }));
    write('2.json', buildLetter({ reference: 'UA XAB 1/2024', date: '2024-02-10', persons: [person('Nadia Orlova')] }));
    write('3.json', buildLetter({ reference: 'UA XAC 1/2024', date: '2024-05-20', persons: [person('Tomasz Unpublished')] }));
    expect((await runCli(['import', work], dataDir)).code).toBe(0);
    expect((await runCli(['publish-due', '--as-of', '2024-06-01'], dataDir)).code).toBe(0);
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('writes the published archive as CSV to a file, with a progress line', async () => {
    const out = join(work, 'archive.csv');
    const r = await runCli(['export', '--format', 'csv', '--out', out, '--base-url', 'https://rapporteur.example/'], dataDir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('export: 2 of 2 letters');
    const rows = readFileSync(out, 'utf8').split('\r\n');
    expect(rows[0]).toMatch(/^reference,date,/);
    expect(rows[1]).toMatch(/^UA XAB 1\/2024,2024-02-10,/);
    expect(rows[2]).toContain(`,"'+ detention, ""incommunicado""",`);
    expect(rows[2]).toContain(',https://rapporteur.example/letters/AL%20XAA%201%2F2024');
    expect(rows).toHaveLength(4);
    expect(readFileSync(out, 'utf8')).not.toContain('Unpublished');
  });

  it('writes a search as JSON lines to standard output', async () => {
    const r = await runCli(['export', '--format', 'jsonl', '--state', 'XAA', '--state', 'XAC'], dataDir);
    expect(r.code).toBe(0);
    const records = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { reference: { text: string } });
    expect(records.map((x) => x.reference.text)).toEqual(['AL XAA 1/2024']);
    expect(r.stderr).toContain('export: 1 of 1 letters');
  });

  it('refuses a wrong option in one line naming it', async () => {
    const r = await runCli(['export', '--format', 'csv', '--state', 'X1'], dataDir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--state is a three-letter code');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const f = await runCli(['export', '--format', 'xml'], dataDir);
    expect(f.code).toBe(1);
    expect(f.stderr).toContain('--format is jsonl or csv');
  });
});
