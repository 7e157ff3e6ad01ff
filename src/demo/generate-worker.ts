/** The worker side of batchesInWorker: one batch of generated records per `next` message. */
import { parentPort, workerData } from 'node:worker_threads';
import { batchesInProcess, type BatchOptions, type BatchReply } from './record-batches.js';

const batches = batchesInProcess(workerData as BatchOptions);
parentPort!.on('message', () => {
  const n = batches.next();
  const reply: BatchReply = n.done ? { records: [], done: true } : { records: n.value, done: false };
  parentPort!.postMessage(reply);
});
