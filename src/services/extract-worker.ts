/** The worker side of the extraction pool: a path in, its record (or its failure) out, with its search vector when asked. */
import { parentPort } from 'node:worker_threads';
import { isRapError } from '../domain/errors.js';
import { vectorInputs } from './document-vector.js';
import { extractFile } from './extract-file.js';
import type { WorkerReply, WorkerRequest } from './extract-pool.js';
import { createVectorEngine, type VectorEngine } from './vector-engine.js';

let engine: Promise<VectorEngine> | undefined;

parentPort!.on('message', async ({ id, path, searchVector }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const record = await extractFile(path);
    const inputs = searchVector ? vectorInputs(record) : null;
    reply = { id, record, searchVector: inputs ? await (engine ??= createVectorEngine()).then((e) => e.vectorOf(inputs)) : null };
  } catch (e) {
    reply = isRapError(e)
      ? { id, error: { code: e.code, detail: e.detail, location: e.location } }
      : { id, error: { message: e instanceof Error ? e.message : String(e) } };
  }
  parentPort!.postMessage(reply);
});
