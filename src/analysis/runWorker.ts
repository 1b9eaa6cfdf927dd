// Worker thread entry: runs the batches it is sent and posts their summaries back.
import { parentPort } from 'node:worker_threads';
import { runBatch, type Batch } from './runBatch.js';

parentPort!.on('message', (batch: Batch) => {
  try {
    parentPort!.postMessage({ summaries: runBatch(batch) });
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error).message ?? String(error) });
  }
});
