// rssMiB: resident memory of a fresh process after 2,000 and after 20,000 arf-2022 runs (1,000 and
// 3,000 with --quick), transcripts not kept and results dropped, as a sweep streams them. Flat
// memory shows as a growthPct near 0. The child runs the compiled build with --expose-gc and
// collects before each reading, so the readings are of what is kept, not of garbage not yet swept.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { compiledApi } from './compiled.js';
import { figure, type BenchContext, type Measurement } from './measurement.js';

const checkpoints = (context: BenchContext): [number, number] => (context.quick ? [1000, 3000] : [2000, 20000]);

/** The child's program: runs to each checkpoint and prints the RSS there, in MiB, as JSON. */
function childProgram(api: string, [early, late]: [number, number]): string {
  return `
const { loadScenario, runScenario } = await import(${JSON.stringify(api)});
const scenario = loadScenario('arf-2022');
const readings = {};
for (let run = 1; run <= ${late}; run++) {
  runScenario(scenario, { seed: 'rss/' + run, transcript: false });
  if (run === ${early} || run === ${late}) {
    globalThis.gc();
    const { rss, heapUsed } = process.memoryUsage();
    readings[run] = { rss: rss / 1048576, heap: heapUsed / 1048576 };
  }
}
process.stdout.write(JSON.stringify(readings));
`;
}

export const rss: Measurement = {
  name: 'rssMiB',
  description: 'RSS of a fresh process after 2,000 and 20,000 arf-2022 runs (quick: 1,000 and 3,000), and the growth',
  async measure(context: BenchContext) {
    await compiledApi(context.root); // fails early, with the message, when there is no build
    const api = pathToFileURL(join(context.root, 'dist/index.js')).href;
    const [early, late] = checkpoints(context);
    context.progress(`rssMiB: ${late} runs in a child process`);
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', '--input-type=module', '-e', childProgram(api, [early, late])],
      { cwd: context.root, encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    if (child.status !== 0) throw new Error(`rssMiB child exited with ${child.status}: ${child.stderr}`);
    const readings = JSON.parse(child.stdout) as Record<string, { rss: number; heap: number }>;
    const [a, b] = [readings[early]!, readings[late]!];
    return {
      [String(early)]: figure(a.rss),
      [String(late)]: figure(b.rss),
      growthPct: figure(((b.rss - a.rss) / a.rss) * 100, 2),
      // The live heap beside it: RSS also holds pages the allocator has not given back.
      heapUsedMiB: { [String(early)]: figure(a.heap), [String(late)]: figure(b.heap) },
    };
  },
};
