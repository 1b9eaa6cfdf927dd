// validateLargeMs: `forum-sim validate` on a forum with 64,000 unknown keys (amm-2022 plus
// `junkN: y` lines), the file of issue 10 that once took minutes: reading, parsing and reporting
// must stay linear in the size of the file. The file is written to a temporary folder.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureChild, type ChildCost } from './childCost.js';
import type { BenchContext, Measurement } from './measurement.js';
import { summarise } from './stats.js';

const KEYS = 64_000;

/** Each run takes seconds, so fewer of them than the startup measurements. */
const runs = (context: BenchContext) => (context.quick ? 3 : 7);

export const validateLargeMs: Measurement = {
  name: 'validateLargeMs',
  description: `validate on amm-2022 plus ${KEYS.toLocaleString('en')} unknown keys (exit 2): median CPU and wall ms`,
  measure(context: BenchContext) {
    if (!existsSync(join(context.root, 'dist/cli.js'))) {
      throw new Error('no dist/cli.js: run `npm run build` first (the bench times the compiled CLI)');
    }
    const dir = mkdtempSync(join(tmpdir(), 'forum-sim-bench-'));
    try {
      const file = join(dir, 'large.yaml');
      const junk = Array.from({ length: KEYS }, (_, i) => `junk${i + 1}: y\n`).join('');
      writeFileSync(file, readFileSync(join(context.root, 'scenarios/amm-2022.yaml'), 'utf8') + junk);
      const args = [join(context.root, 'bin/forum-sim.js'), 'validate', file];
      const costs: ChildCost[] = [];
      for (let i = 0; i < runs(context); i++) {
        // Exit 2: the file is invalid, which is the point.
        costs.push(measureChild(process.execPath, args, context.root, 2));
        context.progress(`validateLargeMs ${i + 1}/${runs(context)}`);
      }
      return summarise(costs);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
