// runsPerSec and speedup: arf-2022 runs per second of wall time through the worker pool that
// backtest and sweep use (runBatches), on 1 worker (in this thread) and on one worker per core.
// The compiled build's pool, so its workers run dist/ directly: under tsx each worker would first
// register tsx and transpile the sources, a start-up cost users of the installed package never pay.
import { availableParallelism, loadavg } from 'node:os';
import { compiledApi, compiledPool } from './compiled.js';
import { cpuMs, figure, type BenchContext, type Measurement } from './measurement.js';

const BATCH = 50;
const runs = (context: BenchContext) => (context.quick ? 1000 : 8000);

interface Rate {
  runsPerSec: number;
  /** CPU seconds of the whole process (every worker thread) per wall second: near the worker count when each got a core. */
  coresUsed: number;
}

async function runsPerSec(context: BenchContext, workers: number): Promise<Rate> {
  const { runBatches } = await compiledPool(context.root);
  const { scenarioPath } = await compiledApi(context.root);
  const file = scenarioPath('arf-2022');
  const total = runs(context);
  const batches = Array.from({ length: total / BATCH }, (_, b) => ({
    file,
    overrides: {},
    seeds: Array.from({ length: BATCH }, (_, i) => `bench/${b * BATCH + i}`),
  }));
  const cpuStart = cpuMs();
  const start = performance.now();
  await runBatches(batches, { workers });
  const wallMs = performance.now() - start;
  return { runsPerSec: (total / wallMs) * 1000, coresUsed: (cpuMs() - cpuStart) / wallMs };
}

export const runRate: Measurement = {
  name: 'runsPerSec',
  keys: ['runsPerSec', 'speedup'],
  description: 'arf-2022 runs per wall second through runBatches on 1 worker and on one per core, and the speedup',
  async measure(context: BenchContext) {
    const workers = Math.max(1, availableParallelism());
    const one = await runsPerSec(context, 1);
    context.progress(`runsPerSec 1 worker: ${Math.round(one.runsPerSec)}`);
    const all = await runsPerSec(context, workers);
    context.progress(`runsPerSec ${workers} workers: ${Math.round(all.runsPerSec)}`);
    return {
      runsPerSec: {
        oneWorker: Math.round(one.runsPerSec),
        allWorkers: Math.round(all.runsPerSec),
        workers,
        runs: runs(context),
        // On a shared machine the workers may not get a core each: this says how many they got.
        coresUsed: { oneWorker: figure(one.coresUsed, 2), allWorkers: figure(all.coresUsed, 2) },
        loadAverage: figure(loadavg()[0]!, 2),
      },
      speedup: figure(all.runsPerSec / one.runsPerSec),
    };
  },
};
