/**
 * A sending server process for the concurrency test: opens the PostgreSQL schema given, prints
 * `ready`, waits for `go` on its standard input, then sends its drafts all at once and prints one
 * JSON line: the references it got and how long it took.
 *   node --import tsx send-worker.ts URL SCHEMA DATE DRAFT_ID...
 */
import { createInterface } from 'node:readline';
import { cliActor } from '../../src/domain/actor.js';
import { sendDraft } from '../../src/services/sending.js';
import { openDatabase } from '../../src/store/database.js';
import { findDraft } from '../../src/store/drafts.repo.js';
import { testComposer } from './drafting-fixtures.js';

const [url, schema, date, ...ids] = process.argv.slice(2);
const db = await openDatabase({ url: url!, schema: schema!, migrate: false });
const drafts = await Promise.all(ids.map(async (id) => (await findDraft(db, Number(id)))!));
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
for await (const line of lines) if (line.trim() === 'go') break;
const started = performance.now();
const sent = await Promise.all(drafts.map((d) => sendDraft(db, { draftId: d.id, version: d.version, compose: testComposer, date: date! }, cliActor(`send-worker:${process.pid}`))));
const elapsedMs = Math.round(performance.now() - started);
process.stdout.write(`${JSON.stringify({ pid: process.pid, references: sent.map((s) => s.reference.text), elapsedMs })}\n`);
await db.close();
process.exit(0);
