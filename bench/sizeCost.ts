// msPerRun: CPU ms of one run of a synthetic forum (syntheticForum.ts) of 27, 300 and 1,000
// delegations, transcript not kept, and ratio1000to300: a cost linear in the delegations gives
// about 3.3, one quadratic about 11.
import { compiledApi } from './compiled.js';
import { cpuMs, figure, type BenchContext, type Measurement } from './measurement.js';
import { syntheticForum } from './syntheticForum.js';

/** Runs timed per size, fewer for the larger forums; `warm` untimed runs first, for the JIT. */
const SIZES: readonly { size: number; runs: number; quickRuns: number; warm: number }[] = [
  { size: 27, runs: 200, quickRuns: 40, warm: 100 },
  { size: 300, runs: 20, quickRuns: 4, warm: 2 },
  { size: 1000, runs: 6, quickRuns: 2, warm: 1 },
];

export const sizeCost: Measurement = {
  name: 'msPerRun',
  description: 'CPU ms per run of synthetic forums of 27, 300 and 1,000 delegations, and the 1,000/300 ratio',
  async measure(context: BenchContext) {
    const api = await compiledApi(context.root);
    const base = api.loadScenario('arf-2022');
    const out: Record<string, number> = {};
    for (const { size, runs, quickRuns, warm } of SIZES) {
      const scenario = syntheticForum(base, size);
      const count = context.quick ? quickRuns : runs;
      for (let seed = 1; seed <= warm; seed++) api.runScenario(scenario, { seed: `warm/${seed}`, transcript: false });
      const start = cpuMs();
      for (let seed = 1; seed <= count; seed++) api.runScenario(scenario, { seed: `bench/${seed}`, transcript: false });
      out[String(size)] = figure((cpuMs() - start) / count);
      context.progress(`msPerRun ${size} delegations: ${out[String(size)]}`);
    }
    return { ...out, ratio1000to300: figure(out['1000']! / out['300']!) };
  },
};
