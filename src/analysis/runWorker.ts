// Worker thread entry: runs the jobs it is sent (their scenario as data, see jobWire.ts) and posts
// their results back.
import { parentPort } from 'node:worker_threads';
import { jobReceiver, type JobMessage } from './jobWire.js';
import { runJob } from './runJob.js';

const receive = jobReceiver();

parentPort!.on('message', (message: JobMessage) => {
  try {
    parentPort!.postMessage({ result: runJob(receive(message)) });
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error).message ?? String(error) });
  }
});
