/** End to end: the real command in a child process, on files generated in a temp dir. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetterDocx } from '../../extract/readers/testing/build-letter-docx.js';
import { buildLetterPdf } from '../../extract/readers/testing/build-letter-pdf.js';

const ROOT = resolve(import.meta.dirname, '../../..');

function rapporteur(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(ROOT, 'bin/rapporteur.js'), ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rap-extract-cli-'));
  await writeFile(join(dir, 'letter.pdf'), await buildLetterPdf());
  await writeFile(join(dir, 'letter.docx'), await buildLetterDocx());
  await writeFile(join(dir, 'encrypted.pdf'), await buildLetterPdf({ userPassword: 'x' }));
  await writeFile(join(dir, 'empty.txt'), '');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('rapporteur extract', () => {
  it('prints one line per failed file on stderr, goes on, and exits with 1', async () => {
    const files = ['empty.txt', 'encrypted.pdf', 'missing.pdf'].map((f) => join(dir, f));
    const { code, stdout, stderr } = await rapporteur('extract', ...files);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(new RegExp(`^${files[0]}: the file is empty.* \\[RAP_ERR_EMPTY_FILE\\]$`));
    expect(lines[1]).toMatch(new RegExp(`^${files[1]}: the PDF is encrypted.* \\[RAP_ERR_PDF_ENCRYPTED\\]$`));
    expect(lines[2]).toMatch(new RegExp(`^${files[2]}: not found.* \\[RAP_ERR_NOT_FOUND\\]$`));
  });

  it('prints a pretty record for one file and one compact record per line for several', async () => {
    const one = await rapporteur('extract', '--text', join(dir, 'letter.pdf'));
    expect(one.code).toBe(0);
    expect(one.stdout.split('\n').length).toBeGreaterThan(10);
    const record = JSON.parse(one.stdout);
    expect(record.source).toMatchObject({ file: 'letter.pdf', format: 'pdf', pages: 2 });
    expect(record.reference?.text).toBe('AL XAB 3/2023');
    expect(record.text).toContain('Excellency,');

    const many = await rapporteur('extract', join(dir, 'letter.pdf'), join(dir, 'empty.txt'), join(dir, 'letter.docx'));
    expect(many.code).toBe(1);
    const records = many.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => r.source.format)).toEqual(['pdf', 'docx']);
    expect(records.every((r) => r.text === undefined)).toBe(true);
    expect(records.map((r) => r.questions.length)).toEqual([3, 3]);
  });
});
