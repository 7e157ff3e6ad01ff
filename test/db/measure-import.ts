/**
 * Import throughput, measured (not a test: timings vary with the machine's load).
 *   npx tsx test/db/measure-import.ts [COUNT]        (PGlite in a fresh directory)
 *   DATABASE_URL=... npx tsx test/db/measure-import.ts [COUNT]
 *   npx tsx test/db/measure-import.ts [COUNT] --statements   (also the time spent in each statement)
 * Writes COUNT synthetic letters (about 1,500 words, 3 persons, 2 organisations, 3 mandates,
 * 2 citations each, invented names over fictional States) and imports them end to end.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importArchive } from '../../src/services/import-archive.js';
import { buildLetter, person } from './build-letter.js';
import type { Database, Queryable } from '../../src/store/database.js';
import { openTestDatabase } from './test-database.js';

const args = process.argv.slice(2);
const count = Number(args.find((a) => !a.startsWith('--')) ?? 300);
const perStatement = args.includes('--statements');
const SYLLABLES = ['ka', 'ri', 'mo', 'te', 'lu', 'sa', 'ne', 'vo', 'zh', 'an', 'el', 'ir', 'ot', 'us', 'be', 'da'];
let seed = 42;
/** mulberry32: the same synthetic archive on every run. */
const rnd = (n: number) => {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) % n;
};
const word = (parts: number) => Array.from({ length: parts }, () => SYLLABLES[rnd(SYLLABLES.length)]).join('');
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const name = () => `${cap(word(2))} ${cap(word(3))}ova`;
const states = ['XAA', 'XAB', 'XAC', 'XAD', 'XAE', 'XAF', 'XAG', 'XAH', 'XAM', 'XAN'];
// Words drawn from a 5,000-word vocabulary with Zipf frequencies, like prose: a 1,500-word
// letter then has about 600 distinct words.
const VOCABULARY = Array.from({ length: 5000 }, () => word(1 + rnd(4)));
const ZIPF = (() => {
  const w = VOCABULARY.map((_, i) => 1 / (i + 1));
  const total = w.reduce((a, b) => a + b, 0);
  let acc = 0;
  return w.map((x) => (acc += x / total));
})();
const zipfWord = () => {
  const u = rnd(1_000_000) / 1_000_000;
  let lo = 0;
  let hi = ZIPF.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ZIPF[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return VOCABULARY[lo]!;
};
const body = () => Array.from({ length: 1500 }, zipfWord).join(' ');
const pool = Array.from({ length: 200 }, name); // people recur across letters

const dir = mkdtempSync(join(tmpdir(), 'rap-measure-'));
for (let i = 0; i < count; i++) {
  const code = states[i % states.length]!;
  const number = Math.floor(i / states.length) + 1;
  const letter = buildLetter({
    reference: `AL ${code} ${number}/2023`,
    date: `2023-${String(1 + (i % 12)).padStart(2, '0')}-15`,
    title: `alleged detention of ${pool[i % pool.length]}`,
    persons: [person(pool[rnd(pool.length)]!), person(pool[rnd(pool.length)]!, [], 'mentioned'), person(name())],
    organizations: [{ name: `${cap(word(3))} Foundation`, variants: [] }, { name: 'NeMolchi.XZ', variants: ['#NeMolchiXZ'] }],
    mandates: [
      { id: 'sr-human-rights-defenders', title: 'Special Rapporteur on the situation of human rights defenders' },
      { id: 'sr-freedom-of-expression', title: 'Special Rapporteur on freedom of opinion and expression' },
      { id: null, title: 'Working Group on invented detention' },
    ],
    relatedCommunications: [
      { reference: `AL ${code} ${number + 1}/2023`, date: null },
      { reference: `UA ${states[(i + 3) % states.length]} ${number}/2022`, date: '2022-05-01' },
    ],
    text: body(),
  });
  writeFileSync(join(dir, `${String(i).padStart(5, '0')}.json`), JSON.stringify(letter));
}

const t = await openTestDatabase();
/** Calls and milliseconds per statement (its first 90 characters), when asked for. */
const statements = new Map<string, { calls: number; ms: number }>();
const timed = (q: Queryable): Queryable => ({
  exec: (sql) => q.exec(sql),
  async query(sql, params) {
    const t0 = performance.now();
    try {
      return await q.query(sql, params);
    } finally {
      const key = sql.replace(/\s+/g, ' ').trim().slice(0, 90);
      const s = statements.get(key) ?? { calls: 0, ms: 0 };
      s.calls++;
      s.ms += performance.now() - t0;
      statements.set(key, s);
    }
  },
});
const db: Database = perStatement
  ? { ...t.db, kind: t.db.kind, ...timed(t.db), transaction: (fn) => t.db.transaction((tx) => fn(timed(tx))), close: () => t.db.close() }
  : t.db;
try {
  const cpu0 = process.cpuUsage();
  const s = await importArchive({ db, extractFile: async () => { throw new Error('json only'); } }, [dir]);
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const { rows } = await t.db.query<{ persons: number; merges: number }>(
    `select (select count(*) from persons where merged_into is null) as persons, (select count(*) from person_merges) as merges`,
  );
  console.log(
    `${t.db.kind}: ${s.imported} imported, ${s.failed.length} failed, ${s.placeholdersCreated} placeholders created, ` +
      `${s.placeholdersFilled} filled, ${rows[0]!.persons} persons, ${rows[0]!.merges} merges, ` +
      `${(s.elapsedMs / 1000).toFixed(2)} s, ${s.rate.toFixed(0)} letters/s ` +
      `(CPU ${cpuSeconds.toFixed(2)} s: ${(s.imported / cpuSeconds).toFixed(0)} letters per CPU second)`,
  );
  if (s.failed.length) console.log(s.failed.slice(0, 3));
  for (const [sql, { calls, ms }] of [...statements].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15)) {
    console.log(`${String(calls).padStart(6)} calls ${ms.toFixed(0).padStart(6)} ms ${(ms / calls).toFixed(2).padStart(6)} ms each  ${sql}`);
  }
} finally {
  await t.dispose();
  rmSync(dir, { recursive: true, force: true });
}
