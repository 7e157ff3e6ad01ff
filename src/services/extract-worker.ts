/**
 * The worker side of the extraction pool: a path in, its record (or its failure) out, with its
 * search vector when asked. Requests are answered one at a time, in the order they came, so the
 * first file of a batch is ready first.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isRapError } from '../domain/errors.js';
import { vectorInputs } from './document-vector.js';
import { extractFileBytes, readFileForExtraction } from './extract-file.js';
import type { FileReply, WorkerReply, WorkerRequest, WorkerSetup } from './extract-pool.js';
import { createVectorEngine, type VectorEngine } from './vector-engine.js';

// The engine starts with the worker (it takes a few seconds), while the importing thread opens its database.
const setup = workerData as WorkerSetup;
const engine: Promise<VectorEngine> | undefined = setup.searchVectors ? createVectorEngine() : undefined;

async function answer({ id, path }: WorkerRequest, reading: Promise<Uint8Array>): Promise<FileReply> {
  try {
    const record = await extractFileBytes(path, reading);
    const inputs = setup.searchVectors ? vectorInputs(record) : null;
    return { id, record, searchVector: inputs && engine ? await engine.then((e) => e.vectorOf(inputs)) : null };
  } catch (e) {
    return isRapError(e)
      ? { id, error: { code: e.code, detail: e.detail, location: e.location } }
      : { id, error: { message: e instanceof Error ? e.message : String(e) } };
  }
}

let turn = (engine ?? Promise.resolve()).then(
  () => parentPort!.postMessage({ ready: true } satisfies WorkerReply),
  () => parentPort!.postMessage({ ready: true } satisfies WorkerReply), // the first file will report the failure
);
parentPort!.on('message', (request: WorkerRequest) => {
  // Read at once, extracted in turn: the file's reading (on libuv's threads, slow to come back
  // when both cores are busy) overlaps the files before it instead of leaving this thread idle.
  const reading = readFileForExtraction(request.path);
  reading.catch(() => undefined); // reported by answer(), in its turn
  turn = turn.then(async () => parentPort!.postMessage(await answer(request, reading)));
});
