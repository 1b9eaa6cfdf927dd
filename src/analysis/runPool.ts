// Runs jobs (batches of seeded runs) on worker threads, or in this thread, handing each job's
// result back as it finishes. Results carry their job's index, so nothing depends on the number of
// workers; `runBatches` collects them in order for callers that want them all at once.
import { availableParallelism } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { jobSender, type JobMessage } from './jobWire.js';
import type { Batch } from './runBatch.js';
import type { RunSummary } from './runSummary.js';
import { runJob, type Job, type JobResult } from './runJob.js';

export type { Batch } from './runBatch.js';

export interface PoolOptions {
  /** Worker threads; 1 runs everything in this thread. Default: one per core. */
  workers?: number;
  /** Called after each batch with the number of runs done so far. */
  onProgress?: (done: number, total: number) => void;
}

export interface StreamOptions<J extends Job> {
  workers?: number;
  /** How many jobs there are, when `jobs` is not an array: no more workers start than that. */
  count?: number;
  /** Called once per job as it finishes, in the order they finish. */
  onResult: (index: number, result: JobResult<J>) => void;
  /** Aborting stops feeding jobs and terminates the workers; unfinished jobs are dropped. */
  signal?: AbortSignal;
}

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** Runs per job: a few jobs per worker, so none waits long on another, and at most `max`. */
export const sliceSize = (count: number, workers: number, max: number): number =>
  Math.min(max, Math.max(1, Math.ceil(count / (workers * 4))));

const here = fileURLToPath(import.meta.url);
// Named from the parent folder, so the path also holds from the CLI's bundle (dist/bundle/, one level
// deep like dist/analysis/), which starts its workers on the unbundled module.
const workerModule = join(dirname(here), '../analysis', `runWorker${extname(here)}`);

/** Under tsx the sources are .ts: a bootstrap registers tsx in the worker before loading it. */
function startWorker(): Worker {
  if (extname(here) !== '.ts') return new Worker(workerModule);
  return new Worker(join(dirname(here), '../../bin/ts-worker.js'), {
    workerData: { entry: pathToFileURL(workerModule).href },
  });
}

/** Runs every job (until the signal aborts); resolves when all finished or the pool stopped. */
export async function streamJobs<J extends Job>(jobs: Iterable<J>, options: StreamOptions<J>): Promise<void> {
  const count = Array.isArray(jobs) ? jobs.length : (options.count ?? Infinity);
  const workers = Math.max(1, Math.min(options.workers ?? defaultWorkers(), count));
  if (workers === 1) return streamInThread(jobs, options);
  const pool = openPool(workers);
  try {
    await pool.stream(jobs, options);
  } finally {
    await pool.close();
  }
}

async function streamInThread<J extends Job>(jobs: Iterable<J>, options: StreamOptions<J>): Promise<void> {
  let index = 0;
  for (const job of jobs) {
    if (options.signal?.aborted) return;
    options.onResult(index++, runJob(job));
    // Let a progress bar repaint and Ctrl-C through between jobs.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Worker threads kept between streams, so a caller with several rounds of jobs starts (and warms) them once. */
export interface WorkerPool {
  readonly size: number;
  /** Like streamJobs on these threads; aborting terminates them (the pool cannot stream again). */
  stream<J extends Job>(jobs: Iterable<J>, options: Omit<StreamOptions<J>, 'workers' | 'count'>): Promise<void>;
  close(): Promise<void>;
}

export function openPool(size: number): WorkerPool {
  const threads = Array.from({ length: Math.max(1, size) }, startWorker);
  // Per thread, across streams: which scenario it holds, so each is sent to it once.
  const senders = threads.map(() => jobSender());
  const close = async () => void (await Promise.all(threads.map((worker) => worker.terminate())));
  return {
    size: threads.length,
    close,
    async stream<J extends Job>(jobs: Iterable<J>, options: Omit<StreamOptions<J>, 'workers' | 'count'>) {
      const stopped = () => options.signal?.aborted === true;
      const queue = jobs[Symbol.iterator]();
      let next = 0;
      const take = (): [number, J] | null => {
        const step = queue.next();
        return step.done ? null : [next++, step.value];
      };
      const onAbort = () => void close();
      options.signal?.addEventListener('abort', onAbort, { once: true });
      try {
        await Promise.all(threads.map((worker, i) => feedWorker(worker, senders[i]!, take, stopped, options.onResult)));
      } finally {
        options.signal?.removeEventListener('abort', onAbort);
      }
    },
  };
}

/** Sends `worker` one job after another until none is left; a terminated worker ends it quietly. */
function feedWorker<J extends Job>(
  worker: Worker,
  send: (job: Job) => JobMessage,
  take: () => [number, J] | null,
  stopped: () => boolean,
  onResult: (index: number, result: JobResult<J>) => void,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    // The threads outlive this stream in an open pool: its listeners go when it settles.
    const settle = (error?: Error) => {
      worker.off('error', settle);
      worker.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    };
    // Terminated on abort: the pool stopped. Exiting on its own: a job was lost, which is a bug.
    const onExit = (code: number) => settle(stopped() ? undefined : new Error(`a worker thread exited (code ${code})`));
    const feed = () => {
      if (stopped()) return settle();
      const job = take();
      if (!job) return settle();
      const [index] = job;
      worker.once('message', (reply: { result?: JobResult<J>; error?: string }) => {
        if (reply.error !== undefined) return settle(new Error(reply.error));
        if (!stopped()) onResult(index, reply.result!);
        feed();
      });
      worker.postMessage(send(job[1]));
    };
    worker.once('error', settle);
    worker.once('exit', onExit);
    feed();
  });
}

export async function runBatches(batches: readonly Batch[], options: PoolOptions = {}): Promise<RunSummary[][]> {
  const total = batches.reduce((n, b) => n + b.seeds.length, 0);
  const results: RunSummary[][] = new Array(batches.length);
  let done = 0;
  await streamJobs(batches, {
    workers: options.workers,
    onResult: (index, summaries) => {
      results[index] = summaries;
      done += summaries.length;
      options.onProgress?.(done, total);
    },
  });
  return results;
}
