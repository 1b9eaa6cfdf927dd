// runsPerSec and speedup: arf-2022 runs per wall second on the worker threads that backtest and
// sweep use, in steady state: a pool of 1 thread and a pool of one thread per core, each thread
// first warmed with the same number of runs (a fresh thread runs its first few hundred runs at
// half speed or less while the JIT settles), then timed over the same number of runs per thread.
// So the speedup compares like with like; timing a warm main thread against cold workers, as this
// did before, made the pool look slower than one thread. `cold` is what a user's sweep of `runs`
// runs sees on a fresh pool: thread start-up, loading the forum and the JIT's warm-up included.
// The compiled build's pool, so its workers run dist/ directly: under tsx each worker would first
// register tsx and transpile the sources, a start-up cost users of the installed package never pay.
import { availableParallelism, loadavg } from 'node:os';
import type { WorkerPool } from '../src/analysis/runPool.js';
import type { Batch } from '../src/analysis/runBatch.js';
import type { Scenario } from '../src/domain/types.js';
import { compiledApi, compiledPool, type CompiledPool } from './compiled.js';
import { cpuMs, figure, type BenchContext, type Measurement } from './measurement.js';

const BATCH = 50;
/** Runs per thread before timing: past the JIT's warm-up (bench/eventRate.ts warms as long). */
const WARM_PER_THREAD = 400;
const timedPerThread = (context: BenchContext) => (context.quick ? 600 : 4000);
const coldRuns = (context: BenchContext) => (context.quick ? 1000 : 4000);

interface Rate {
  runsPerSec: number;
  /** CPU seconds of the whole process (every thread) per wall second: near the thread count when each got a core. */
  coresUsed: number;
}

function batches(scenario: Scenario, tag: string, runs: number): Batch[] {
  return Array.from({ length: Math.ceil(runs / BATCH) }, (_, b) => ({
    scenario,
    overrides: {},
    seeds: Array.from({ length: Math.min(BATCH, runs - b * BATCH) }, (_, i) => `bench/${tag}/${b * BATCH + i}`),
  }));
}

async function timed(runs: number, work: () => Promise<unknown>): Promise<Rate> {
  const cpuStart = cpuMs();
  const start = performance.now();
  await work();
  const wallMs = performance.now() - start;
  return { runsPerSec: (runs / wallMs) * 1000, coresUsed: (cpuMs() - cpuStart) / wallMs };
}

const streamAll = (pool: WorkerPool, jobs: Batch[]) => pool.stream(jobs, { onResult: () => {} });

/** Steady-state rate of a pool of `threads` worker threads, each warmed with the same runs first. */
async function steadyRate(api: CompiledPool, context: BenchContext, file: Scenario, threads: number): Promise<Rate> {
  const pool = api.openPool(threads);
  try {
    await streamAll(pool, batches(file, 'warm', WARM_PER_THREAD * threads));
    const runs = timedPerThread(context) * threads;
    return await timed(runs, () => streamAll(pool, batches(file, 'timed', runs)));
  } finally {
    await pool.close();
  }
}

export const runRate: Measurement = {
  name: 'runsPerSec',
  keys: ['runsPerSec', 'speedup'],
  description: 'arf-2022 runs per wall second on 1 worker thread and on one per core, warmed alike, and the speedup',
  async measure(context: BenchContext) {
    const workers = Math.max(1, availableParallelism());
    const pool = await compiledPool(context.root);
    const file = (await compiledApi(context.root)).loadScenario('arf-2022');
    const one = await steadyRate(pool, context, file, 1);
    context.progress(`runsPerSec 1 worker: ${Math.round(one.runsPerSec)}`);
    const all = await steadyRate(pool, context, file, workers);
    context.progress(`runsPerSec ${workers} workers: ${Math.round(all.runsPerSec)}`);
    const cold = await timed(coldRuns(context), () =>
      pool.runBatches(batches(file, 'cold', coldRuns(context)), { workers }),
    );
    context.progress(`runsPerSec ${workers} fresh workers: ${Math.round(cold.runsPerSec)}`);
    return {
      runsPerSec: {
        measures: `steady state: each worker thread warmed with ${WARM_PER_THREAD} runs, then ${timedPerThread(context)} runs per thread timed`,
        oneWorker: Math.round(one.runsPerSec),
        allWorkers: Math.round(all.runsPerSec),
        workers,
        // On a shared machine the workers may not get a core each: this says how many they got.
        coresUsed: { oneWorker: figure(one.coresUsed, 2), allWorkers: figure(all.coresUsed, 2) },
        cold: {
          runs: coldRuns(context),
          allWorkers: Math.round(cold.runsPerSec),
          coresUsed: figure(cold.coresUsed, 2),
        },
        loadAverage: figure(loadavg()[0]!, 2),
      },
      speedup: figure(all.runsPerSec / one.runsPerSec),
    };
  },
};
