/**
 * Generated records in batches, for the bulk load: in a worker thread (the generator's text
 * building then runs on another core while the database writes) or in-process. The worker keeps
 * one batch ahead of the writer and no more, so memory stays flat.
 */
import { Worker } from 'node:worker_threads';
import type { Communication } from '../domain/communication.js';
import { demoRecords } from './demo-records.js';
import type { Language } from './language.js';

export interface BatchOptions {
  letters: number;
  seed: number;
  words: number;
  languages: Language[];
  /** Records (letters and replies) per batch; a letter's replies stay in its batch. */
  batchSize: number;
}

export type BatchReply = { records: Communication[]; done: boolean };

/** The batches of the archive, generated here. */
export function* batchesInProcess(o: BatchOptions): Generator<Communication[]> {
  let batch: Communication[] = [];
  for (const record of demoRecords(o.letters, o.seed, { words: o.words, languages: o.languages })) {
    // Cut only before a letter: its replies follow it.
    if (record.kind === 'communication' && batch.length >= o.batchSize) {
      yield batch;
      batch = [];
    }
    batch.push(record);
  }
  if (batch.length) yield batch;
}

/** The same batches, generated in a worker thread one ahead of the caller. */
export async function* batchesInWorker(o: BatchOptions): AsyncGenerator<Communication[]> {
  const worker = new Worker(new URL('./generate-worker-entry.mjs', import.meta.url), { workerData: o });
  let failure: Error | null = null;
  worker.on('error', (e) => { failure = e; });
  const next = () =>
    new Promise<BatchReply>((resolve, reject) => {
      const onMessage = (m: BatchReply) => { cleanup(); resolve(m); };
      const onError = (e: Error) => { cleanup(); reject(e); };
      const onExit = (code: number) => { cleanup(); reject(failure ?? new Error(`demo generator stopped (exit ${code})`)); };
      const cleanup = () => { worker.off('message', onMessage); worker.off('error', onError); worker.off('exit', onExit); };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage('next');
    });
  try {
    let pending = next();
    for (;;) {
      const reply = await pending;
      if (reply.done) break;
      pending = next(); // the next batch is generated while this one is written
      yield reply.records;
    }
  } finally {
    await worker.terminate();
  }
}
