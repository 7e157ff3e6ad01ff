/** The worker side of the extraction pool: a path in, its record (or its failure) out. */
import { parentPort } from 'node:worker_threads';
import { isRapError } from '../domain/errors.js';
import { extractFile } from './extract-file.js';
import type { WorkerReply, WorkerRequest } from './extract-pool.js';

parentPort!.on('message', async ({ id, path }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, record: await extractFile(path) };
  } catch (e) {
    reply = isRapError(e)
      ? { id, error: { code: e.code, detail: e.detail, location: e.location } }
      : { id, error: { message: e instanceof Error ? e.message : String(e) } };
  }
  parentPort!.postMessage(reply);
});
