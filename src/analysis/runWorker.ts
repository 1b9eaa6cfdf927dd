// Worker thread entry: runs the jobs it is sent and posts their results back.
import { parentPort } from 'node:worker_threads';
import { runJob, type Job } from './runJob.js';

parentPort!.on('message', (job: Job) => {
  try {
    parentPort!.postMessage({ result: runJob(job) });
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error).message ?? String(error) });
  }
});
