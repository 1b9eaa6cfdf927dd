// npx tsx bench/compareBuilds.ts ROOT_A ROOT_B [ROUNDS] [sweep]: the compiled builds of two checkouts in one
// process, timed in alternating slices of 50 arf-2022 runs (CPU time of this process). On a
// machine shared with other work, the load changes between two separate timings; alternating
// slices puts both builds under the same load, so their ratio holds where the absolute rates do not.
// `sweep` runs as a compact sweep line does (drawnRecord 'overridden'; a build without it ignores it).
// Prints one JSON object; a script, not a test: nothing is asserted.
import { resolve } from 'node:path';
import { compiledApi } from './compiled.js';
import { cpuMs, figure } from './measurement.js';

const SLICE = 50;
const WARM_SLICES = 8;

const [rootA, rootB, roundsArg, mode] = process.argv.slice(2);
if (!rootA || !rootB) {
  process.stderr.write('usage: npx tsx bench/compareBuilds.ts ROOT_A ROOT_B [ROUNDS]\n');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 20);
const runOptions =
  mode === 'sweep' ? ({ transcript: false, drawnRecord: 'overridden' } as const) : { transcript: false };
const builds = await Promise.all(
  [rootA, rootB].map(async (root) => {
    const api = await compiledApi(resolve(root));
    return { api, scenario: api.loadScenario('arf-2022') };
  }),
);

/** CPU ms for one slice of runs of build `k`. */
function slice(k: number, tag: string): number {
  const { api, scenario } = builds[k]!;
  const start = cpuMs();
  for (let i = 0; i < SLICE; i++) api.runScenario(scenario, { seed: `compare/${tag}/${i}`, ...runOptions });
  return cpuMs() - start;
}

// The JIT's warm-up for both, before anything is timed.
for (let w = 0; w < WARM_SLICES; w++) for (const k of [0, 1]) slice(k, `warm${w}`);
const total = [0, 0];
const best = [Infinity, Infinity];
for (let r = 0; r < rounds; r++) {
  // Which build goes first alternates too.
  for (const k of r % 2 ? [1, 0] : [0, 1]) {
    const ms = slice(k, `r${r}`);
    total[k]! += ms;
    best[k] = Math.min(best[k]!, ms);
  }
}
const rate = (ms: number) => Math.round((SLICE / ms) * 1000);
process.stdout.write(
  JSON.stringify({
    roots: [rootA, rootB],
    mode: mode ?? 'run',
    runsPerCpuSecond: { mean: total.map((ms) => rate(ms / rounds)), bestSlice: best.map(rate) },
    speedupOfB: { mean: figure(total[0]! / total[1]!), bestSlice: figure(best[0]! / best[1]!) },
  }) + '\n',
);
