/**
 * Reference allocation under real concurrency, on PostgreSQL: many connections, then several
 * server processes, sending letters to one recipient in one year at the same moment. PGlite is
 * one connection inside one process and cannot race: there, sending.db.test.ts checks the same
 * properties with sends started together in one process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunicationType } from '../domain/communication.js';
import { ROOT } from '../../test/db/spawn.js';
import { approvedDraft, testComposer } from '../../test/db/drafting-fixtures.js';
import { openPool } from '../../test/db/pool-database.js';
import { clearData, openTestDatabase, type TestDatabase } from '../../test/db/test-database.js';
import { cliActor } from '../domain/actor.js';
import { sendDraft } from './sending.js';

const url = process.env.DATABASE_URL;
const TYPES: CommunicationType[] = ['AL', 'UA', 'OL'];

let t: TestDatabase;
let schema: string;

beforeAll(async () => {
  if (!url) return;
  t = await openTestDatabase();
  schema = (await t.db.query<{ s: string }>('select current_schema() as s')).rows[0]!.s;
});
afterAll(async () => {
  await t?.dispose();
});

async function approvedDrafts(n: number): Promise<Array<{ id: number; version: number }>> {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await approvedDraft(t.db, { type: TYPES[i % 3]!, recipientCode: 'XAD' }));
  return out;
}

const sorted = (numbers: number[]) => [...numbers].sort((a, b) => a - b);
const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const numberOf = (reference: string) => Number(/ (\d+)\/\d{4}$/.exec(reference)![1]);

async function storedNumbers(): Promise<number[]> {
  const { rows } = await t.db.query<{ n: number }>(`select reference_number as n from communications where recipient_code = 'XAD' and reference_year = 2025`);
  return sorted(rows.map((r) => Number(r.n)));
}

describe.skipIf(!url)('reference allocation on PostgreSQL (skipped on PGlite: one connection in one process cannot race)', () => {
  it('gives 1..50 without gap or duplicate to 50 sends at the same moment on 10 connections', async () => {
    await clearData(t.db);
    const drafts = await approvedDrafts(50);
    const pool = await openPool(url!, schema, 10);
    try {
      const started = performance.now();
      const sent = await Promise.all(drafts.map((d) => sendDraft(pool, { draftId: d.id, version: d.version, compose: testComposer, date: '2025-06-30' }, cliActor('concurrency-test'))));
      const elapsedMs = Math.round(performance.now() - started);
      console.log(`[reference allocation] 50 sends, 10 connections, 1 process: ${elapsedMs} ms`);
      expect(sorted(sent.map((s) => s.reference.number))).toEqual(oneToN(50));
      expect(await storedNumbers()).toEqual(oneToN(50));
    } finally {
      await pool.close();
    }
  });

  it('gives unique consecutive numbers to sends from several server processes at once', async () => {
    await clearData(t.db);
    const processes = 4;
    const perProcess = 15;
    const drafts = await approvedDrafts(processes * perProcess);
    const workers: ChildProcess[] = [];
    const outputs: Array<Promise<string>> = [];
    const ready: Array<Promise<void>> = [];
    try {
      for (let p = 0; p < processes; p++) {
        const ids = drafts.slice(p * perProcess, (p + 1) * perProcess).map((d) => String(d.id));
        const child = spawn(process.execPath, ['--import', 'tsx', 'test/db/send-worker.ts', url!, schema, '2025-06-30', ...ids], { cwd: ROOT });
        workers.push(child);
        let out = '';
        let err = '';
        child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
        ready.push(new Promise((resolve, reject) => {
          child.stdout!.on('data', (d: Buffer) => {
            out += d.toString();
            if (out.startsWith('ready\n')) resolve();
          });
          child.on('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready: ${err}`)));
        }));
        outputs.push(new Promise((resolve, reject) => {
          child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`worker exited (${code}): ${err}`))));
        }));
      }
      await Promise.all(ready);
      const started = performance.now();
      for (const w of workers) w.stdin!.write('go\n');
      const results = (await Promise.all(outputs)).map((o) => JSON.parse(o.split('\n')[1]!) as { pid: number; references: string[]; elapsedMs: number });
      const elapsedMs = Math.round(performance.now() - started);
      console.log(`[reference allocation] ${processes * perProcess} sends, ${processes} processes: ${elapsedMs} ms (per process ${results.map((r) => r.elapsedMs).join(', ')} ms)`);
      expect(results.every((r) => r.references.length === perProcess)).toBe(true);
      expect(sorted(results.flatMap((r) => r.references.map(numberOf)))).toEqual(oneToN(processes * perProcess));
      expect(await storedNumbers()).toEqual(oneToN(processes * perProcess));
    } finally {
      for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill();
    }
  }, 120_000);
});
