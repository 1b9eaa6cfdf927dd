// startupMs: what a user waits for on `forum-sim run arf-2022`, from process start to exit, with
// the compiled build (dist/), the way the installed package runs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { measureChild, type ChildCost } from './childCost.js';
import { repetitions, type BenchContext, type Measurement } from './measurement.js';
import { summarise } from './stats.js';

export const startupMs: Measurement = {
  name: 'startupMs',
  description: 'node bin/forum-sim.js run arf-2022: median CPU (user+sys) and wall ms',
  measure(context: BenchContext) {
    if (!existsSync(join(context.root, 'dist/cli.js'))) {
      throw new Error('no dist/cli.js: run `npm run build` first (the bench times the compiled CLI)');
    }
    const args = [join(context.root, 'bin/forum-sim.js'), 'run', 'arf-2022'];
    // One unmeasured run first, so the file cache is warm for every measured one.
    measureChild(process.execPath, args, context.root);
    const costs: ChildCost[] = [];
    for (let i = 0; i < repetitions(context); i++) {
      costs.push(measureChild(process.execPath, args, context.root));
      context.progress(`startupMs ${i + 1}/${repetitions(context)}`);
    }
    return summarise(costs);
  },
};
