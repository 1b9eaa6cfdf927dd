// `forum-sim design SCENARIO --factor PATH=SPEC... --kind factorial|lhs|sobol --out FILE`: an
// experiment design's points, each run --runs-per-point times, streamed to a sweep file (format 3)
// with the sweep's lock, shards, resume, workers and summary (sweepCommand.ts's executeSweep).
import { defaultWorkers } from '../analysis/runPool.js';
import { DESIGN_SWEEP_FORMAT, type SweepHeader } from '../analysis/sweepLine.js';
import { sweepHeader } from '../analysis/sweepPlan.js';
import type { Scenario } from '../domain/types.js';
import type { Design } from '../analysis/design/design.js';
import { loadScenario } from '../scenario/loader.js';
import type { Overrides } from '../scenario/overrides.js';
import { oneScenario, parse } from './args.js';
import { DESIGN_OPTIONS, designFlags } from './designOptions.js';
import { overrideScenario, warnTo, type Io } from './runCommand.js';
import { executeSweep, type SweepCommandOptions } from './sweepCommand.js';
import { sweepFlags } from './sweepOptions.js';
import { HELP, UsageError } from './usage.js';

export async function designCommand(argv: string[], io: Io, options: SweepCommandOptions = {}): Promise<number> {
  const { values, positionals } = parse('design', argv, DESIGN_OPTIONS);
  if (values.help) {
    io.out(HELP.design!);
    return 0;
  }
  if (values.out === undefined) throw new UsageError('--out FILE.jsonl is needed: the design runs into it', 'design');
  const base = loadScenario(oneScenario('design', positionals));
  const { overrides, scenario } = overrideScenario(base, values, warnTo(io));
  const design = designFlags(values, scenario);
  for (const { path } of design.factors)
    if (Object.hasOwn(overrides, path)) warnTo(io)(`--factor ${path} replaces its --set/--params value at every point`);
  const flags = asDesign(() =>
    sweepFlags({ ...values, runs: String(design.points * design.runsPerPoint) }, defaultWorkers(), warnTo(io)),
  );
  return executeSweep(io, base, designHeader(base, scenario, design, { ...flags, overrides }), flags, options);
}

/** The sweep header of a design: format 3, its runs the points times the runs per point. */
export function designHeader(
  base: Scenario,
  scenario: Scenario,
  design: Design,
  settings: { seed: string; shard: SweepHeader['shard']; overrides: Overrides },
): SweepHeader {
  const runs = design.points * design.runsPerPoint;
  const header = sweepHeader(base, scenario, { ...settings, runs, vary: {} });
  return { ...header, forumSimSweep: DESIGN_SWEEP_FORMAT, design };
}

/** The sweep's flag checks, their messages pointing at `design --help`. */
function asDesign<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(error.message.replace(/--runs/g, 'the runs'), 'design');
    throw error;
  }
}
