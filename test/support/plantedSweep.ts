// A sweep file written by hand with a planted rule: each run's varied inputs are drawn here and
// its outcome follows `rule`, so a test knows the box PRIM (or a table reader) must find.
import { writeFileSync } from 'node:fs';
import { createRng } from '../../src/engine/rng.js';
import { deriveSeed } from '../../src/engine/rng.js';

export interface PlantedSweep {
  runs: number;
  /** Varied inputs (ACTOR.PATH). */
  inputs: string[];
  /** Whether a run with these input values adopts a consensus text. */
  rule: (x: Record<string, number>) => boolean;
  /** Run indices in the order the lines are written (default 0..runs-1): as N workers might. */
  order?: number[];
  /** Runs written as error lines. */
  failed?: number[];
  seed?: string;
}

export function writePlantedSweep(file: string, plan: PlantedSweep): void {
  const seed = plan.seed ?? 'planted';
  const vary = Object.fromEntries(plan.inputs.map((key) => [key, '0:0.5:1']));
  const header = {
    forumSimSweep: 2,
    scenario: 'planted',
    scenarioHash: 'sha256:planted',
    version: '0.0.0-test',
    seed,
    runs: plan.runs,
    shard: null,
    overrides: { 'forum.noise': '0.1' },
    vary,
    decisionRule: 'consensus',
    issues: ['ukraine'],
    baseline: { outcome: 'chair-statement', paragraphs: { ukraine: 'omit' } },
  };
  const rng = createRng(seed);
  const lines = Array.from({ length: plan.runs }, (_, run) => {
    const drawn = Object.fromEntries(plan.inputs.map((key) => [key, Math.round(rng.next() * 1000) / 1000]));
    const inputs = {
      seed: deriveSeed(seed, run),
      overrides: { 'forum.noise': '0.1', ...vary },
      scenarioHash: 'sha256:planted',
    };
    if (plan.failed?.includes(run))
      return JSON.stringify({ run, scenario: 'planted', inputs, error: 'planted failure' });
    const text = plan.rule(drawn) ? { ukraine: 'investigation' } : null;
    const blockers = text ? {} : { ukraine: { investigation: ['USA'] } };
    const result = { outcome: text ? 'joint-statement' : 'chair-statement', rounds: 3, capped: false, text, blockers };
    return JSON.stringify({ run, scenario: 'planted', inputs: { ...inputs, drawn }, result });
  });
  const order = plan.order ?? lines.map((_, i) => i);
  writeFileSync(file, [JSON.stringify(header), ...order.map((i) => lines[i])].join('\n') + '\n');
}
