// nodeBaselineMs: the floor, `node -e 0`, measured in the same run so that startupMs can be read
// against the machine it was measured on.
import { measureChild, type ChildCost } from './childCost.js';
import { repetitions, type BenchContext, type Measurement } from './measurement.js';
import { summarise } from './stats.js';

export const nodeBaselineMs: Measurement = {
  name: 'nodeBaselineMs',
  description: 'node -e 0: median CPU (user+sys) and wall ms, the floor for startupMs',
  measure(context: BenchContext) {
    measureChild(process.execPath, ['-e', '0'], context.root);
    const costs: ChildCost[] = [];
    for (let i = 0; i < repetitions(context); i++) {
      costs.push(measureChild(process.execPath, ['-e', '0'], context.root));
      context.progress(`nodeBaselineMs ${i + 1}/${repetitions(context)}`);
    }
    return summarise(costs);
  },
};
