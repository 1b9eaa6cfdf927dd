// Runs batches of seeded runs of scenario files on worker threads (or in this thread), and gives
// the summaries back in the order of the batches, so results never depend on the number of workers.
import { availableParallelism } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runBatch, type Batch } from './runBatch.js';
import type { RunSummary } from './runSummary.js';

export type { Batch } from './runBatch.js';

export interface PoolOptions {
  /** Worker threads; 1 runs everything in this thread. Default: one per core. */
  workers?: number;
  /** Called after each batch with the number of runs done so far. */
  onProgress?: (done: number, total: number) => void;
}

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

const here = fileURLToPath(import.meta.url);
const workerModule = join(dirname(here), `runWorker${extname(here)}`);

/** Under tsx the sources are .ts: a bootstrap registers tsx in the worker before loading it. */
function startWorker(): Worker {
  if (extname(here) !== '.ts') return new Worker(workerModule);
  return new Worker(join(dirname(here), '../../bin/ts-worker.js'), {
    workerData: { entry: pathToFileURL(workerModule).href },
  });
}

export async function runBatches(batches: readonly Batch[], options: PoolOptions = {}): Promise<RunSummary[][]> {
  const total = batches.reduce((n, b) => n + b.seeds.length, 0);
  const workers = Math.max(1, Math.min(options.workers ?? defaultWorkers(), batches.length));
  const results: RunSummary[][] = new Array(batches.length);
  let done = 0;
  const finished = (index: number, summaries: RunSummary[]) => {
    results[index] = summaries;
    done += summaries.length;
    options.onProgress?.(done, total);
  };
  if (workers === 1) {
    for (let i = 0; i < batches.length; i++) {
      finished(i, runBatch(batches[i]!));
      // Let a progress bar repaint and Ctrl-C through between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return results;
  }
  let next = 0;
  const pool = Array.from({ length: workers }, startWorker);
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= batches.length) return resolve();
              const index = next++;
              worker.once('message', (reply: { summaries?: RunSummary[]; error?: string }) => {
                if (reply.error !== undefined) return reject(new Error(reply.error));
                finished(index, reply.summaries!);
                feed();
              });
              worker.postMessage(batches[index]);
            };
            worker.once('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results;
}
