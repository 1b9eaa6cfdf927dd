// runsPerSec and speedup: arf-2022 runs per second of wall time through the worker pool that
// backtest and sweep use (runBatches), on 1 worker (in this thread) and on one worker per core.
// The compiled build's pool, so its workers run dist/ directly: under tsx each worker would first
// register tsx and transpile the sources, a start-up cost users of the installed package never pay.
import { availableParallelism } from 'node:os';
import { compiledApi, compiledPool } from './compiled.js';
import { figure, type BenchContext, type Measurement } from './measurement.js';

const BATCH = 50;
const runs = (context: BenchContext) => (context.quick ? 1000 : 8000);

async function runsPerSec(context: BenchContext, workers: number): Promise<number> {
  const { runBatches } = await compiledPool(context.root);
  const { scenarioPath } = await compiledApi(context.root);
  const file = scenarioPath('arf-2022');
  const total = runs(context);
  const batches = Array.from({ length: total / BATCH }, (_, b) => ({
    file,
    overrides: {},
    seeds: Array.from({ length: BATCH }, (_, i) => `bench/${b * BATCH + i}`),
  }));
  const start = performance.now();
  await runBatches(batches, { workers });
  return (total / (performance.now() - start)) * 1000;
}

export const runRate: Measurement = {
  name: 'runsPerSec',
  keys: ['runsPerSec', 'speedup'],
  description: 'arf-2022 runs per wall second through runBatches on 1 worker and on one per core, and the speedup',
  async measure(context: BenchContext) {
    const workers = Math.max(1, availableParallelism());
    const one = await runsPerSec(context, 1);
    context.progress(`runsPerSec 1 worker: ${Math.round(one)}`);
    const all = await runsPerSec(context, workers);
    context.progress(`runsPerSec ${workers} workers: ${Math.round(all)}`);
    return {
      runsPerSec: { oneWorker: Math.round(one), allWorkers: Math.round(all), workers, runs: runs(context) },
      speedup: figure(all / one),
    };
  },
};
